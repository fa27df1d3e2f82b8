#include "ykb_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::yukuaiban {

namespace {

template <class Value, std::size_t N>
std::optional<Value> look_up(const std::array<std::pair<std::string_view, Value>, N>& table, std::string_view key) noexcept {
  for (const auto& [code, value] : table)
    if (code == key) return value;
  return std::nullopt;
}

using word_table_row = std::pair<std::string_view, std::string_view>;

constexpr std::array<word_table_row, 7> appeal_types{{
    {"01", sdk::kind::consultation},  // 咨询
    {"02", sdk::kind::complaint},     // 投诉
    {"03", sdk::kind::help},          // 求助
    {"04", sdk::kind::suggestion},    // 建议
    {"05", sdk::kind::report},        // 举报
    {"06", sdk::kind::praise},        // 表扬
    {"99", sdk::kind::other},         // 其他
}};

constexpr std::array<word_table_row, 4> terminals{{
    {"APP", "app"},
    {"ALIPAY_MINI", "alipay_mini"},
    {"WECHAT_MINI", "wechat_mini"},
    {"PC", "web"},
}};

constexpr std::array<word_table_row, 3> respondent_types{{
    {"DEPT", "unit"},
    {"STAFF", "person"},
    {"CORP", "enterprise"},
}};

constexpr std::array<word_table_row, 3> coord_types{{
    {"gcj02", "GCJ02"},
    {"wgs84", "WGS84"},
    {"bd09", "BD09"},
}};

constexpr std::array<std::string_view, 4> cert_types{"111", "414", "511", "516"};

constexpr std::array<std::pair<std::string_view, progress_status>, 9> statuses{{
    {"acknowledged", {"10", "已受理"}},
    {"not_accepted", {"11", "不予受理"}},
    {"dispatched", {"20", "已转办"}},
    {"in_progress", {"30", "办理中"}},
    {"extended", {"31", "已延期"}},
    {"resolved", {"40", "已办结"}},
    {"evaluated", {"50", "已评价"}},
    {"reopened", {"60", "重新办理"}},
    {"closed", {"90", "已归档"}},
}};

}  // namespace

std::optional<std::string_view> kind_for_appeal_type(std::string_view code) noexcept { return look_up(appeal_types, code); }

std::optional<std::string_view> sub_channel_for_terminal(std::string_view terminal) noexcept {
  return look_up(terminals, terminal);
}

std::optional<std::string_view> subject_type_for_respondent(std::string_view type) noexcept {
  return look_up(respondent_types, type);
}

std::optional<std::string_view> crs_for_coord_type(std::string_view coord_type) noexcept {
  return look_up(coord_types, coord_type);
}

bool is_cert_type(std::string_view cert_type) noexcept {
  for (auto known : cert_types)
    if (known == cert_type) return true;
  return false;
}

std::optional<progress_status> status_for_event_type(std::string_view event_type) noexcept {
  return look_up(statuses, event_type);
}

}  // namespace casegw::yukuaiban
