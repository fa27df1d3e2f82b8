// Applies the policy to one validated case: its deadlines (per its channel's profile, on the
// working-day calendar) and who evaluates it on which scale. The result is the unified case's
// `deadlines` and `evaluation` groups.
#pragma once

#include "policy/policy_set.hpp"

#include <boost/json/object.hpp>

#include <memory>
#include <string_view>

namespace casegw::policy {

class case_policy {
 public:
  explicit case_policy(std::shared_ptr<const policy_set> policy) : policy_(std::move(policy)) {}

  // Never throws for a missing calendar year: a case must not be refused because the
  // operator has not yet added next year's arrangement. Its `deadlines` then says why no date
  // was computed (code CALENDAR_YEAR_MISSING, naming the year), so the workflow and the
  // operator see it, and nothing is guessed.
  boost::json::object groups_for(std::string_view channel_id, const boost::json::object& adapter_part) const;

  // The calendar, profiles and rules in force (for /readyz and the calendar metric).
  const std::shared_ptr<const policy_set>& in_force() const noexcept { return policy_; }

 private:
  boost::json::object deadlines_for(std::string_view channel_id, const boost::json::object& adapter_part) const;
  boost::json::object evaluation_for(std::string_view channel_id) const;

  std::shared_ptr<const policy_set> policy_;
};

}  // namespace casegw::policy
