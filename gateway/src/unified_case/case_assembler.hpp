// Turns a validated adapter part into the full casegw.case/v1 document the workflow receives,
// adding what only the gateway knows: the case id, the channel id, the time of receipt and the
// audit record of the raw payload.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <string>

namespace casegw::unified_case {

struct gateway_facts {
  std::string case_id;       // new_case_id()
  std::string channel_id;    // the configured channel id
  std::string received_at;   // RFC 3339, the gateway's clock (+08:00)
  std::string content_type;  // the Content-Type header as received
  std::string media_type;    // its media type, lowercased
  std::string charset;       // declared charset lowercased; "utf-8" when none
  std::string raw_sha256;    // of the raw body, lowercase hex
  std::size_t raw_size = 0;  // bytes of the raw body
  // Groups the policy stages computed (deadlines, evaluation; later scope, route), placed
  // between the adapter's fields and `raw`.
  boost::json::object policy_groups{};
};

// The case as an object with members in the documented order: schema, case_id, received_at,
// channel (id first), the adapter fields in schema order (nested objects too), raw.
// `adapter_part` must have passed validate_adapter_output.
boost::json::object build_unified_case(const boost::json::object& adapter_part, const gateway_facts& facts);

// build_unified_case, serialized compactly.
std::string assemble_case(const boost::json::object& adapter_part, const gateway_facts& facts);

}  // namespace casegw::unified_case
