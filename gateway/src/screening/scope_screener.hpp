// Screens a case against the ordered rules of config/policy/scope.yaml: the first rule that
// matches decides, no match means in scope. The result is recorded on the case for routes and
// people to act on; the gateway never drops or rejects a case because of it.
#pragma once

#include "screening/compiled_rule.hpp"
#include "screening/phrase_index.hpp"
#include "screening/scope_assessment.hpp"
#include "screening/scope_rule.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstddef>
#include <vector>

namespace casegw::screening {

class scope_screener {  // immutable, thread-safe const members
 public:
  explicit scope_screener(std::vector<scope_rule> rules);

  // Reads title, content, kind, channel.id, category.code, domain, handling.class of a unified
  // case (or adapter output — same field names). Never throws on odd input.
  scope_assessment assess(const boost::json::object& unified_case) const;
  std::size_t rule_count() const noexcept { return rules_.size(); }
  // For the admin API: each rule's id, exclusion code, referral, urgency and term counts.
  boost::json::array rules_json() const;

 private:
  std::vector<compiled_rule> rules_;
  phrase_index index_;
};

}  // namespace casegw::screening
