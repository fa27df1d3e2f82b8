// The national Internet+ Regulation system's code lists and what each means in the unified
// case. These tables are the documentation of record for docs/channels/national_regulation.md
// (§3); keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::national_regulation {

// clue.clueType 线索类型: 01 投诉, 02 举报, 03 咨询, 04 建议 -> unified kind.
std::optional<std::string_view> kind_for_clue_type(std::string_view code) noexcept;

// clue.handleType 办理类型: 01 交办, 02 挂牌督办, 03 核查 -> unified handling class.
std::optional<std::string_view> class_for_handle_type(std::string_view code) noexcept;

// clue.urgencyLevel 紧急程度: 01 一般 -> false, 02 紧急 and 03 特急 -> true.
std::optional<bool> urgent_for_level(std::string_view code) noexcept;

// clue.domain 监管领域 -> unified domain (the function of government concerned).
std::optional<std::string_view> domain_for_code(std::string_view code) noexcept;

// clue.reporter.type 反映人类型: 01 自然人 -> person, 02 法人或其他组织 -> enterprise.
std::optional<std::string_view> reporter_type_for_code(std::string_view code) noexcept;

// clue.subject.type 被反映对象类型: 01 企业, 02 个体工商户 -> enterprise; 03 机关、事业单位
// 及其他组织 -> unit; 04 自然人 -> person.
std::optional<std::string_view> subject_type_for_code(std::string_view code) noexcept;

// The platform's feedback status (办理状态) for a casegw.event/v1 type, with its label.
// evaluated and closed have none: the platform rates items itself, and an item is finished for
// it at 办结.
struct feedback_status {
  std::string_view code;
  std::string_view label;
  bool needs_text;  // the platform refuses this status without an explanation (result, reason)
};
std::optional<feedback_status> status_for_event_type(std::string_view event_type) noexcept;

}  // namespace casegw::national_regulation
