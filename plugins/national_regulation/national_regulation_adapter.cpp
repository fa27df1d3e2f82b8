#include "national_regulation_adapter.hpp"

#include "clue_mapping.hpp"
#include "feedback_encoding.hpp"
#include "message_header.hpp"

#include <casegw/sdk/json/json_object.hpp>
#include <casegw/sdk/json/strict_json.hpp>

namespace casegw::national_regulation {

national_regulation_adapter::national_regulation_adapter(sdk::host host)
    : host_(host), settings_(regulation_settings::read(host)) {}

void national_regulation_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  // Strict JSON, no key twice; a leading byte order mark (some Windows-built senders write one)
  // is skipped. The platform's Java backend writes unset fields as null or "": blank is absent.
  const boost::json::value document = sdk::json::parse_strict_object(request.body(), {.skip_byte_order_mark = true});
  const sdk::json::json_object message(document.get_object(), "", sdk::json::blank_strings::are_absent);
  check_header(message, settings_);
  map_clue(message.required_object("body").required_object("clue"), settings_, host_, out);
}

void national_regulation_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_feedback(event.json(), settings_, out);
}

}  // namespace casegw::national_regulation

CASEGW_PLUGIN(casegw::national_regulation::national_regulation_adapter)
