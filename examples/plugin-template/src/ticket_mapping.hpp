// One district portal ticket (工单) onto the adapter part of a unified case. The wire format
// and the mapping are documented in README.md ("The district_portal wire format").
#pragma once

#include "district_settings.hpp"
#include "json_record.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>

#include <optional>
#include <string_view>

namespace district_portal {

// The portal's type codes (pinyin initials of the Chinese names) -> the unified kind:
// ZX 咨询 consultation, TS 投诉 complaint, QZ 求助 help, JB 举报 report, JY 建议 suggestion,
// BY 表扬 praise, QT 其他 other.
std::optional<std::string_view> kind_for_type_code(std::string_view code) noexcept;

// Throws sdk::rejection naming the first wire field that is wrong, in the order of the
// README's field table. Reads only its arguments: safe to call from several threads at once.
void map_ticket(const json_record& ticket, const district_settings& settings, const casegw::sdk::host& host,
                casegw::sdk::case_builder& out);

}  // namespace district_portal
