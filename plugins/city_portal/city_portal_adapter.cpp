#include "city_portal_adapter.hpp"

#include "envelope_parser.hpp"
#include "progress_encoding.hpp"
#include "submission_mapping.hpp"

namespace casegw::city_portal {

city_portal_adapter::city_portal_adapter(sdk::host host) : host_(host), settings_(portal_settings::read(host_)) {}

void city_portal_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  const portal_envelope envelope = portal_envelope::parse(request.body());
  map_submission(envelope.submission(), settings_, host_, out);
}

void city_portal_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_progress(event.json(), settings_.progress_path_prefix, out);
}

}  // namespace casegw::city_portal

CASEGW_PLUGIN(casegw::city_portal::city_portal_adapter)
