// Finds every occurrence of a fixed set of phrases in a UTF-8 text in one pass (Aho–Corasick
// over bytes). Screening asks "where does any of a few hundred phrases occur" of texts up to
// 20 000 characters; searching for each phrase separately would read the text hundreds of times.
// Chinese has no word boundaries, so matching is plain substring matching on exact bytes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::screening {

// One occurrence. Positions are byte offsets (to compare text around the hit) and code-point
// offsets (distances in `near` are counted in characters, as an operator reads the text).
struct phrase_hit {
  std::uint32_t phrase = 0;      // index into the phrases the index was built from
  std::uint32_t begin_byte = 0;  // [begin, end)
  std::uint32_t end_byte = 0;
  std::uint32_t begin_char = 0;
  std::uint32_t end_char = 0;
};

class phrase_index {
 public:
  // Phrases must be non-empty; duplicates are allowed (each id reports its own hits).
  explicit phrase_index(const std::vector<std::string>& phrases);

  std::size_t size() const noexcept { return byte_length_.size(); }

  // Appends every occurrence, overlapping ones included, ordered by end position.
  void find_all(std::string_view text, std::vector<phrase_hit>& hits) const;

 private:
  void assign_byte_classes(const std::vector<std::string>& phrases);
  void build_trie(const std::vector<std::string>& phrases, std::vector<std::vector<std::uint32_t>>& own_outputs);
  void link_failures(std::vector<std::vector<std::uint32_t>>& own_outputs);
  void encode_rows(const std::vector<std::vector<std::uint32_t>>& outputs);

  // Bytes that occur in no phrase share class 0, which keeps the transition table small.
  std::array<std::uint16_t, 256> byte_class_{};
  std::size_t class_count_ = 1;
  // [row + class] -> the next state's row (state * class_count_), with reports_bit set when
  // some phrase ends in that state. Rows rather than state numbers keep a multiplication off
  // the one dependency chain of the scan, which is what bounds its speed.
  std::vector<std::uint32_t> next_;
  static constexpr std::uint32_t reports_bit = 0x80000000u;
  std::vector<std::uint32_t> output_offset_;  // phrases ending at state s: outputs_[offset[s], offset[s+1])
  std::vector<std::uint32_t> outputs_;
  std::vector<std::uint32_t> byte_length_;
  std::vector<std::uint32_t> char_length_;
};

// Code points in a UTF-8 text (bytes that are not continuation bytes).
std::uint32_t count_chars(std::string_view text) noexcept;

}  // namespace casegw::screening
