// The one error body of every HTTP answer the gateway gives (docs/http-api.md):
//   {"error": {"code": "UPPER_SNAKE", "message": "human sentence", "request_id": "..."}}
// Messages name fields and limits, never reporter data or complaint text.
#pragma once

#include "net/http_types.hpp"

#include <string>
#include <string_view>

namespace casegw::net {

http_response error_response(int status, std::string_view code, std::string_view message,
                             std::string_view request_id);

}  // namespace casegw::net
