// submission.reporter -> unified reporter. Three kinds of reporter with different rules:
//   person      name and mobile required, idNumber (resident ID) optional
//   enterprise  name (the enterprise), mobile (its contact) and creditCode required
//   anonymous   no name, mobile, idNumber or creditCode at all
// Personal data never appears in an error message, only the field's path.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::city_portal {

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out);

}  // namespace casegw::city_portal
