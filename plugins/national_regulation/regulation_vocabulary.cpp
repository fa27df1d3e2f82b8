#include "regulation_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <array>
#include <utility>

namespace casegw::national_regulation {

namespace {

template <class Value, std::size_t N>
std::optional<Value> find_code(const std::array<std::pair<std::string_view, Value>, N>& table,
                               std::string_view code) noexcept {
  for (const auto& [key, value] : table)
    if (key == code) return value;
  return std::nullopt;
}

using code_table_entry = std::pair<std::string_view, std::string_view>;

constexpr std::array<code_table_entry, 4> clue_types{{
    {"01", sdk::kind::complaint},     // 投诉
    {"02", sdk::kind::report},        // 举报
    {"03", sdk::kind::consultation},  // 咨询
    {"04", sdk::kind::suggestion},    // 建议
}};

constexpr std::array<code_table_entry, 3> handle_types{{
    {"01", sdk::handling_class::handed_down},   // 交办
    {"02", sdk::handling_class::supervised},    // 挂牌督办
    {"03", sdk::handling_class::verification},  // 核查
}};

constexpr std::array<std::pair<std::string_view, bool>, 3> urgency_levels{{
    {"01", false},  // 一般
    {"02", true},   // 紧急
    {"03", true},   // 特急
}};

// 监管领域. Food, drugs, product quality and special equipment are market supervision (the
// State Administration for Market Regulation and the NMPA); work safety and labour protection
// are social management; sector services (education, health, culture and tourism, transport)
// are public services.
constexpr std::array<code_table_entry, 10> domains{{
    {"SCJG", "market_supervision"},   // 市场监管(综合)
    {"SPYP", "market_supervision"},   // 食品药品安全
    {"ZLAQ", "market_supervision"},   // 质量安全(产品质量、特种设备)
    {"JJTX", "economic_regulation"},  // 经济运行与价格
    {"JRSW", "economic_regulation"},  // 金融与税务
    {"AQSC", "social_management"},    // 安全生产
    {"LDBZ", "social_management"},    // 劳动保障
    {"STHJ", "ecology_environment"},  // 生态环境与资源
    {"GGFW", "public_service"},       // 公共服务行业
    {"QT", "other"},                  // 其他
}};

constexpr std::array<code_table_entry, 2> reporter_types{{
    {"01", sdk::reporter_type::person},      // 自然人
    {"02", sdk::reporter_type::enterprise},  // 法人或其他组织
}};

constexpr std::array<code_table_entry, 4> subject_types{{
    {"01", "enterprise"},  // 企业
    {"02", "enterprise"},  // 个体工商户
    {"03", "unit"},        // 机关、事业单位及其他组织
    {"04", "person"},      // 自然人
}};

constexpr std::array<std::pair<std::string_view, feedback_status>, 7> statuses{{
    {"acknowledged", {"01", "已签收", false}},
    {"not_accepted", {"02", "已退回", true}},
    {"dispatched", {"03", "已转办", false}},
    {"in_progress", {"04", "办理中", false}},
    {"extended", {"05", "已延期", false}},
    {"resolved", {"06", "已办结", true}},
    {"reopened", {"07", "重新办理", false}},
}};

}  // namespace

std::optional<std::string_view> kind_for_clue_type(std::string_view code) noexcept { return find_code(clue_types, code); }

std::optional<std::string_view> class_for_handle_type(std::string_view code) noexcept {
  return find_code(handle_types, code);
}

std::optional<bool> urgent_for_level(std::string_view code) noexcept { return find_code(urgency_levels, code); }

std::optional<std::string_view> domain_for_code(std::string_view code) noexcept { return find_code(domains, code); }

std::optional<std::string_view> reporter_type_for_code(std::string_view code) noexcept {
  return find_code(reporter_types, code);
}

std::optional<std::string_view> subject_type_for_code(std::string_view code) noexcept {
  return find_code(subject_types, code);
}

std::optional<feedback_status> status_for_event_type(std::string_view event_type) noexcept {
  return find_code(statuses, event_type);
}

}  // namespace casegw::national_regulation
