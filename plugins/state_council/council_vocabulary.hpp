// The platform's code lists and what each means in the unified case or on the way back. These
// tables are the documentation of record for docs/channels/state_council.md; keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::state_council {

// basic.itemType: handover 交办件, supervision 挂牌督办件, verification 核查办理件
// -> the unified handling.class.
std::optional<std::string_view> handling_class_for_item_type(std::string_view code) noexcept;
inline constexpr std::string_view item_type_codes = "handover, supervision, verification";

// clue.category.clueType.code: 10 投诉, 20 举报, 30 意见建议, 40 咨询, 50 求助, 60 表扬, 90 其他
// -> the unified kind.
std::optional<std::string_view> kind_for_clue_type(std::string_view code) noexcept;
inline constexpr std::string_view clue_type_codes = "10, 20, 30, 40, 50, 60, 90";

// clue.category.field, the five functions of government (pinyin initials, as the platform
// writes them): jjtj, scjg, shgl, ggfw, sthj, qt -> the unified domain.
std::optional<std::string_view> domain_for_field(std::string_view code) noexcept;
inline constexpr std::string_view field_codes = "jjtj, scjg, shgl, ggfw, sthj, qt";

// basic.source, where the citizen wrote to the State Council: gov_cn_web (中国政府网),
// gov_app (国务院客户端), wechat_mini (国务院客户端微信小程序) -> the unified sub_channel.
std::optional<std::string_view> sub_channel_for_source(std::string_view code) noexcept;
inline constexpr std::string_view source_codes = "gov_cn_web, gov_app, wechat_mini";

// handover.level: normal 一般, urgent 紧急, extra_urgent 特急 -> whether the item is urgent.
std::optional<bool> urgency_of_level(std::string_view code) noexcept;
inline constexpr std::string_view level_codes = "normal, urgent, extra_urgent";

// clue.location.coordinate.crs: wgs84, gcj02, bd09, cgcs2000 -> the unified crs. CGCS2000
// (China's geodetic datum, used by 天地图) agrees with WGS 84 to a few centimetres, far below
// what a complaint's location means, so it is carried as WGS84.
std::optional<std::string_view> crs_for_datum(std::string_view code) noexcept;
inline constexpr std::string_view datum_codes = "wgs84, gcj02, bd09, cgcs2000";

// clue.respondent.type: agency 党政机关及事业单位, enterprise 企业, individual 个人 -> subject.type.
std::optional<std::string_view> subject_type_for_respondent(std::string_view code) noexcept;
inline constexpr std::string_view respondent_type_codes = "agency, enterprise, individual";

// The platform's feedback type (办理结果反馈) for a casegw.event/v1 type, with its label and
// whether the platform requires a text with it (办结结果, 退回理由, 延期理由 ...).
struct feedback_type {
  std::string_view code;
  std::string_view label;
  bool needs_text;
};
std::optional<feedback_type> feedback_for_event(std::string_view event_type) noexcept;

}  // namespace casegw::state_council
