// The reporter (反映人) of a message -> the unified reporter. The platform's accounts are
// real-name, so a named reporter always comes with a verified mobile:
//   anonymousFlag "1"  anonymous: userName, mobile, certNo and creditCode must be absent
//   userType "1"       a person (自然人): userName, mobile; optionally an identity document
//                      (certType + certNo; resident ID by default, check digit verified)
//   userType "2"       an enterprise or organisation (法人): its name, its contact's mobile and
//                      its unified social credit code (creditCode, check character verified)
// Errors name the field only, never its value.
#pragma once

#include "flat_message.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::gov_service_platform {

void map_reporter(const flat_message& message, sdk::case_builder& out);

}  // namespace casegw::gov_service_platform
