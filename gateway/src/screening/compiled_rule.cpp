#include "screening/compiled_rule.hpp"

#include <algorithm>

namespace casegw::screening {
namespace {

std::vector<registered_phrase> register_all(const std::vector<std::string>& phrases, phrase_registry& registry) {
  std::vector<registered_phrase> out;
  for (const auto& phrase : phrases) {
    out.push_back(registered_phrase{registry.id_of(phrase), static_cast<std::uint32_t>(phrase.size()),
                                    count_chars(phrase)});
  }
  return out;
}

bool listed(const std::vector<std::string>& allowed, std::string_view value) noexcept {
  if (allowed.empty()) return true;
  if (value.empty()) return false;
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

bool any_near(const phrase_occurrences& found, const std::vector<registered_phrase>& phrases,
              const phrase_hit& hit, std::uint32_t within) noexcept {
  return std::any_of(phrases.begin(), phrases.end(), [&](const registered_phrase& phrase) {
    return found.near(phrase.id, phrase.chars, hit.begin_char, hit.end_char, within);
  });
}

}  // namespace

std::uint32_t phrase_registry::id_of(const std::string& phrase) {
  const auto [at, added] = ids_.emplace(phrase, static_cast<std::uint32_t>(phrases_.size()));
  if (added) phrases_.push_back(phrase);
  return at->second;
}

compiled_rule::compiled_rule(scope_rule rule, phrase_registry& registry) : rule_(std::move(rule)) {
  terms_ = register_all(rule_.terms, registry);
  std::vector<std::string> plain_unless;
  for (const auto& phrase : rule_.unless) {
    const auto star = phrase.find('*');
    if (star == std::string::npos) {
      plain_unless.push_back(phrase);
    } else {
      framed_unless_.push_back(framed_exception{phrase.substr(0, star), phrase.substr(star + 1)});
    }
  }
  unless_ = register_all(plain_unless, registry);
  near_ = register_all(rule_.near.terms, registry);
  not_near_ = register_all(rule_.not_near.terms, registry);
}

bool compiled_rule::applies_to(const screened_case& fields) const noexcept {
  const auto& when = rule_.when;
  return listed(when.kind, fields.kind) && listed(when.channel, fields.channel) &&
         listed(when.category_code, fields.category_code) && listed(when.domain, fields.domain) &&
         listed(when.handling_class, fields.handling_class);
}

void compiled_rule::match_terms(const phrase_occurrences& found, std::vector<std::string>& matched) const {
  // Most texts hold none of a rule's `near` phrases; then no hit can survive, and a long text
  // full of harmless mentions is not examined hit by hit.
  const auto occurs = [&](const registered_phrase& phrase) { return !found.of(phrase.id).empty(); };
  if (!near_.empty() && std::none_of(near_.begin(), near_.end(), occurs)) return;
  for (std::size_t term = 0; term < terms_.size(); ++term) {
    const auto hits = found.of(terms_[term].id);
    const bool survives = std::any_of(hits.begin(), hits.end(),
                                      [&](const phrase_hit& hit) { return hit_survives(found, hit); });
    if (!survives) continue;
    const std::string& text = rule_.terms[term];
    if (std::find(matched.begin(), matched.end(), text) == matched.end()) matched.push_back(text);
  }
}

bool compiled_rule::hit_survives(const phrase_occurrences& found, const phrase_hit& hit) const noexcept {
  if (cancelled_by_unless(found, hit)) return false;
  if (!near_.empty() && !any_near(found, near_, hit, rule_.near.within)) return false;
  return not_near_.empty() || !any_near(found, not_near_, hit, rule_.not_near.within);
}

bool compiled_rule::cancelled_by_unless(const phrase_occurrences& found, const phrase_hit& hit) const noexcept {
  for (const auto& phrase : unless_) {
    if (found.covers(phrase.id, phrase.bytes, hit.begin_byte, hit.end_byte)) return true;
  }
  const std::string_view text = found.text();
  const std::string_view before = text.substr(0, hit.begin_byte);
  const std::string_view after = text.substr(hit.end_byte);
  return std::any_of(framed_unless_.begin(), framed_unless_.end(), [&](const framed_exception& frame) {
    return before.ends_with(frame.before) && after.starts_with(frame.after);
  });
}

}  // namespace casegw::screening
