#include "foreign_investment_adapter.hpp"

#include "complaint_form.hpp"
#include "complaint_mapping.hpp"
#include "form_body.hpp"
#include "progress_notice.hpp"

namespace casegw::foreign_investment {

foreign_investment_adapter::foreign_investment_adapter(sdk::host host)
    : host_(host), settings_(complaint_settings::read(host)) {}

void foreign_investment_adapter::decode(const sdk::request& request, sdk::case_builder& out) {
  const complaint_form form(parse_form_body(request.body(), request.charset()));
  map_complaint(form, settings_, host_, out);
}

void foreign_investment_adapter::encode_event(const sdk::event& event, sdk::outbound_request& out) {
  encode_progress_notice(event.json(), settings_.progress_path, out);
}

}  // namespace casegw::foreign_investment

CASEGW_PLUGIN(casegw::foreign_investment::foreign_investment_adapter)
