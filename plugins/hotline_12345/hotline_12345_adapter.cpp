#include "hotline_12345_adapter.hpp"

#include "feedback_encoding.hpp"
#include "work_order_mapping.hpp"
#include "xml_document.hpp"

namespace casegw::hotline_12345 {

hotline_12345_adapter::hotline_12345_adapter(sdk::host host) : host_(host), settings_(hotline_settings::read(host)) {}

// The body is UTF-8 whatever the hotline declared: the gateway converted a GBK or GB18030 body
// before this call, and the parser ignores the prolog's encoding="GBK" accordingly.
void hotline_12345_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  const xml_document document = xml_document::parse(request.body());
  map_work_order(document, host_, settings_, out);
}

void hotline_12345_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_feedback(event.json(), settings_.reply_path, out);
}

}  // namespace casegw::hotline_12345

CASEGW_PLUGIN(casegw::hotline_12345::hotline_12345_adapter)
