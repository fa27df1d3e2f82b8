// The occurrences found in one text, grouped by phrase and ordered by position, so a rule can
// ask "where does phrase p occur" and "is there an occurrence of p around here" cheaply.
#pragma once

#include "screening/phrase_index.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace casegw::screening {

class phrase_occurrences {
 public:
  phrase_occurrences(const phrase_index& index, std::string_view text);

  std::string_view text() const noexcept { return text_; }
  std::span<const phrase_hit> of(std::uint32_t phrase) const noexcept;

  // Whether an occurrence of `phrase` covers bytes [begin, end) of the text entirely.
  bool covers(std::uint32_t phrase, std::uint32_t phrase_bytes, std::uint32_t begin, std::uint32_t end) const noexcept;

  // Whether an occurrence of `phrase` lies within `within` characters of the character range
  // [begin, end): overlapping it, or separated from it by at most `within` characters.
  bool near(std::uint32_t phrase, std::uint32_t phrase_chars, std::uint32_t begin, std::uint32_t end,
            std::uint32_t within) const noexcept;

 private:
  std::string_view text_;
  std::vector<phrase_hit> hits_;         // grouped by phrase, each group in text order
  std::vector<std::uint32_t> group_;     // hits of phrase p: hits_[group_[p], group_[p + 1])
};

}  // namespace casegw::screening
