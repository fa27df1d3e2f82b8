// 渝快办's code lists and what each means in the unified case. These tables are the record
// docs/channels/yukuaiban.md documents; keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::yukuaiban {

// data.order.appealType (诉求类型): 01 咨询, 02 投诉, 03 求助, 04 建议, 05 举报, 06 表扬, 99 其他
// -> the unified kind.
std::optional<std::string_view> kind_for_appeal_type(std::string_view code) noexcept;
inline constexpr std::string_view appeal_type_codes = "01, 02, 03, 04, 05, 06, 99";

// data.order.terminal (受理终端): APP 渝快办APP, ALIPAY_MINI 支付宝小程序, WECHAT_MINI 微信小程序,
// PC 网页版 -> the unified sub_channel.
std::optional<std::string_view> sub_channel_for_terminal(std::string_view terminal) noexcept;
inline constexpr std::string_view terminal_codes = "APP, ALIPAY_MINI, WECHAT_MINI, PC";

// data.order.respondent.type (被反映对象类型): DEPT 部门/窗口, STAFF 工作人员, CORP 企业
// -> the unified subject type.
std::optional<std::string_view> subject_type_for_respondent(std::string_view type) noexcept;
inline constexpr std::string_view respondent_type_codes = "DEPT, STAFF, CORP";

// data.location.coordType: gcj02 (AMap, WeChat and Alipay location APIs), wgs84 (GPS),
// bd09 (Baidu) -> the unified crs. The coordinates are passed on, never converted.
std::optional<std::string_view> crs_for_coord_type(std::string_view coord_type) noexcept;
inline constexpr std::string_view coord_type_codes = "gcj02, wgs84, bd09";

// data.user.certType (证件类型, the 政务服务 certificate codes): 111 居民身份证 is checked with
// its GB 11643 check digit; 414 普通护照, 511 台湾居民来往大陆通行证 and 516 港澳居民来往内地
// 通行证 by form only.
bool is_cert_type(std::string_view cert_type) noexcept;
inline constexpr std::string_view resident_id_cert_type = "111";
inline constexpr std::string_view cert_type_codes = "111, 414, 511, 516";

// The 渝快办 progress status (办理状态) for a casegw.event/v1 type, with the name the app shows.
struct progress_status {
  std::string_view code;
  std::string_view name;
};
std::optional<progress_status> status_for_event_type(std::string_view event_type) noexcept;

}  // namespace casegw::yukuaiban
