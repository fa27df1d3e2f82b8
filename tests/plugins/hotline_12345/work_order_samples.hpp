// Test fixture: the sample work orders of examples/payloads/hotline_12345 as the gateway hands
// them to decode() (GBK samples converted to UTF-8 first, as the intake does), a way to edit them
// by element path ("caller/phone"), and a fake host running the real adapter.
#pragma once

#include "hotline_12345_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <iconv.h>

#include <cerrno>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace casegw::hotline_12345::testing {

using hotline_host = sdk::testing::fake_host<hotline_12345_adapter>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Strict GB18030 (a superset of GBK) to UTF-8, as the gateway's intake converts a body declared
// GBK or GB18030; nullopt where the bytes are invalid. Tests only: the adapter never converts.
inline std::optional<std::string> utf8_from_gb18030(const std::string& bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert GB18030");
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in_at = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_at = out.data();
  std::size_t out_left = out.size();
  const std::size_t result = iconv(cd, &in_at, &in_left, &out_at, &out_left);
  iconv_close(cd);
  if (result == static_cast<std::size_t>(-1)) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

inline bool declares_gbk(std::string_view bytes) {
  return bytes.substr(0, 60).find("encoding=\"GBK\"") != std::string_view::npos;
}

// The sample's text as decode() receives it: UTF-8 whatever the file's encoding.
inline std::string read_sample(std::string_view file_name) {
  const std::string bytes = read_file(std::string(HOTLINE_12345_SAMPLES_DIR) + "/" + std::string(file_name));
  if (!declares_gbk(bytes)) return bytes;
  auto text = utf8_from_gb18030(bytes);
  if (!text) throw std::runtime_error("sample " + std::string(file_name) + " is not valid GBK");
  return *std::move(text);
}

// The real divisions the samples use (examples/payloads/hotline_12345), from the official
// list in shared/data/divisions-cn; any other town or village of these counties is unknown.
inline std::set<std::string> sample_divisions() {
  return {"500111",       "500111001",    "500111005", "500111100", "500111102",
          "500111001001", "500111001002", "500103",    "500103003"};
}

// ---- editing a work order by element path -----------------------------------------------------

struct element_span {
  std::size_t begin, end;              // "<name>" .. "</name>" inclusive
  std::size_t inner_begin, inner_end;  // the text between
};

// Follows "caller/phone": each step is the first <step> inside the previous one.
inline element_span find_element(const std::string& xml, std::string_view path) {
  element_span span{0, xml.size(), 0, xml.size()};
  while (!path.empty()) {
    const std::string_view step = path.substr(0, path.find('/'));
    const std::string open = "<" + std::string(step) + ">", close = "</" + std::string(step) + ">";
    const std::size_t begin = xml.find(open, span.inner_begin);
    const std::size_t end = begin == std::string::npos ? begin : xml.find(close, begin);
    if (begin == std::string::npos || end == std::string::npos || end >= span.inner_end)
      throw std::invalid_argument("no element " + std::string(step) + " to edit");
    span = {begin, end + close.size(), begin + open.size(), end};
    path.remove_prefix(std::min(path.size(), step.size() + 1));
  }
  return span;
}

inline std::string with_text(std::string xml, std::string_view path, std::string_view text) {
  const element_span span = find_element(xml, path);
  xml.replace(span.inner_begin, span.inner_end - span.inner_begin, text);
  return xml;
}

// Removes the element and the indentation and line break around it.
inline std::string without(std::string xml, std::string_view path) {
  const element_span span = find_element(xml, path);
  std::size_t begin = span.begin, end = span.end;
  while (begin > 0 && xml[begin - 1] == ' ') --begin;
  if (end < xml.size() && xml[end] == '\n') ++end;
  xml.erase(begin, end - begin);
  return xml;
}

// Puts markup right after the opening tag of the element at path ("" = workOrder).
inline std::string with_inserted(std::string xml, std::string_view path, std::string_view markup) {
  const std::size_t at = path.empty() ? xml.find('>', xml.find("<workOrder")) + 1 : find_element(xml, path).inner_begin;
  xml.insert(at, markup);
  return xml;
}

inline std::string replaced(std::string text, std::string_view old_text, std::string_view new_text) {
  const std::size_t at = text.find(old_text);
  if (at == std::string::npos || text.find(old_text, at + 1) != std::string::npos)
    throw std::invalid_argument("the text to replace must occur exactly once: " + std::string(old_text));
  text.replace(at, old_text.size(), new_text);
  return text;
}

// ---- decoding -------------------------------------------------------------------------------

inline sdk::testing::call_result decode(hotline_host& host, std::string body,
                                        std::string media_type = "application/xml") {
  sdk::testing::fake_request request;
  request.channel_id = "hotline_12345";
  request.media_type = std::move(media_type);
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decode did not succeed.
inline boost::json::object decoded_case(hotline_host& host, std::string body) {
  const auto r = decode(host, std::move(body));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

struct expected_rejection {
  std::string code, field;
};

inline void expect_rejected(const sdk::testing::call_result& r, const expected_rejection& e) {
  EXPECT_EQ(r.status, CASEGW_REJECTED) << r.output;
  EXPECT_EQ(r.code, e.code) << r.field << ": " << r.message;
  EXPECT_EQ(r.field, e.field) << r.code << ": " << r.message;
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

}  // namespace casegw::hotline_12345::testing
