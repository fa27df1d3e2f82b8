// The two fields that say what a message is before anything in it is read:
//   version  the interface version: "1" or "1.<minor>" (a minor only adds optional fields)
//   msgType  CASE_NEW, a new item for the city. The interface also carries supplements,
//            withdrawals and 好差评 ratings, which are not cases: they are refused here so
//            that none of them is ever filed as a new case.
#pragma once

#include "flat_message.hpp"

#include <string_view>

namespace casegw::gov_service_platform {

inline constexpr std::string_view new_case_message = "CASE_NEW";

// Throws UNSUPPORTED_VERSION (field version), MISSING_FIELD or INVALID_FIELD (msgType).
void check_envelope(const flat_message& message);

bool is_supported_version(std::string_view version) noexcept;

}  // namespace casegw::gov_service_platform
