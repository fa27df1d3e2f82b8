// From a decoded adapter part to the row the store keeps: a new case id, the raw record of the
// bytes as received, the rules' groups (deadlines, evaluation, scope, route), the destinations
// (the route's, then the channel's own), the assembled unified case.
// Shared by pushed requests (intake_handler.cpp) and pulled items (pull/), so that a case is
// the same whichever way it arrived.
#pragma once

#include "intake/case_rules.hpp"
#include "intake/channel_registry.hpp"
#include "intake/media_type.hpp"
#include "store/case_store.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <string_view>

namespace casegw::intake {

// Where the case's bytes came from: a pushed request, or one item of a poll answer.
struct case_origin {
  std::string_view request_id;    // for the trail and log correlation
  std::string_view content_type;  // as declared for the bytes (header or the item's media type)
  std::string_view body;          // the raw bytes, kept for audit
  std::int64_t received_at_ms = 0;
};

store::new_case to_new_case(const channel& ch, const case_origin& origin, const media_type& media,
                            const boost::json::object& adapter_part, const case_rules& rules,
                            ruling* decided = nullptr);  // set to what the rules decided, when given

}  // namespace casegw::intake
