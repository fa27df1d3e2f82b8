// Test fixture: the sample messages of examples/payloads/yukuaiban, a way to edit them by wire
// path ("data.materials[0].url"), the official division data, and a fake host running the real
// adapter.
#pragma once

#include "yukuaiban_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::yukuaiban::testing {

using ykb_host = sdk::testing::fake_host<yukuaiban_adapter>;
using sdk::testing::call_result;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string read_sample(std::string_view file_name) {
  return read_file(std::string(YUKUAIBAN_SAMPLES_DIR) + "/" + std::string(file_name));
}

inline boost::json::value sample_json(std::string_view file_name) { return boost::json::parse(read_sample(file_name)); }

// The gateway's official division data (config/divisions: every county of China, every town and
// village of Chongqing) as codes of 6, 9 or 12 digits; provinces and prefectures padded to six
// ("500000", "500100"). With it the fake host judges region codes as the gateway does.
inline const std::set<std::string>& official_divisions() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const char* file : {"provinces.csv", "cities.csv", "areas.csv", "streets-chongqing.csv", "villages-chongqing.csv"}) {
      std::istringstream rows(read_file(std::string(YUKUAIBAN_DIVISIONS_DIR) + "/" + file));
      std::string row;
      std::getline(rows, row);  // column names
      while (std::getline(rows, row)) {
        std::string code = row.substr(0, row.find(','));
        code.resize(std::max<std::size_t>(code.size(), 6), '0');
        out.insert(std::move(code));
      }
    }
    return out;
  }();
  return codes;
}

// "data.materials[1].url" -> the JSON pointer "/data/materials/1/url".
inline std::string pointer_of(std::string_view wire_path) {
  std::string pointer = "/";
  for (char c : wire_path) {
    if (c == '.' || c == '[') {
      pointer += '/';
    } else if (c != ']') {
      pointer += c;
    }
  }
  return pointer;
}

inline boost::json::object& parent_object(boost::json::value& root, std::string_view wire_path, std::string& last_key) {
  const std::string pointer = pointer_of(wire_path);
  const auto slash = pointer.rfind('/');
  last_key = pointer.substr(slash + 1);
  return slash == 0 ? root.as_object() : root.at_pointer(pointer.substr(0, slash)).as_object();
}

inline std::string without(boost::json::value payload, std::string_view wire_path) {
  std::string key;
  if (!parent_object(payload, wire_path, key).erase(key)) throw std::invalid_argument("nothing at " + std::string(wire_path));
  return boost::json::serialize(payload);
}

inline std::string with(boost::json::value payload, std::string_view wire_path, boost::json::value v) {
  std::string key;
  parent_object(payload, wire_path, key)[key] = std::move(v);
  return boost::json::serialize(payload);
}

inline call_result decode(ykb_host& host, std::string body) {
  sdk::testing::fake_request request;
  request.channel_id = "yukuaiban";
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decode did not succeed.
inline boost::json::object decoded_case(ykb_host& host, std::string body) {
  const auto r = decode(host, std::move(body));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

inline void expect_rejected(const call_result& r, std::string_view code, std::string_view field) {
  EXPECT_EQ(r.status, CASEGW_REJECTED) << r.output;
  EXPECT_EQ(r.code, code) << r.field << ": " << r.message;
  EXPECT_EQ(r.field, field) << r.code << ": " << r.message;
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

}  // namespace casegw::yukuaiban::testing
