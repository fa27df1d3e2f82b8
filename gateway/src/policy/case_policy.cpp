#include "policy/case_policy.hpp"

#include "policy/deadline_calculator.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

namespace casegw::policy {
namespace {

std::string_view text_of(const boost::json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string_view(value->get_string()) : std::string_view();
}

boost::json::object uncomputed(std::string_view code, const std::string& message) {
  return boost::json::object{{"error", boost::json::object{{"code", code}, {"message", message}}}};
}

}  // namespace

boost::json::object case_policy::groups_for(std::string_view channel_id, const boost::json::object& adapter_part) const {
  return boost::json::object{{"deadlines", deadlines_for(channel_id, adapter_part)},
                             {"evaluation", evaluation_for(channel_id)}};
}

boost::json::object case_policy::deadlines_for(std::string_view channel_id, const boost::json::object& adapter_part) const {
  const auto submitted = time::parse_rfc3339(text_of(adapter_part, "submitted_at"));  // validated before
  const auto& rule = policy_->deadlines.rule_for(channel_id, text_of(adapter_part, "kind"), "");
  try {
    return deadline_calculator(policy_->calendar).compute(rule, *submitted).to_json();
  } catch (const calendar_gap& gap) {
    spdlog::warn("deadlines not computed for a case of channel {}: {}", channel_id, gap.what());
    return uncomputed("CALENDAR_YEAR_MISSING", gap.what());
  }
}

boost::json::object case_policy::evaluation_for(std::string_view channel_id) const {
  const auto& profile = policy_->evaluation.profile_of(channel_id);
  boost::json::array labels;
  for (const auto& label : profile.label_names()) labels.emplace_back(label);
  return boost::json::object{{"collector", collector_name(profile.collector)},
                             {"scale", profile.scale},
                             {"labels", std::move(labels)},
                             {"rule", profile.name}};
}

}  // namespace casegw::policy
