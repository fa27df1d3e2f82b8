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

const boost::json::object* handling_of(const boost::json::object& adapter_part) {
  const auto* value = adapter_part.if_contains("handling");
  return value != nullptr && value->is_object() ? &value->get_object() : nullptr;
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
  // Every field was validated before: the times parse, the kind and class are known words.
  const auto submitted = time::parse_rfc3339(text_of(adapter_part, "submitted_at"));
  const auto* handling = handling_of(adapter_part);
  case_facts facts{text_of(adapter_part, "kind"), handling ? text_of(*handling, "class") : std::string_view(), false};
  std::optional<time::instant> assigned_due;
  if (handling != nullptr) {
    if (const auto* urgent = handling->if_contains("urgent"); urgent && urgent->is_bool()) facts.urgent = urgent->get_bool();
    if (const auto due = text_of(*handling, "assigned_due_at"); !due.empty()) assigned_due = time::parse_rfc3339(due);
  }
  const auto& rule = policy_->deadlines.rule_for(channel_id, facts);
  try {
    return deadline_calculator(policy_->calendar).compute(rule, *submitted, assigned_due).to_json();
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
