#include "unified_case/case_id.hpp"

#include "crypto/random.hpp"
#include "time/rfc3339.hpp"

#include <array>

namespace casegw::unified_case {
namespace {

constexpr std::uint16_t rand_a_mask = 0x0FFF;
constexpr std::uint64_t rand_b_mask = (std::uint64_t{1} << 62) - 1;
constexpr std::int64_t max_unix_ms = (std::int64_t{1} << 48) - 1;

std::uint64_t random_u64() {
  std::array<unsigned char, 8> bytes{};
  crypto::random_bytes(bytes);
  std::uint64_t value = 0;
  for (const unsigned char b : bytes) value = value << 8 | b;
  return value;
}

std::string format_uuid(const std::array<unsigned char, 16>& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 0x0F];
  }
  return out;
}

}  // namespace

case_id_generator::case_id_generator() : case_id_generator(time::now_unix_ms) {}

case_id_generator::case_id_generator(clock_ms clock) : clock_(std::move(clock)) {}

void case_id_generator::start_millisecond(std::int64_t unix_ms) {
  unix_ms_ = unix_ms;
  const std::uint64_t bits = random_u64();
  // The top bit of rand_a starts clear so at least 2^73 ids fit in one millisecond.
  rand_a_ = static_cast<std::uint16_t>(bits >> 52) & (rand_a_mask >> 1);
  rand_b_ = random_u64() & rand_b_mask;
}

void case_id_generator::advance_within_millisecond() {
  // A random step (1..2^32) keeps consecutive ids from being guessable from one another.
  const std::uint64_t step = (random_u64() & 0xFFFF'FFFF) + 1;
  rand_b_ += step;
  if (rand_b_ <= rand_b_mask) return;
  rand_b_ &= rand_b_mask;
  if (++rand_a_ <= rand_a_mask) return;
  // The millisecond is exhausted: borrow the next one rather than repeat or go backwards.
  start_millisecond(unix_ms_ + 1);
}

std::string case_id_generator::next() {
  const std::int64_t now = clock_();
  std::lock_guard lock(mutex_);
  if (now > unix_ms_) {
    start_millisecond(now);
  } else {
    advance_within_millisecond();
  }
  const auto ms = static_cast<std::uint64_t>(unix_ms_ & max_unix_ms);
  std::array<unsigned char, 16> bytes{};
  for (int i = 0; i < 6; ++i) bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
  bytes[6] = static_cast<unsigned char>(0x70 | (rand_a_ >> 8));  // version 7
  bytes[7] = static_cast<unsigned char>(rand_a_);
  bytes[8] = static_cast<unsigned char>(0x80 | (rand_b_ >> 56));  // variant 10xx
  for (int i = 9; i < 16; ++i) bytes[i] = static_cast<unsigned char>(rand_b_ >> (8 * (15 - i)));
  return format_uuid(bytes);
}

std::string new_case_id() {
  static case_id_generator generator;
  return generator.next();
}

bool is_case_id(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  const char variant = text[19];
  return text[14] == '7' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

}  // namespace casegw::unified_case
