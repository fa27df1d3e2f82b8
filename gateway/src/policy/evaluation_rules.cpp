#include "policy/evaluation_rules.hpp"

#include "policy/policy_yaml_mapping.hpp"

#include <stdexcept>

namespace casegw::policy {
namespace {

// A label comes from outside (an adapter, a CLI flag); an error echoes it but never lets an
// oversized one flood a log line.
constexpr std::size_t max_echoed_label_bytes = 64;

std::string echoed_label(std::string_view label) {
  if (label.size() <= max_echoed_label_bytes) return std::string(label);
  std::size_t cut = max_echoed_label_bytes;
  while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return std::string(label.substr(0, cut)) + "…";
}

bool delivered_late(const std::optional<time::instant>& due_at, const std::optional<time::instant>& resolved_at) {
  return due_at && resolved_at && resolved_at->unix_ms > due_at->unix_ms;
}

}  // namespace

std::string_view collector_name(evaluation_collector collector) {
  return collector == evaluation_collector::platform ? "platform" : "channel";
}

std::optional<unified_rating> evaluation_profile::rating_of(std::string_view label) const {
  for (const auto& [known, rating] : labels) {
    if (known == label) return rating;
  }
  return std::nullopt;
}

std::vector<std::string> evaluation_profile::label_names() const {
  std::vector<std::string> names;
  for (const auto& entry : labels) names.push_back(entry.first);
  return names;
}

const evaluation_profile& evaluation_rules::profile_of(std::string_view channel) const {
  const auto found = channel_profiles_.find(channel);
  if (found == channel_profiles_.end()) {
    throw std::out_of_range("channel \"" + std::string(channel) +
                            "\" has no evaluation rules; mapped channels: " + join_names(channels()));
  }
  return found->second;
}

normalized_evaluation evaluation_rules::normalize(std::string_view channel, std::string_view label,
                                                  std::optional<time::instant> due_at,
                                                  std::optional<time::instant> resolved_at) const {
  const evaluation_profile& profile = profile_of(channel);
  const auto rating = profile.rating_of(label);
  if (!rating) {
    throw std::invalid_argument("evaluation label \"" + echoed_label(label) + "\" is not on channel " +
                                std::string(channel) + "'s scale " + profile.scale +
                                "; accepted: " + join_names(profile.label_names()));
  }
  normalized_evaluation result;
  result.collector = collector_name(profile.collector);
  result.scale = profile.scale;
  result.label = std::string(label);
  result.normalized = *rating;
  result.rule = profile.name;
  // 第十三条(四): an unsatisfied rating. Non-answers are recorded but are no grounds on their own.
  if (is_satisfied(*rating) == false) result.follow_up.emplace_back(unsatisfied_rating_signal);
  // 第十三条(二): result not delivered in time — independent of the rating, even if unreachable.
  if (delivered_late(due_at, resolved_at)) result.follow_up.emplace_back(overdue_result_signal);
  return result;
}

std::vector<std::string> evaluation_rules::channels() const {
  std::vector<std::string> names;
  for (const auto& [channel, profile] : channel_profiles_) names.push_back(channel);
  return names;
}

}  // namespace casegw::policy
