// Gateway-assigned case ids: UUIDv7 (RFC 9562), lowercase and hyphenated. Sorting ids as
// text sorts cases by the time the gateway received them, which keeps store indexes and
// admin listings in arrival order.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace casegw::unified_case {

// Produces strictly increasing ids even when the clock stands still or steps back: within
// one millisecond the 74 random bits are advanced by a random step (RFC 9562 §6.2, method 2),
// and a clock that went backwards is ignored until it catches up. Thread-safe.
class case_id_generator {
 public:
  using clock_ms = std::function<std::int64_t()>;

  case_id_generator();                       // the wall clock
  explicit case_id_generator(clock_ms clock);  // tests inject a clock

  std::string next();

 private:
  void start_millisecond(std::int64_t unix_ms);
  void advance_within_millisecond();

  std::mutex mutex_;
  clock_ms clock_;
  std::int64_t unix_ms_ = -1;  // the timestamp of the last id
  std::uint16_t rand_a_ = 0;   // 12 bits
  std::uint64_t rand_b_ = 0;   // 62 bits
};

// The process-wide generator.
std::string new_case_id();

// True for a lowercase hyphenated UUIDv7 with the RFC 9562 variant, as the schema requires.
bool is_case_id(std::string_view text);

}  // namespace casegw::unified_case
