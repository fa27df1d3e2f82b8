#include "gov_service_platform_adapter.hpp"

#include "case_mapping.hpp"
#include "flat_message.hpp"
#include "reply_encoding.hpp"

namespace casegw::gov_service_platform {

gov_service_platform_adapter::gov_service_platform_adapter(sdk::host host)
    : host_(host), settings_(platform_settings::read(host)) {}

void gov_service_platform_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  map_case(flat_message::parse(request.body()), settings_, host_, out);
}

void gov_service_platform_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_reply(event.json(), settings_, out);
}

}  // namespace casegw::gov_service_platform

CASEGW_PLUGIN(casegw::gov_service_platform::gov_service_platform_adapter)
