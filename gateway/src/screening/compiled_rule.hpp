// A screening rule ready to run: its phrases replaced by ids in the screener's one phrase
// index, so matching a rule only looks up occurrences already found in the text.
#pragma once

#include "screening/phrase_occurrences.hpp"
#include "screening/scope_rule.hpp"
#include "screening/screened_case.hpp"

#include <map>
#include <string>
#include <vector>

namespace casegw::screening {

// Every distinct phrase of every rule, each with one id.
class phrase_registry {
 public:
  std::uint32_t id_of(const std::string& phrase);
  const std::vector<std::string>& phrases() const noexcept { return phrases_; }

 private:
  std::map<std::string, std::uint32_t> ids_;
  std::vector<std::string> phrases_;
};

struct registered_phrase {
  std::uint32_t id = 0;
  std::uint32_t bytes = 0;
  std::uint32_t chars = 0;
};

// An `unless` entry with "*": the text right before a hit must end with `before` and the text
// right after it must start with `after` ("*门口" cancels 法院 in 法院门口).
struct framed_exception {
  std::string before;
  std::string after;
};

class compiled_rule {
 public:
  compiled_rule(scope_rule rule, phrase_registry& registry);

  const scope_rule& rule() const noexcept { return rule_; }
  bool has_terms() const noexcept { return !terms_.empty(); }
  bool applies_to(const screened_case& fields) const noexcept;

  // Appends each configured term with at least one hit that no `unless`, `near` or `not_near`
  // condition cancels (each term once).
  void match_terms(const phrase_occurrences& found, std::vector<std::string>& matched) const;

 private:
  bool hit_survives(const phrase_occurrences& found, const phrase_hit& hit) const noexcept;
  bool cancelled_by_unless(const phrase_occurrences& found, const phrase_hit& hit) const noexcept;

  scope_rule rule_;
  std::vector<registered_phrase> terms_;
  std::vector<registered_phrase> unless_;
  std::vector<framed_exception> framed_unless_;
  std::vector<registered_phrase> near_;
  std::vector<registered_phrase> not_near_;
};

}  // namespace casegw::screening
