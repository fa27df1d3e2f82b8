// The city portal's code lists and what each means in the unified case. The tables are the
// documentation of record for docs/channels/city_portal.md; keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::city_portal {

// submission.type: consult 咨询, complaint 投诉, help 求助, report 举报, suggest 建议,
// praise 表扬, other 其他 -> the unified kind.
std::optional<std::string_view> kind_for_type_code(std::string_view type_code) noexcept;

// submission.domain, the five functions of government the platform files leads under
// -> the unified domain.
std::optional<std::string_view> domain_for_code(std::string_view domain_code) noexcept;

// submission.subChannel: web, wechat, app (already the unified spelling).
bool is_sub_channel(std::string_view sub_channel) noexcept;

// submission.location.coordinateSystem: wgs84, gcj02 (WeChat, AMap), bd09 (Baidu)
// -> the unified crs.
std::optional<std::string_view> crs_for_coordinate_system(std::string_view system) noexcept;

// submission.respondent.type: unit 单位, person 个人, enterprise 企业 (the unified spelling).
bool is_respondent_type(std::string_view type) noexcept;

// The portal's progress stage for a casegw.event/v1 type, with the label it shows reporters.
struct progress_stage {
  std::string_view code;
  std::string_view label;
};
std::optional<progress_stage> stage_for_event_type(std::string_view event_type) noexcept;

}  // namespace casegw::city_portal
