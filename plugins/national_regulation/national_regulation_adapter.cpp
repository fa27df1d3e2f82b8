#include "national_regulation_adapter.hpp"

#include "clue_mapping.hpp"
#include "feedback_encoding.hpp"
#include "json_document.hpp"
#include "message_header.hpp"
#include "wire_node.hpp"

namespace casegw::national_regulation {

national_regulation_adapter::national_regulation_adapter(sdk::host host)
    : host_(host), settings_(regulation_settings::read(host)) {}

void national_regulation_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  const boost::json::value document = parse_json_object(request.body(), "the body");
  const wire_node message(document.get_object(), "");
  check_header(message, settings_);
  map_clue(message.child("body").child("clue"), settings_, host_, out);
}

void national_regulation_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_feedback(event.json(), settings_, out);
}

}  // namespace casegw::national_regulation

CASEGW_PLUGIN(casegw::national_regulation::national_regulation_adapter)
