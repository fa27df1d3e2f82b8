#include "complaint_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::foreign_investment {

namespace {

template <class Value, std::size_t N>
std::optional<Value> look_up(const std::array<std::pair<std::string_view, Value>, N>& table, std::string_view key) noexcept {
  for (const auto& [from, to] : table)
    if (from == key) return to;
  return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, complaint_type>, 4> complaint_types{{
    {"1", {sdk::kind::complaint, true}},      // 投诉
    {"2", {sdk::kind::suggestion, false}},    // 反映问题
    {"3", {sdk::kind::consultation, false}},  // 政策咨询
    {"4", {sdk::kind::help, false}},          // 困难求助
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 4> handle_types{{
    {"0", ""},                                     // 自行受理
    {"1", sdk::handling_class::handed_down},       // 转办
    {"2", sdk::handling_class::supervised},        // 督办
    {"3", sdk::handling_class::verification},      // 核查
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 2> respondent_types{{
    {"1", "unit"},    // 行政机关（含法律、法规授权的组织）
    {"2", "person"},  // 行政机关工作人员
}};

// No row for "evaluated": this channel's complaint office collects the enterprise's
// evaluation itself (config/policy/evaluation.yaml, collector: channel), so there is nothing
// to tell it.
constexpr std::array<std::pair<std::string_view, progress_status>, 8> progress_statuses{{
    {"acknowledged", {"10", "已受理"}},
    {"not_accepted", {"11", "不予受理"}},
    {"dispatched", {"20", "已转办"}},
    {"in_progress", {"21", "办理中"}},
    {"extended", {"22", "已延期"}},
    {"resolved", {"30", "已办结"}},
    {"reopened", {"40", "重新办理"}},
    {"closed", {"50", "已归档"}},
}};

}  // namespace

std::optional<complaint_type> complaint_type_for(std::string_view code) noexcept { return look_up(complaint_types, code); }

std::optional<std::string_view> handling_class_for(std::string_view code) noexcept { return look_up(handle_types, code); }

std::optional<std::string_view> subject_type_for(std::string_view code) noexcept { return look_up(respondent_types, code); }

std::optional<progress_status> progress_status_for(std::string_view event_type) noexcept {
  return look_up(progress_statuses, event_type);
}

}  // namespace casegw::foreign_investment
