#include "district_portal_adapter.hpp"

#include "json_record.hpp"
#include "progress_encoding.hpp"
#include "ticket_mapping.hpp"

namespace district_portal {

district_portal_adapter::district_portal_adapter(casegw::sdk::host host)
    : host_(host), settings_(district_settings::read(host)) {
  // Log lines carry settings and counts, never a secret, a reporter's data or complaint text.
  host_.log(casegw::sdk::log_level::info,
            std::string("district_portal ready: anonymous submissions ") +
                (settings_.accept_anonymous ? "accepted" : "refused") + ", progress posted to " +
                settings_.progress_path + (settings_.progress_token.empty() ? " without" : " with") +
                " a bearer token");
}

void district_portal_adapter::decode(const casegw::sdk::request& request, casegw::sdk::case_builder& out) {
  // request.body() is UTF-8 whatever charset the portal declared: the gateway converted it.
  const boost::json::object ticket = parse_json_object(request.body(), "a JSON object");
  map_ticket(json_record(ticket, ""), settings_, host_, out);
}

void district_portal_adapter::encode_event(const casegw::sdk::event& event, casegw::sdk::outbound_request& out) {
  encode_progress(event.json(), settings_, out);
}

}  // namespace district_portal

// The plugin's one exported symbol, casegw_plugin_entry_v1. Exactly once per plugin.
CASEGW_PLUGIN(district_portal::district_portal_adapter)
