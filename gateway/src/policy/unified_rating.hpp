// The one satisfaction scale every channel's labels map onto, so the workflow compares a 12345
// callback, a 好差评 review and a platform rating on the same terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::policy {

enum class unified_rating {
  very_satisfied,
  satisfied,
  basically_satisfied,
  dissatisfied,
  very_dissatisfied,
  no_answer,    // the reporter declined or did not rate (拒绝评价, 未评价)
  unreachable,  // the survey could not reach the reporter (未接通, 无法联系)
};

std::string_view rating_name(unified_rating rating);
std::optional<unified_rating> rating_named(std::string_view name);
const std::vector<std::string>& rating_names();

// true for the three satisfied levels, false for the two dissatisfied ones, and nullopt for
// non-answers: "no opinion" must never count as either in a satisfaction rate.
std::optional<bool> is_satisfied(unified_rating rating);

}  // namespace casegw::policy
