#include "screening/phrase_occurrences.hpp"

#include <algorithm>

namespace casegw::screening {

phrase_occurrences::phrase_occurrences(const phrase_index& index, std::string_view text) : text_(text) {
  std::vector<phrase_hit> found;
  index.find_all(text, found);
  // A counting sort by phrase keeps each group in the order found, which is text order since
  // all occurrences of one phrase have the same length.
  group_.assign(index.size() + 1, 0);
  for (const auto& hit : found) ++group_[hit.phrase + 1];
  for (std::size_t phrase = 0; phrase < index.size(); ++phrase) group_[phrase + 1] += group_[phrase];
  hits_.resize(found.size());
  std::vector<std::uint32_t> fill(group_.begin(), group_.end() - 1);
  for (const auto& hit : found) hits_[fill[hit.phrase]++] = hit;
}

std::span<const phrase_hit> phrase_occurrences::of(std::uint32_t phrase) const noexcept {
  if (phrase + 1 >= group_.size()) return {};
  return std::span<const phrase_hit>(hits_).subspan(group_[phrase], group_[phrase + 1] - group_[phrase]);
}

bool phrase_occurrences::covers(std::uint32_t phrase, std::uint32_t phrase_bytes, std::uint32_t begin,
                                std::uint32_t end) const noexcept {
  if (phrase_bytes < end - begin) return false;
  // The first occurrence starting at or after end - phrase_bytes is the only candidate: any
  // earlier one ends before `end`, any later one starts later still.
  const std::uint32_t earliest = end - phrase_bytes;
  const auto hits = of(phrase);
  const auto candidate = std::lower_bound(hits.begin(), hits.end(), earliest,
                                          [](const phrase_hit& hit, std::uint32_t at) { return hit.begin_byte < at; });
  return candidate != hits.end() && candidate->begin_byte <= begin;
}

bool phrase_occurrences::near(std::uint32_t phrase, std::uint32_t phrase_chars, std::uint32_t begin,
                              std::uint32_t end, std::uint32_t within) const noexcept {
  // Occurrences starting from (begin - within - phrase_chars) end no earlier than begin - within.
  const std::uint32_t reach = within + phrase_chars;
  const std::uint32_t earliest = begin > reach ? begin - reach : 0;
  const auto hits = of(phrase);
  const auto candidate = std::lower_bound(hits.begin(), hits.end(), earliest,
                                          [](const phrase_hit& hit, std::uint32_t at) { return hit.begin_char < at; });
  return candidate != hits.end() && candidate->begin_char <= end + within;
}

}  // namespace casegw::screening
