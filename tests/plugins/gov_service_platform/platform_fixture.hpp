// Test fixture: the samples of examples/payloads/gov_service_platform, edits by key (the
// messages are flat, so a key is the whole path), and a fake host running the real adapter.
#pragma once

#include "gov_service_platform_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::gov_service_platform::testing {

using platform_host = sdk::testing::fake_host<gov_service_platform_adapter>;
using sdk::testing::call_result;

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string sample_text(std::string_view file_name) {
  return file_text(std::filesystem::path(GOV_SERVICE_PLATFORM_SAMPLES_DIR) / file_name);
}

inline boost::json::object sample(std::string_view file_name) { return boost::json::parse(sample_text(file_name)).as_object(); }

// File names in the samples directory; valid ones unless `invalid` (names starting "invalid-").
inline std::vector<std::string> sample_names(bool invalid) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(GOV_SERVICE_PLATFORM_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("invalid-") == invalid) names.push_back(name);
  }
  return names;
}

inline boost::json::object edited(boost::json::object message, std::string_view key, boost::json::value v) {
  message[key] = std::move(v);
  return message;
}

inline std::string with(boost::json::object message, std::string_view key, boost::json::value v) {
  return boost::json::serialize(edited(std::move(message), key, std::move(v)));
}

inline std::string without(boost::json::object message, std::string_view key) {
  if (!message.erase(key)) throw std::invalid_argument("no field " + std::string(key) + " to remove");
  return boost::json::serialize(message);
}

inline call_result decode(platform_host& host, std::string body) {
  sdk::testing::fake_request request;
  request.channel_id = "gov_service_platform";
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case; fails the test when decode did not succeed.
inline boost::json::object decoded(platform_host& host, std::string body) {
  const call_result r = decode(host, std::move(body));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

// A refusal with exactly this code and field, a message, and no case written.
inline void expect_refusal(const call_result& r, std::string_view code, std::string_view field) {
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, code);
  EXPECT_EQ(r.field, field);
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

}  // namespace casegw::gov_service_platform::testing
