#include "hotline_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::hotline_12345 {

namespace {

using code_pair = std::pair<std::string_view, std::string_view>;

template <std::size_t N>
std::optional<std::string_view> look_up(const std::array<code_pair, N>& table, std::string_view key) noexcept {
  for (const auto& [from, to] : table)
    if (from == key) return to;
  return std::nullopt;
}

// Older releases of the work-order system send the code, newer ones the label; both are read.
constexpr std::array<code_pair, 15> order_types{{
    {"01", sdk::kind::consultation},
    {"咨询", sdk::kind::consultation},
    {"02", sdk::kind::help},
    {"求助", sdk::kind::help},
    {"03", sdk::kind::complaint},
    {"投诉", sdk::kind::complaint},
    {"04", sdk::kind::report},
    {"举报", sdk::kind::report},
    {"05", sdk::kind::suggestion},
    {"建议", sdk::kind::suggestion},
    {"意见建议", sdk::kind::suggestion},
    {"06", sdk::kind::praise},
    {"表扬", sdk::kind::praise},
    {"99", sdk::kind::other},
    {"其他", sdk::kind::other},
}};

constexpr std::array<code_pair, 5> sources{{
    {"来电", "phone"},
    {"网络", "web"},
    {"短信", "sms"},
    {"微信", "wechat"},
    {"邮件", "email"},
}};

constexpr std::array<code_pair, 3> caller_types{{
    {"个人", sdk::reporter_type::person},
    {"企业", sdk::reporter_type::enterprise},
    {"匿名", sdk::reporter_type::anonymous},
}};

constexpr std::array<code_pair, 3> respondent_types{{
    {"单位", "unit"},
    {"个人", "person"},
    {"企业", "enterprise"},
}};

constexpr std::array<code_pair, 3> handling_classes{{
    {"普通件", ""},
    {"督办件", sdk::handling_class::supervised},
    {"核查件", sdk::handling_class::verification},
}};

struct feedback_row {
  std::string_view event_type;
  feedback_type feedback;
};

constexpr std::array<feedback_row, 8> feedback_types{{
    {"acknowledged", {"SIGN", "签收", false}},
    {"not_accepted", {"RETURN", "退单", true}},
    {"dispatched", {"TRANSFER", "转办", false}},
    {"in_progress", {"PROCESS", "办理中", false}},
    {"extended", {"DELAY", "延期", true}},
    {"resolved", {"FINISH", "办结", true}},
    {"reopened", {"REDO", "重办", false}},
    {"closed", {"ARCHIVE", "归档", false}},
}};

}  // namespace

std::optional<std::string_view> kind_for_order_type(std::string_view order_type) noexcept {
  return look_up(order_types, order_type);
}

std::optional<std::string_view> sub_channel_for_source(std::string_view source) noexcept {
  return look_up(sources, source);
}

std::optional<bool> is_urgent(std::string_view urgency) noexcept {
  if (urgency == "一般") return false;
  if (urgency == "紧急" || urgency == "特急") return true;
  return std::nullopt;
}

std::optional<std::string_view> reporter_type_for_caller_type(std::string_view caller_type) noexcept {
  return look_up(caller_types, caller_type);
}

std::optional<std::string_view> subject_type_for_respondent_type(std::string_view respondent_type) noexcept {
  return look_up(respondent_types, respondent_type);
}

std::optional<std::string_view> handling_class_for(std::string_view handling_class) noexcept {
  return look_up(handling_classes, handling_class);
}

std::optional<feedback_type> feedback_type_for_event(std::string_view event_type) noexcept {
  for (const auto& row : feedback_types)
    if (row.event_type == event_type) return row.feedback;
  return std::nullopt;
}

}  // namespace casegw::hotline_12345
