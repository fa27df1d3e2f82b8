#include "yukuaiban_adapter.hpp"

#include "message_envelope.hpp"
#include "order_mapping.hpp"
#include "progress_message.hpp"
#include "rating_message.hpp"

namespace casegw::yukuaiban {

yukuaiban_adapter::yukuaiban_adapter(sdk::host host) : host_(host), settings_(ykb_settings::read(host)) {}

void yukuaiban_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  const ykb_message message = ykb_message::parse(request.body(), settings_);
  if (message.type() == message_type::evaluation) {
    read_rating(message.data());  // a malformed rating is reported for what is wrong with it
    refuse_rating_on_case_intake();
  }
  map_order(message.data(), settings_, host_, out);
}

void yukuaiban_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_progress(event.json(), settings_.progress_path, out);
}

}  // namespace casegw::yukuaiban

CASEGW_PLUGIN(casegw::yukuaiban::yukuaiban_adapter)
