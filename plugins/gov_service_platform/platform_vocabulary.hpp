// The platform's code lists and what each means in the unified case. These tables are the
// documentation of record for docs/channels/gov_service_platform.md §3; keep both in step.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::gov_service_platform {

// appealType (诉求类型), pinyin initials: ZX 咨询, TS 投诉, JY 建议, QZ 求助, BY 表扬, JB 举报.
std::optional<std::string_view> kind_for_appeal_type(std::string_view code) noexcept;
inline constexpr std::string_view appeal_type_codes = "ZX, TS, JY, QZ, BY, JB";

// source: zwfw (the service platform's own entries) or govcn (messages left on gov.cn);
// the unified sub_channel is spelled the same.
bool is_source(std::string_view source) noexcept;

// handleType (办理类型): "1" 转办件 (forwarded, no class), "2" 交办件, "3" 督办件, "4" 核查件.
// Returns the unified handling class, "" for "1", nullopt for an unknown code.
std::optional<std::string_view> handling_class_for(std::string_view handle_type) noexcept;

// certType (证件类型) of a person, the public-security document codes the platform uses.
enum class document_kind { resident_id, other_travel_document };
std::optional<document_kind> document_for_cert_type(std::string_view cert_type) noexcept;
inline constexpr std::string_view resident_id_cert_type = "111";

// The reply (答复) the platform expects for a casegw.event/v1 type: its replyType code, the
// label the platform shows, and whether the reply must carry text (a reason or an answer).
struct reply_kind {
  std::string_view code;
  std::string_view label;
  bool needs_text;
};
std::optional<reply_kind> reply_for_event_type(std::string_view event_type) noexcept;

}  // namespace casegw::gov_service_platform
