// The whole work order (<workOrder version="1">) onto the adapter part of a unified case, in
// the order docs/channels/hotline_12345.md lists the fields; the first problem found is the one
// reported.
#pragma once

#include "hotline_settings.hpp"
#include "xml_document.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>

#include <string_view>

namespace casegw::hotline_12345 {

// Throws sdk::rejection: MALFORMED_BODY (another root element), UNSUPPORTED_VERSION, and the
// field codes of every part.
void map_work_order(const xml_document& document, const sdk::host& host, const hotline_settings& settings,
                    sdk::case_builder& out);

// Accepts "1" and "1.<minor>": minors only add optional elements, which this adapter ignores.
bool is_supported_version(std::string_view version) noexcept;

}  // namespace casegw::hotline_12345
