// body.clue.reporter -> unified reporter (反映人). Three kinds, with different rules:
//   anonymous: true        no name, phone, idNumber or creditCode at all
//   type 01 自然人          name required; phone and idNumber (resident ID) optional
//   type 02 法人或其他组织   name (the organisation) and creditCode required; phone optional
// Personal data never appears in an error message, only the field's path.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <string_view>

namespace casegw::national_regulation {

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out);

// A mainland mobile number (11 digits, 13..19) or a landline with its area code, written
// 02368881234 or 023-68881234.
bool is_contact_phone(std::string_view text) noexcept;

}  // namespace casegw::national_regulation
