// One evaluation as the unified case carries it (`evaluation` group): the channel's own label,
// its place on the unified scale, and the follow-up signals of 第十三条 that the workflow acts on
// (重点督办或退回重办).
#pragma once

#include "policy/unified_rating.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::policy {

// Follow-up signals (values of `follow_up[]`).
inline constexpr std::string_view unsatisfied_rating_signal = "unsatisfied_rating";  // 第十三条(四)
inline constexpr std::string_view overdue_result_signal = "overdue_result";          // 第十三条(二)
// What 第十三条 prescribes when any signal is raised: 重点督办或退回重办.
inline constexpr std::string_view supervise_or_return_action = "supervise_or_return";

struct normalized_evaluation {
  std::string collector;  // "platform" or "channel": who ran the satisfaction survey
  std::string scale;      // the channel's scale id, e.g. "haochaping_5"
  std::string label;      // the label as the channel sent it, e.g. "不满意"
  unified_rating normalized = unified_rating::no_answer;
  std::vector<std::string> follow_up;
  std::string rule;       // the evaluation profile that mapped it, e.g. "hotline_12345_callback"

  std::optional<bool> satisfied() const { return is_satisfied(normalized); }
  bool needs_follow_up() const { return !follow_up.empty(); }

  // {collector, scale, label, normalized, satisfied (bool|null), follow_up[], action
  //  ("supervise_or_return"|null), rule}
  boost::json::object to_json() const;
};

}  // namespace casegw::policy
