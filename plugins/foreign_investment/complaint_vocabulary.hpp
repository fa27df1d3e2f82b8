// The complaint system's code lists and what each means in the unified case. The tables are
// the documentation of record for docs/channels/foreign_investment.md §1.3 and §5; keep both
// in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::foreign_investment {

// complaintType: 1 投诉 (an administrative act infringed the complainant's rights, 《外商投资企业
// 投诉工作办法》第二条（一）), 2 反映问题 (investment-environment problems and proposals for better
// policies, 第二条（二）), 3 政策咨询, 4 困难求助.
struct complaint_type {
  std::string_view kind;
  // A complaint proper must name the organ or official complained about and state what it
  // asks for (投诉材料应当包括被投诉人…明确的投诉事项和投诉请求); the other types need neither.
  bool against_administrative_act = false;
};
std::optional<complaint_type> complaint_type_for(std::string_view code) noexcept;
inline constexpr std::string_view complaint_type_codes = "1, 2, 3, 4";

// handleType: 0 自行受理 (ordinary: ""), 1 转办 handed_down, 2 督办 supervised, 3 核查 verification.
std::optional<std::string_view> handling_class_for(std::string_view code) noexcept;

// respondentType: 1 行政机关或授权组织 -> unit, 2 工作人员 -> person.
std::optional<std::string_view> subject_type_for(std::string_view code) noexcept;

// The complaint system's progress status for a casegw.event/v1 type, with its label.
struct progress_status {
  std::string_view code;
  std::string_view label;
};
std::optional<progress_status> progress_status_for(std::string_view event_type) noexcept;

}  // namespace casegw::foreign_investment
