// The error answers of the intake endpoint, in one place so their codes stay consistent
// (docs/http-api.md lists them). Messages name fields and limits, never case content.
#pragma once

#include "net/http_types.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace casegw::intake::errors {

net::http_response unknown_endpoint(std::string_view request_id);
net::http_response unknown_channel(std::string_view channel_id, std::string_view request_id);
net::http_response channel_disabled(std::string_view channel_id, std::string_view request_id);
net::http_response method_not_allowed(std::string_view request_id);
net::http_response rejected_by_adapter(std::string_view code, std::string_view field, std::string_view message,
                                       std::string_view request_id);
net::http_response adapter_failed(std::string_view request_id);
net::http_response invalid_case_field(std::string_view code, std::string_view field, std::string_view message,
                                      std::string_view request_id);
net::http_response case_conflict(std::string_view request_id);
net::http_response store_unavailable(std::chrono::seconds retry_after, std::string_view request_id);

}  // namespace casegw::intake::errors
