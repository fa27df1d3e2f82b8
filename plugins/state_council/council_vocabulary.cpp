#include "council_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::state_council {

namespace {

template <class To, std::size_t N>
std::optional<To> find_in(const std::array<std::pair<std::string_view, To>, N>& table, std::string_view code) noexcept {
  for (const auto& [from, to] : table)
    if (from == code) return to;
  return std::nullopt;
}

using text_table_entry = std::pair<std::string_view, std::string_view>;

constexpr std::array<text_table_entry, 3> item_types{{
    {"handover", sdk::handling_class::handed_down},     // 交办件
    {"supervision", sdk::handling_class::supervised},   // 挂牌督办件
    {"verification", sdk::handling_class::verification},  // 核查办理件
}};

constexpr std::array<text_table_entry, 7> clue_types{{
    {"10", sdk::kind::complaint},     // 投诉
    {"20", sdk::kind::report},        // 举报 (问题线索)
    {"30", sdk::kind::suggestion},    // 意见建议
    {"40", sdk::kind::consultation},  // 咨询
    {"50", sdk::kind::help},          // 求助
    {"60", sdk::kind::praise},        // 表扬
    {"90", sdk::kind::other},         // 其他
}};

constexpr std::array<text_table_entry, 6> fields{{
    {"jjtj", "economic_regulation"},  // 经济调节
    {"scjg", "market_supervision"},   // 市场监管
    {"shgl", "social_management"},    // 社会管理
    {"ggfw", "public_service"},       // 公共服务
    {"sthj", "ecology_environment"},  // 生态环境保护
    {"qt", "other"},                  // 其他
}};

constexpr std::array<text_table_entry, 3> sources{{
    {"gov_cn_web", "web"},            // 中国政府网 "我向总理说句话" / 督查留言
    {"gov_app", "app"},               // 国务院客户端
    {"wechat_mini", "mini_program"},  // 国务院客户端微信小程序
}};

constexpr std::array<std::pair<std::string_view, bool>, 3> levels{{
    {"normal", false},       // 一般
    {"urgent", true},        // 紧急
    {"extra_urgent", true},  // 特急
}};

constexpr std::array<text_table_entry, 4> datums{{
    {"wgs84", "WGS84"},
    {"gcj02", "GCJ02"},
    {"bd09", "BD09"},
    {"cgcs2000", "WGS84"},
}};

constexpr std::array<text_table_entry, 3> respondent_types{{
    {"agency", "unit"},
    {"enterprise", "enterprise"},
    {"individual", "person"},
}};

constexpr std::array<std::pair<std::string_view, feedback_type>, 7> feedback_types{{
    {"acknowledged", {"signed", "已签收", false}},
    {"not_accepted", {"returned", "退回", true}},
    {"dispatched", {"assigned", "已转承办单位", false}},
    {"in_progress", {"progress", "阶段性进展", true}},
    {"extended", {"extension", "延期办理", true}},
    {"resolved", {"completed", "办结", true}},
    {"reopened", {"rehandling", "重新办理", false}},
}};

}  // namespace

std::optional<std::string_view> handling_class_for_item_type(std::string_view code) noexcept {
  return find_in(item_types, code);
}

std::optional<std::string_view> kind_for_clue_type(std::string_view code) noexcept { return find_in(clue_types, code); }

std::optional<std::string_view> domain_for_field(std::string_view code) noexcept { return find_in(fields, code); }

std::optional<std::string_view> sub_channel_for_source(std::string_view code) noexcept { return find_in(sources, code); }

std::optional<bool> urgency_of_level(std::string_view code) noexcept { return find_in(levels, code); }

std::optional<std::string_view> crs_for_datum(std::string_view code) noexcept { return find_in(datums, code); }

std::optional<std::string_view> subject_type_for_respondent(std::string_view code) noexcept {
  return find_in(respondent_types, code);
}

std::optional<feedback_type> feedback_for_event(std::string_view event_type) noexcept {
  return find_in(feedback_types, event_type);
}

}  // namespace casegw::state_council
