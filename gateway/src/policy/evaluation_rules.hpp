// How each channel's satisfaction labels map to the unified scale, and which results call for
// follow-up supervision, as config/policy/evaluation.yaml says. 第十二条: the platform's own
// cases are rated on the platform; items from 12345 and other channels are rated as the source
// channel requires — so each channel names who collects and on which scale.
#pragma once

#include "policy/normalized_evaluation.hpp"
#include "policy/profile_problem.hpp"
#include "time/rfc3339.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::policy {

enum class evaluation_collector { platform, channel };

// One channel's evaluation setup, resolved from its profile and the profile's scale.
struct evaluation_profile {
  std::string name;  // profile id; appears as evaluation.rule
  evaluation_collector collector = evaluation_collector::platform;
  std::string scale;
  std::vector<std::pair<std::string, unified_rating>> labels;  // in file order

  std::optional<unified_rating> rating_of(std::string_view label) const;
  std::vector<std::string> label_names() const;
};

using channel_evaluation_map = std::map<std::string, evaluation_profile, std::less<>>;

class evaluation_rules {
 public:
  explicit evaluation_rules(channel_evaluation_map channel_profiles) : channel_profiles_(std::move(channel_profiles)) {}

  // Reads and validates the file; `value` is set only when there is no problem at all.
  static policy_load_result<evaluation_rules> load(const std::string& path);

  // Maps the channel's label and raises follow-up signals: "unsatisfied_rating" for the two
  // dissatisfied levels, "overdue_result" when both instants are given and the result came
  // after the due time. Throws std::out_of_range naming the channel when it is not mapped, and
  // std::invalid_argument naming the channel's accepted labels when the label is not one.
  normalized_evaluation normalize(std::string_view channel, std::string_view label,
                                  std::optional<time::instant> due_at = {},
                                  std::optional<time::instant> resolved_at = {}) const;

  const evaluation_profile& profile_of(std::string_view channel) const;
  std::vector<std::string> channels() const;  // sorted

 private:
  channel_evaluation_map channel_profiles_;
};

std::string_view collector_name(evaluation_collector collector);

}  // namespace casegw::policy
