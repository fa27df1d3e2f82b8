#include "state_council_adapter.hpp"

#include "feedback_encoding.hpp"
#include "item_mapping.hpp"
#include "poll_answer.hpp"
#include "poll_request.hpp"

#include <casegw/sdk/json/json_object.hpp>
#include <casegw/sdk/json/strict_json.hpp>

namespace casegw::state_council {

state_council_adapter::state_council_adapter(sdk::host host) : host_(host), settings_(council_settings::read(host)) {}

void state_council_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  // Strict JSON: UTF-8 only, no comments, no trailing data, nesting at most 32 deep, no key twice.
  const boost::json::value item = sdk::json::parse_strict_object(request.body());
  map_item(sdk::json::json_object(item.get_object()), settings_, host_, out);
}

void state_council_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_feedback(event.json(), settings_.feedback_path_prefix, out);
}

void state_council_adapter::build_poll(const sdk::poll& poll, sdk::outbound_request& out) {
  build_item_poll(poll.cursor(), settings_, out);
}

void state_council_adapter::read_poll(const sdk::poll_response& response, sdk::poll_result& out) {
  read_item_page(response, host_, out);
}

}  // namespace casegw::state_council

CASEGW_PLUGIN(casegw::state_council::state_council_adapter)
