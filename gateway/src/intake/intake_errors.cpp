#include "intake/intake_errors.hpp"

#include "net/error_response.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::intake::errors {
namespace {

bool is_upper_snake(std::string_view code) {
  return !code.empty() && code.size() <= 48 && std::isupper(static_cast<unsigned char>(code.front())) &&
         std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c) || std::isdigit(c) || c == '_'; });
}

std::string with_field(std::string_view field, std::string_view message) {
  if (field.empty()) return std::string(message);
  return "field '" + std::string(field) + "': " + std::string(message);
}

// Channel ids come from the URL: echo them only when they look like ids.
std::string printable_id(std::string_view id) {
  const bool plain = id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
                       return std::islower(c) || std::isdigit(c) || c == '_';
                     });
  return plain ? "'" + std::string(id) + "'" : std::string("requested");
}

}  // namespace

net::http_response unknown_endpoint(std::string_view request_id) {
  return net::error_response(404, "NOT_FOUND", "no such endpoint; cases are posted to /v1/channels/{channel}/cases", request_id);
}

net::http_response unknown_channel(std::string_view channel_id, std::string_view request_id) {
  return net::error_response(404, "UNKNOWN_CHANNEL", "the " + printable_id(channel_id) + " channel is not configured", request_id);
}

net::http_response channel_disabled(std::string_view channel_id, std::string_view request_id) {
  return net::error_response(404, "CHANNEL_DISABLED", "the " + printable_id(channel_id) + " channel is disabled", request_id);
}

net::http_response method_not_allowed(std::string_view request_id) {
  auto r = net::error_response(405, "METHOD_NOT_ALLOWED", "cases are submitted with POST", request_id);
  r.headers.push_back({"Allow", "POST"});
  return r;
}

net::http_response rejected_by_adapter(std::string_view code, std::string_view field, std::string_view message,
                                       std::string_view request_id) {
  return net::error_response(400, is_upper_snake(code) ? code : "INVALID_REQUEST", with_field(field, message), request_id);
}

net::http_response adapter_failed(std::string_view request_id) {
  return net::error_response(500, "ADAPTER_FAILED", "the channel adapter failed while decoding the request; it has been logged",
                             request_id);
}

net::http_response invalid_case_field(std::string_view code, std::string_view field, std::string_view message,
                                      std::string_view request_id) {
  return net::error_response(400, code, with_field(field, message), request_id);
}

net::http_response case_conflict(std::string_view request_id) {
  return net::error_response(409, "CASE_CONFLICT",
                             "this channel case reference was already submitted with different content", request_id);
}

net::http_response store_unavailable(std::chrono::seconds retry_after, std::string_view request_id) {
  auto r = net::error_response(503, "STORE_UNAVAILABLE", "the case store cannot accept cases right now; retry later", request_id);
  r.headers.push_back({"Retry-After", std::to_string(retry_after.count())});
  return r;
}

}  // namespace casegw::intake::errors
