// Test fixture: the sample payloads of examples/payloads/national_regulation, edits by wire path
// ("body.clue.attachments[0].url"), and a fake host running the real adapter with the access
// code the samples are addressed to.
#pragma once

#include "national_regulation_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::national_regulation::testing {

using regulation_host = sdk::testing::fake_host<national_regulation_adapter>;

inline constexpr const char* sample_access_code = "CQ_HLWDC";

inline std::map<std::string, std::string> settings(std::map<std::string, std::string> extra = {}) {
  extra.emplace("access_code", sample_access_code);
  return extra;
}

inline std::string read_sample(std::string_view file_name) {
  const std::string path = std::string(NATIONAL_REGULATION_SAMPLES_DIR) + "/" + std::string(file_name);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open sample " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline boost::json::value sample_json(std::string_view file_name) { return boost::json::parse(read_sample(file_name)); }

// "body.clue.attachments[0].url" -> the JSON Pointer of the parent, "/body/clue/attachments/0",
// and the last key, "url".
inline std::pair<std::string, std::string> split_path(std::string_view dotted) {
  std::string pointer = "/";
  for (char c : dotted) {
    if (c == '.' || c == '[') pointer += '/';
    else if (c != ']') pointer += c;
  }
  const auto last = pointer.rfind('/');
  return {last == 0 ? "" : pointer.substr(0, last), pointer.substr(last + 1)};
}

inline std::string with(boost::json::value payload, std::string_view path, boost::json::value v) {
  const auto [parent, key] = split_path(path);
  payload.at_pointer(parent).as_object()[key] = std::move(v);
  return boost::json::serialize(payload);
}

inline std::string without(boost::json::value payload, std::string_view path) {
  const auto [parent, key] = split_path(path);
  if (!payload.at_pointer(parent).as_object().erase(key)) throw std::invalid_argument("no field " + std::string(path));
  return boost::json::serialize(payload);
}

inline sdk::testing::call_result decode(regulation_host& host, std::string body) {
  sdk::testing::fake_request request;
  request.channel_id = "national_regulation";
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decoding did not succeed.
inline boost::json::object decoded_case(regulation_host& host, std::string body) {
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

}  // namespace casegw::national_regulation::testing
