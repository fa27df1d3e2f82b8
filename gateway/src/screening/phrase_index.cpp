#include "screening/phrase_index.hpp"

#include <deque>

namespace casegw::screening {
namespace {

bool starts_a_char(unsigned char byte) noexcept { return (byte & 0xC0) != 0x80; }

}  // namespace

std::uint32_t count_chars(std::string_view text) noexcept {
  std::uint32_t chars = 0;
  for (const char byte : text) chars += starts_a_char(static_cast<unsigned char>(byte)) ? 1 : 0;
  return chars;
}

phrase_index::phrase_index(const std::vector<std::string>& phrases) {
  for (const auto& phrase : phrases) {
    byte_length_.push_back(static_cast<std::uint32_t>(phrase.size()));
    char_length_.push_back(count_chars(phrase));
  }
  assign_byte_classes(phrases);
  std::vector<std::vector<std::uint32_t>> own_outputs;
  build_trie(phrases, own_outputs);
  link_failures(own_outputs);
  encode_rows(own_outputs);
}

void phrase_index::assign_byte_classes(const std::vector<std::string>& phrases) {
  for (const auto& phrase : phrases) {
    for (const char byte : phrase) {
      auto& cls = byte_class_[static_cast<unsigned char>(byte)];
      if (cls == 0) cls = static_cast<std::uint16_t>(class_count_++);
    }
  }
}

void phrase_index::build_trie(const std::vector<std::string>& phrases,
                              std::vector<std::vector<std::uint32_t>>& own_outputs) {
  // 0 doubles as "no child yet": the root is never a child, so no edge can point back to it.
  next_.assign(class_count_, 0);
  own_outputs.assign(1, {});
  for (std::uint32_t id = 0; id < phrases.size(); ++id) {
    std::uint32_t state = 0;
    for (const char byte : phrases[id]) {
      const std::size_t slot = state * class_count_ + byte_class_[static_cast<unsigned char>(byte)];
      if (next_[slot] == 0) {
        next_[slot] = static_cast<std::uint32_t>(own_outputs.size());
        own_outputs.emplace_back();
        next_.resize(next_.size() + class_count_, 0);
      }
      state = next_[slot];
    }
    if (!phrases[id].empty()) own_outputs[state].push_back(id);
  }
}

void phrase_index::link_failures(std::vector<std::vector<std::uint32_t>>& own_outputs) {
  // Breadth-first, turning the trie into a complete automaton: a missing edge takes the
  // failure state's edge, and each state also reports what its failure state reports.
  const std::size_t states = own_outputs.size();
  std::vector<std::uint32_t> failure(states, 0);
  std::deque<std::uint32_t> queue;
  for (std::size_t cls = 0; cls < class_count_; ++cls) {
    if (const auto child = next_[cls]; child != 0) queue.push_back(child);
  }
  std::vector<std::uint32_t> order;
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop_front();
    order.push_back(state);
    for (std::size_t cls = 0; cls < class_count_; ++cls) {
      const std::size_t slot = state * class_count_ + cls;
      const std::uint32_t via_failure = next_[failure[state] * class_count_ + cls];
      if (next_[slot] == 0) {
        next_[slot] = via_failure;
      } else {
        failure[next_[slot]] = via_failure;
        queue.push_back(next_[slot]);
      }
    }
  }
  for (const std::uint32_t state : order) {  // a failure state is shallower, so already complete
    const auto& inherited = own_outputs[failure[state]];
    own_outputs[state].insert(own_outputs[state].end(), inherited.begin(), inherited.end());
  }
  output_offset_.assign(states + 1, 0);
  for (std::size_t state = 0; state < states; ++state) {
    output_offset_[state + 1] = output_offset_[state] + static_cast<std::uint32_t>(own_outputs[state].size());
    outputs_.insert(outputs_.end(), own_outputs[state].begin(), own_outputs[state].end());
  }
}

void phrase_index::encode_rows(const std::vector<std::vector<std::uint32_t>>& outputs) {
  for (auto& target : next_) {
    const std::uint32_t row = target * static_cast<std::uint32_t>(class_count_);
    target = outputs[target].empty() ? row : row | reports_bit;
  }
}

void phrase_index::find_all(std::string_view text, std::vector<phrase_hit>& hits) const {
  const std::uint32_t* const next = next_.data();
  const std::uint16_t* const byte_class = byte_class_.data();
  const auto row_count = static_cast<std::uint32_t>(class_count_);
  std::uint32_t row = 0;
  std::uint32_t chars = 0;
  const auto size = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t at = 0; at < size; ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    chars += starts_a_char(byte) ? 1 : 0;
    const std::uint32_t entry = next[row + byte_class[byte]];
    row = entry & ~reports_bit;
    if ((entry & reports_bit) == 0) continue;
    const std::uint32_t state = row / row_count;
    for (std::uint32_t out = output_offset_[state]; out < output_offset_[state + 1]; ++out) {
      const std::uint32_t id = outputs_[out];
      hits.push_back(phrase_hit{id, at + 1 - byte_length_[id], at + 1, chars - char_length_[id], chars});
    }
  }
}

}  // namespace casegw::screening
