#include "intake/case_assembly.hpp"

#include "crypto/sha256.hpp"
#include "time/rfc3339.hpp"
#include "unified_case/case_assembler.hpp"
#include "unified_case/case_id.hpp"
#include "unified_case/fingerprint.hpp"

#include <algorithm>

namespace casegw::intake {

store::new_case to_new_case(const channel& ch, const case_origin& origin, const media_type& media,
                            const boost::json::object& adapter_part, const case_rules& rules, ruling* decided) {
  store::new_case c;
  c.case_id = unified_case::new_case_id();
  c.channel_id = ch.id;
  c.case_ref = adapter_part.at("channel").as_object().at("case_ref").as_string().c_str();
  c.fingerprint = unified_case::fingerprint(adapter_part);
  c.received_at_ms = origin.received_at_ms;
  c.raw_content_type = std::string(origin.content_type);
  c.raw_charset = media.charset.empty() ? "utf-8" : media.charset;
  c.raw_sha256 = crypto::sha256_hex(origin.body);
  c.raw_body = std::string(origin.body);
  auto ruled = rules.apply(ch.id, adapter_part);
  c.destinations = std::move(ruled.destinations);
  for (const auto& extra : ch.destinations)
    if (std::find(c.destinations.begin(), c.destinations.end(), extra) == c.destinations.end())
      c.destinations.push_back(extra);
  c.request_id = std::string(origin.request_id);

  unified_case::gateway_facts facts;
  facts.case_id = c.case_id;
  facts.channel_id = ch.id;
  facts.received_at = time::format_rfc3339(origin.received_at_ms);
  facts.content_type = c.raw_content_type;
  facts.media_type = media.type;
  facts.charset = c.raw_charset;
  facts.raw_sha256 = c.raw_sha256;
  facts.raw_size = origin.body.size();
  facts.policy_groups = std::move(ruled.groups);
  c.ruling = ruled.decided.trail_note();
  if (decided != nullptr) *decided = std::move(ruled.decided);
  c.case_json = unified_case::assemble_case(adapter_part, facts);
  return c;
}

}  // namespace casegw::intake
