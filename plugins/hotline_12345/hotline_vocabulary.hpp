// The 12345 work-order system's code lists and what each means in the unified case. These
// tables are the documentation of record for docs/channels/hotline_12345.md; keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::hotline_12345 {

// workOrder.orderType (诉求类型), as its two-digit code or its label:
// 01 咨询, 02 求助, 03 投诉, 04 举报, 05 建议 (also 意见建议), 06 表扬, 99 其他 -> the unified kind.
std::optional<std::string_view> kind_for_order_type(std::string_view order_type) noexcept;
inline constexpr std::string_view order_types_allowed =
    "01 咨询, 02 求助, 03 投诉, 04 举报, 05 建议 (意见建议), 06 表扬, 99 其他";

// workOrder.source (来源渠道): 来电 phone, 网络 web, 短信 sms, 微信 wechat, 邮件 email
// -> the unified sub_channel.
std::optional<std::string_view> sub_channel_for_source(std::string_view source) noexcept;
inline constexpr std::string_view sources_allowed = "来电, 网络, 短信, 微信, 邮件";

// workOrder.urgency (紧急程度): 一般 -> not urgent; 紧急, 特急 -> urgent.
std::optional<bool> is_urgent(std::string_view urgency) noexcept;
inline constexpr std::string_view urgencies_allowed = "一般, 紧急, 特急";

// workOrder.caller.type (来电人类型): 个人, 企业, 匿名 -> the unified reporter type.
std::optional<std::string_view> reporter_type_for_caller_type(std::string_view caller_type) noexcept;
inline constexpr std::string_view caller_types_allowed = "个人, 企业, 匿名";

// workOrder.respondent.type (被反映对象类型): 单位 unit, 个人 person, 企业 enterprise.
std::optional<std::string_view> subject_type_for_respondent_type(std::string_view respondent_type) noexcept;
inline constexpr std::string_view respondent_types_allowed = "单位, 个人, 企业";

// workOrder.handling.handlingClass (工单性质): 普通件 -> no class (""), 督办件 -> supervised,
// 核查件 -> verification.
std::optional<std::string_view> handling_class_for(std::string_view handling_class) noexcept;
inline constexpr std::string_view handling_classes_allowed = "普通件, 督办件, 核查件";

// The work-order system's feedback type (办理反馈类型) for a casegw.event/v1 type, with its
// label. `evaluated` has none: the hotline runs the callback survey (回访) itself.
struct feedback_type {
  std::string_view code;
  std::string_view label;
  bool needs_text;  // 退单, 延期 and 办结 must say why / what was done (status_text)
};
std::optional<feedback_type> feedback_type_for_event(std::string_view event_type) noexcept;

}  // namespace casegw::hotline_12345
