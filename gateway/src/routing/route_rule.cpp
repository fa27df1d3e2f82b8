#include "routing/route_rule.hpp"

#include "config/load_context.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::routing {
namespace {

// ASCII letters compared without case ("APP" in a title meets keyword "app"); Chinese text is
// compared as it is.
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool meets(match_test test, const std::string& value, const std::string& wanted) {
  switch (test) {
    case match_test::equals: return value == wanted;
    case match_test::starts_with: return value.starts_with(wanted);
    case match_test::contains: return ascii_lower(value).find(ascii_lower(wanted)) != std::string::npos;
  }
  return false;
}

std::string why_unmet(const match_condition& condition, const std::string& value) {
  // Appended piece by piece: chained `+` on strings trips GCC 12's -Wrestrict false positive.
  std::string out(condition.key->fact_name);
  // Titles are case text (SPEC: no case text in logs or explanations): say only that no keyword was found.
  if (condition.key->test == match_test::contains) {
    out += " contains none of [";
  } else {
    out += " is ";
    out += value.empty() ? std::string("absent") : value;
    out += condition.key->test == match_test::starts_with ? ", rule wants a prefix of [" : ", rule wants [";
  }
  out += config::join_names(condition.wanted);
  out += ']';
  return out;
}

}  // namespace

std::string_view to_string(route_direction direction) noexcept {
  return direction == route_direction::top_down ? "top_down" : "bottom_up";
}

std::string unmet_conditions(const route_rule& rule, const case_facts& facts) {
  std::string out;
  for (const auto& condition : rule.conditions) {
    const std::string& value = facts[condition.key->fact];
    const bool met = !value.empty() && std::any_of(condition.wanted.begin(), condition.wanted.end(),
                                                   [&](const std::string& w) { return meets(condition.key->test, value, w); });
    if (met) continue;
    if (!out.empty()) out += "; ";
    out += why_unmet(condition, value);
  }
  return out;
}

}  // namespace casegw::routing
