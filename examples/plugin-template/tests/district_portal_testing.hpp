// What the district_portal unit tests share: the SDK's fake host around the adapter, a valid
// ticket to change one field at a time, and decoding through the same C descriptor and
// noexcept thunks the gateway calls.
#pragma once

#include "district_portal_adapter.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace district_portal::testing {

using host = casegw::sdk::testing::fake_host<district_portal_adapter>;
using casegw::sdk::testing::call_result;

// Every field the portal can send, valid. The reporter data is made up.
inline boost::json::object valid_ticket() {
  return boost::json::parse(R"({
    "ticketNo": "YB20261120-000123",
    "type": "TS",
    "title": "小区门口占道经营夜市噪音扰民",
    "content": "礼嘉街道某小区南门外每晚有流动摊贩占道经营至凌晨一点，油烟和噪音影响居民休息，希望城管部门依法处理。",
    "submittedAt": "2026-11-20T21:15:03+08:00",
    "areaCode": "500112019",
    "address": "重庆市渝北区礼嘉街道金渝大道某小区南门",
    "reporter": {"anonymous": false, "name": "李建国", "mobile": "13800138000", "callback": true},
    "disclose": false
  })").as_object();
}

// valid_ticket() with one member set to another value: the way most tests change one thing.
inline boost::json::object with(const char* key, boost::json::value v) {
  boost::json::object ticket = valid_ticket();
  ticket[key] = std::move(v);
  return ticket;
}
inline boost::json::object with_reporter(const char* key, boost::json::value v) {
  boost::json::object ticket = valid_ticket();
  ticket["reporter"].as_object()[key] = std::move(v);
  return ticket;
}

inline call_result decode(host& h, const boost::json::object& ticket,
                          const std::string& content_type_charset = "utf-8") {
  casegw::sdk::testing::fake_request request;
  request.channel_id = "district_portal";
  request.media_type = "application/json";
  request.charset = content_type_charset;
  request.body = boost::json::serialize(ticket);
  return h.decode(request);
}

// The adapter part decode() wrote; fails the test when decode did not return CASEGW_OK.
inline boost::json::object decoded_case(host& h, const boost::json::object& ticket) {
  const call_result r = decode(h, ticket);
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  if (r.status != CASEGW_OK) return {};
  return boost::json::parse(r.output).as_object();
}

// A JSON string of n copies of one character (UTF-8).
inline boost::json::string repeated(std::string_view character, std::size_t n) {
  boost::json::string out;
  for (std::size_t i = 0; i < n; ++i) out += character;
  return out;
}

}  // namespace district_portal::testing
