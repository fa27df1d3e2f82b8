#include "portal_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::city_portal {

namespace {

using code_pair = std::pair<std::string_view, std::string_view>;

template <std::size_t N>
std::optional<std::string_view> look_up(const std::array<code_pair, N>& table, std::string_view key) noexcept {
  for (const auto& [from, to] : table)
    if (from == key) return to;
  return std::nullopt;
}

constexpr std::array<code_pair, 7> type_codes{{
    {"consult", sdk::kind::consultation},
    {"complaint", sdk::kind::complaint},
    {"help", sdk::kind::help},
    {"report", sdk::kind::report},
    {"suggest", sdk::kind::suggestion},
    {"praise", sdk::kind::praise},
    {"other", sdk::kind::other},
}};

constexpr std::array<code_pair, 6> domain_codes{{
    {"economy", "economic_regulation"},      // 经济调节
    {"market", "market_supervision"},        // 市场监管
    {"society", "social_management"},        // 社会管理
    {"public_service", "public_service"},    // 公共服务
    {"environment", "ecology_environment"},  // 生态环境保护
    {"other", "other"},
}};

constexpr std::array<code_pair, 3> coordinate_systems{{
    {"wgs84", "WGS84"},
    {"gcj02", "GCJ02"},
    {"bd09", "BD09"},
}};

constexpr std::array<std::string_view, 3> sub_channels{"web", "wechat", "app"};
constexpr std::array<std::string_view, 3> respondent_types{"unit", "person", "enterprise"};

struct stage_row {
  std::string_view event_type;
  progress_stage stage;
};

constexpr std::array<stage_row, 9> stages{{
    {"acknowledged", {"accepted", "已受理"}},
    {"not_accepted", {"not_accepted", "不予受理"}},
    {"dispatched", {"transferred", "已转办"}},
    {"in_progress", {"handling", "办理中"}},
    {"extended", {"extended", "已延期"}},
    {"resolved", {"completed", "已办结"}},
    {"evaluated", {"evaluated", "已评价"}},
    {"reopened", {"reopened", "重新办理"}},
    {"closed", {"archived", "已归档"}},
}};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) noexcept {
  for (auto item : list)
    if (item == value) return true;
  return false;
}

}  // namespace

std::optional<std::string_view> kind_for_type_code(std::string_view type_code) noexcept {
  return look_up(type_codes, type_code);
}

std::optional<std::string_view> domain_for_code(std::string_view domain_code) noexcept {
  return look_up(domain_codes, domain_code);
}

bool is_sub_channel(std::string_view sub_channel) noexcept { return contains(sub_channels, sub_channel); }

std::optional<std::string_view> crs_for_coordinate_system(std::string_view system) noexcept {
  return look_up(coordinate_systems, system);
}

bool is_respondent_type(std::string_view type) noexcept { return contains(respondent_types, type); }

std::optional<progress_stage> stage_for_event_type(std::string_view event_type) noexcept {
  for (const auto& row : stages)
    if (row.event_type == event_type) return row.stage;
  return std::nullopt;
}

}  // namespace casegw::city_portal
