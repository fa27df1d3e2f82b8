// Test fixture: the sample forms of examples/payloads/foreign_investment, a way to change one
// field of a sample and post it again, GB18030 conversion as the gateway does it before
// decode(), and a fake host running the real adapter.
#pragma once

#include "foreign_investment_adapter.hpp"
#include "form_writer.hpp"

#include <casegw/sdk/form_urlencoded.hpp>
#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <iconv.h>

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::foreign_investment::testing {

using complaint_host = sdk::testing::fake_host<foreign_investment_adapter>;
using form = std::map<std::string, std::string>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline std::string read_sample(std::string_view file_name) {
  return read_file(std::string(FOREIGN_INVESTMENT_SAMPLES_DIR) + "/" + std::string(file_name));
}

// GB18030 (and so GBK) bytes to UTF-8, strictly: nullopt on any invalid or cut-off sequence,
// as the gateway refuses such a body with INVALID_ENCODING. Test-only: the adapter never converts.
inline std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv has no GB18030 converter");
  std::string out(bytes.size() * 2 + 4, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  const std::size_t done = iconv(cd, &in, &in_left, &to, &out_left);
  iconv_close(cd);
  if (done == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

// A sample's fields, decoded (a GB18030 sample is converted first).
inline form sample_form(std::string_view file_name) {
  std::string body = read_sample(file_name);
  if (file_name.find("gb18030") != std::string_view::npos) body = gb18030_to_utf8(body).value();
  return sdk::form_fields::parse(body).all();
}

// Browser-style: every non-ASCII byte percent-escaped.
inline std::string encoded(const form& fields) {
  form_writer writer;
  for (const auto& [name, value] : fields) writer.add(name, value);
  return writer.release();
}

// The relay's style for GB18030 pages: characters as they are, only form syntax escaped.
inline std::string raw_encoded(const form& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    body += (body.empty() ? "" : "&") + name + "=";
    for (char c : value) {
      if (c == '&' || c == '=' || c == '+' || c == '%') {
        static constexpr char hex[] = "0123456789ABCDEF";
        body += {'%', hex[(c >> 4) & 0x0F], hex[c & 0x0F]};
      } else {
        body += c == ' ' ? '+' : c;
      }
    }
  }
  return body;
}

inline std::string with(form fields, const std::string& key, std::string value) {
  fields[key] = std::move(value);
  return encoded(fields);
}

inline std::string without(form fields, const std::string& key) {
  if (fields.erase(key) == 0) throw std::invalid_argument("the sample has no field " + key);
  return encoded(fields);
}

inline sdk::testing::call_result decode(complaint_host& host, std::string body, std::string charset = "utf-8") {
  sdk::testing::fake_request request;
  request.channel_id = "foreign_investment";
  request.media_type = "application/x-www-form-urlencoded";
  request.charset = std::move(charset);
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decode did not succeed.
inline boost::json::object decoded_case(complaint_host& host, std::string body, std::string charset = "utf-8") {
  const auto r = decode(host, std::move(body), std::move(charset));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

struct expected_rejection {
  std::string code, field;
};

inline void expect_rejected(const sdk::testing::call_result& r, const expected_rejection& e) {
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, e.code);
  EXPECT_EQ(r.field, e.field);
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

}  // namespace casegw::foreign_investment::testing
