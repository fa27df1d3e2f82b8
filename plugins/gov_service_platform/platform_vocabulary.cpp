#include "platform_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <algorithm>
#include <array>

namespace casegw::gov_service_platform {

namespace {

template <class Row, std::size_t N>
const Row* row_for(const std::array<Row, N>& rows, std::string_view code) noexcept {
  const auto it = std::find_if(rows.begin(), rows.end(), [code](const Row& r) { return r.code == code; });
  return it == rows.end() ? nullptr : &*it;
}

struct appeal_row {
  std::string_view code;
  std::string_view kind;
};
constexpr std::array<appeal_row, 6> appeal_types{{
    {"ZX", sdk::kind::consultation},  // 咨询
    {"TS", sdk::kind::complaint},     // 投诉
    {"JY", sdk::kind::suggestion},    // 建议
    {"QZ", sdk::kind::help},          // 求助
    {"BY", sdk::kind::praise},        // 表扬
    {"JB", sdk::kind::report},        // 举报
}};

struct handle_row {
  std::string_view code;
  std::string_view handling_class;
};
constexpr std::array<handle_row, 4> handle_types{{
    {"1", ""},                                      // 转办件: an ordinary forwarded item
    {"2", sdk::handling_class::handed_down},        // 交办件
    {"3", sdk::handling_class::supervised},         // 督办件
    {"4", sdk::handling_class::verification},       // 核查件, e.g. a 差评 to verify and rectify
}};

struct document_row {
  std::string_view code;
  document_kind kind;
};
constexpr std::array<document_row, 4> cert_types{{
    {resident_id_cert_type, document_kind::resident_id},  // 居民身份证
    {"414", document_kind::other_travel_document},        // 普通护照
    {"516", document_kind::other_travel_document},        // 港澳居民来往内地通行证
    {"511", document_kind::other_travel_document},        // 台湾居民来往大陆通行证
}};

struct reply_row {
  std::string_view code;  // the casegw.event/v1 type
  reply_kind reply;
};
// "evaluated" has no row: the platform collects 好差评 itself and takes no rating from the city.
constexpr std::array<reply_row, 8> replies{{
    {"acknowledged", {"SL", "已受理", false}},
    {"not_accepted", {"BSL", "不予受理", true}},
    {"dispatched", {"ZB", "已转办", false}},
    {"in_progress", {"BLZ", "办理中", false}},
    {"extended", {"YQ", "已延期", true}},
    {"resolved", {"BJ", "已办结", true}},
    {"reopened", {"CB", "重新办理", false}},
    {"closed", {"GD", "已归档", false}},
}};

}  // namespace

std::optional<std::string_view> kind_for_appeal_type(std::string_view code) noexcept {
  if (const auto* row = row_for(appeal_types, code)) return row->kind;
  return std::nullopt;
}

bool is_source(std::string_view source) noexcept { return source == "zwfw" || source == "govcn"; }

std::optional<std::string_view> handling_class_for(std::string_view handle_type) noexcept {
  if (const auto* row = row_for(handle_types, handle_type)) return row->handling_class;
  return std::nullopt;
}

std::optional<document_kind> document_for_cert_type(std::string_view cert_type) noexcept {
  if (const auto* row = row_for(cert_types, cert_type)) return row->kind;
  return std::nullopt;
}

std::optional<reply_kind> reply_for_event_type(std::string_view event_type) noexcept {
  if (const auto* row = row_for(replies, event_type)) return row->reply;
  return std::nullopt;
}

}  // namespace casegw::gov_service_platform
