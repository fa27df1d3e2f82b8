// item.reporter: who wrote to the State Council (反映人), with the consents they gave.
//   anonymous: true                  -> an anonymous reporter; name, phone and certificate
//                                       must then be absent (INVALID_FIELD otherwise)
//   type individual                  -> person; certificate resident_id or passport, optional
//   type enterprise / organization   -> enterprise; certificate credit_code, required
// contactAllowed (同意回访) -> reporter.contact_consent; disclosureAllowed (同意向被反映对象
// 公开) -> consent_to_disclose. Both default to false.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::state_council {

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out);

// A mainland mobile number (11 digits, 13..19) or a fixed-line number with its area code,
// "023-63851234" or "02363851234".
bool is_reporter_phone(std::string_view text) noexcept;

}  // namespace casegw::state_council
