// A complete adapter part, as a city_portal-like plugin would emit it, for the unified_case
// tests to validate, assemble and modify one field at a time.
#pragma once

#include <boost/json.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace casegw::unified_case::testing {

inline constexpr std::string_view reporter_name = "张三";
inline constexpr std::string_view reporter_phone = "13812345678";
inline constexpr std::string_view reporter_id_number = "11010519491231002X";

inline boost::json::object sample_adapter_part() {
  return boost::json::parse(R"({
    "channel": {"case_ref": "CQ-2021-000123", "parent_ref": "GWY/88", "sub_channel": "wechat"},
    "submitted_at": "2021-09-30T09:30:00+08:00",
    "kind": "complaint",
    "title": "小区夜间施工噪音扰民",
    "content": "民族路附近工地每晚十一点后仍在施工，噪音严重影响休息。",
    "domain": "ecology_environment",
    "category": {"code": "0301", "channel_code": "ZS-12", "name": "噪声污染"},
    "attachments": [{"uri": "https://files.example/a.jpg", "mime": "image/jpeg",
                     "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "size": 1024}],
    "location": {"region_code": "500103", "address": "重庆市渝中区解放碑街道民族路100号",
                 "geo": {"lat": 29.563, "lon": 106.577, "crs": "GCJ02"}},
    "reporter": {"type": "person", "name": "张三", "phone": "13812345678",
                 "id_number": "11010519491231002X", "contact_consent": true},
    "consent_to_disclose": false,
    "subject": {"type": "enterprise", "name": "某建筑工程有限公司"}
  })").as_object();
}

// The sample, changed by `edit`, as JSON text.
inline std::string sample_with(const std::function<void(boost::json::object&)>& edit) {
  boost::json::object part = sample_adapter_part();
  edit(part);
  return boost::json::serialize(part);
}

// Removes the member at a dotted path such as "location.geo.lat" or "attachments.0.uri".
inline void erase_path(boost::json::value& root, std::string_view path) {
  boost::json::value* node = &root;
  while (true) {
    const auto dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    if (node->is_array()) {
      node = &node->as_array().at(std::stoul(std::string(head)));
    } else if (dot == std::string_view::npos) {
      node->as_object().erase(head);
      return;
    } else {
      node = &node->as_object().at(head);
    }
    path.remove_prefix(dot + 1);
  }
}

}  // namespace casegw::unified_case::testing
