// The complaint system relays its web form as application/x-www-form-urlencoded, in UTF-8 or
// GB18030 as Content-Type declares (docs/channels/foreign_investment.md §1.1). The gateway has
// converted a GBK/GB18030 body to UTF-8 before decode(); this adds the rules of this channel to
// the SDK's strict form parser.
#pragma once

#include <casegw/sdk/form_urlencoded.hpp>

#include <string_view>

namespace casegw::foreign_investment {

// Throws MALFORMED_BODY (empty, a pair without '=', bad escapes, percent-escaped bytes in a
// GB18030 form, bytes that are not UTF-8 once unescaped) or DUPLICATE_FIELD (a key twice).
// declared_charset: the request's charset parameter as the gateway canonicalized it.
sdk::form_fields parse_form_body(std::string_view body, std::string_view declared_charset);

}  // namespace casegw::foreign_investment
