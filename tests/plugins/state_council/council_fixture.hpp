// Test fixture of the state_council adapter: the sample items and poll answers of
// examples/payloads/state_council, a way to change one field of an item by its wire path
// ("clue.location.region.town.code"), and a fake host running the real adapter.
#pragma once

#include "state_council_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::state_council::testing {

using council_host = sdk::testing::fake_host<state_council_adapter>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string read_sample(std::string_view file_name) {
  return read_file(std::string(STATE_COUNCIL_SAMPLES_DIR) + "/" + std::string(file_name));
}

inline boost::json::value sample_json(std::string_view file_name) { return boost::json::parse(read_sample(file_name)); }

// The value at a wire path such as "attachments[1].digest.value"; creates missing members of
// objects on the way, so that with() can add a field too.
inline boost::json::value& at_path(boost::json::value& root, std::string_view path) {
  boost::json::value* at = &root;
  while (!path.empty()) {
    const auto end = path.find_first_of(".[");
    const std::string_view key = path.substr(0, end);
    if (!key.empty()) at = &at->as_object()[key];
    path.remove_prefix(end == std::string_view::npos ? path.size() : end);
    if (path.starts_with("[")) {
      const auto close = path.find(']');
      at = &at->as_array().at(std::stoul(std::string(path.substr(1, close - 1))));
      path.remove_prefix(close + 1);
    }
    if (path.starts_with(".")) path.remove_prefix(1);
  }
  return *at;
}

// The item with the field at `path` set to `v`.
inline std::string with(boost::json::value item, std::string_view path, boost::json::value v) {
  at_path(item, path) = std::move(v);
  return boost::json::serialize(item);
}

// The item without the member at `path` (which must exist).
inline std::string without(boost::json::value item, std::string_view path) {
  const auto dot = path.rfind('.');
  boost::json::value& parent = dot == std::string_view::npos ? item : at_path(item, path.substr(0, dot));
  if (!parent.as_object().erase(path.substr(dot + 1))) throw std::invalid_argument("no member " + std::string(path));
  return boost::json::serialize(item);
}

inline sdk::testing::call_result decode(council_host& host, std::string body) {
  sdk::testing::fake_request request;
  request.channel_id = "state_council";
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decode did not succeed.
inline boost::json::object decoded_case(council_host& host, std::string body) {
  const auto r = decode(host, std::move(body));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

inline void expect_rejected(const sdk::testing::call_result& r, std::string_view code, std::string_view field) {
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, code);
  EXPECT_EQ(r.field, field);
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

}  // namespace casegw::state_council::testing
