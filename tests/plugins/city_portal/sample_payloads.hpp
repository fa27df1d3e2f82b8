// Test fixture: the sample payloads of examples/payloads/city_portal, a way to edit them by
// wire path ("submission.attachments[0].url"), a fake host running the real adapter, and the
// codes of the gateway's shipped division data (config/divisions) for the host's division check.
#pragma once

#include "city_portal_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::city_portal::testing {

using portal_host = sdk::testing::fake_host<city_portal_adapter>;

inline std::string read_sample(std::string_view file_name) {
  const std::string path = std::string(CITY_PORTAL_SAMPLES_DIR) + "/" + std::string(file_name);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open sample " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every code of config/divisions, provinces as PP0000 and prefectures as PPCC00, for
// fake_host::known_divisions: the fake host then judges codes as the gateway's data does.
inline const std::set<std::string>& shipped_division_codes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const auto& file : std::filesystem::directory_iterator(CITY_PORTAL_DIVISIONS_DIR)) {
      if (file.path().extension() != ".csv") continue;
      std::ifstream in(file.path());
      std::string line;
      std::getline(in, line);  // the header row
      while (std::getline(in, line)) {
        std::string code = line.substr(0, line.find(','));
        if (code.size() < 6) code.append(6 - code.size(), '0');
        out.insert(std::move(code));
      }
    }
    if (out.size() < 15000) throw std::runtime_error("the division data in " CITY_PORTAL_DIVISIONS_DIR " is incomplete");
    return out;
  }();
  return codes;
}

inline boost::json::value sample_json(std::string_view file_name) { return boost::json::parse(read_sample(file_name)); }

// Walks "a.b[2].c" to the parent object of the last key; returns it and the last key.
inline std::pair<boost::json::object*, std::string> parent_of(boost::json::value& root, std::string_view path) {
  boost::json::value* at = &root;
  while (true) {
    const auto dot = path.find('.');
    std::string_view step = path.substr(0, dot);
    std::size_t index = std::string_view::npos;
    if (const auto bracket = step.find('['); bracket != std::string_view::npos) {
      index = std::stoul(std::string(step.substr(bracket + 1)));
      step = step.substr(0, bracket);
    }
    if (dot == std::string_view::npos && index == std::string_view::npos) return {&at->as_object(), std::string(step)};
    at = &at->as_object().at(step);
    if (index != std::string_view::npos) at = &at->as_array().at(index);
    if (dot == std::string_view::npos) throw std::invalid_argument("path ends in an array element");
    path.remove_prefix(dot + 1);
  }
}

inline std::string without(boost::json::value payload, std::string_view path) {
  auto [parent, key] = parent_of(payload, path);
  if (!parent->erase(key)) throw std::invalid_argument("no field " + std::string(path) + " to remove");
  return boost::json::serialize(payload);
}

inline std::string with(boost::json::value payload, std::string_view path, boost::json::value v) {
  auto [parent, key] = parent_of(payload, path);
  (*parent)[key] = std::move(v);
  return boost::json::serialize(payload);
}

inline sdk::testing::call_result decode(portal_host& host, std::string body) {
  sdk::testing::fake_request request;
  request.channel_id = "city_portal";
  request.charset = "utf-8";
  request.body = std::move(body);
  return host.decode(request);
}

// The decoded case as JSON; fails the test when decode did not succeed.
inline boost::json::object decoded_case(portal_host& host, std::string body) {
  const auto r = decode(host, std::move(body));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

}  // namespace casegw::city_portal::testing
