// What every fuzz target checks besides "no crash": a failed invariant aborts with a one-line
// reason, which libFuzzer reports as a crash (and saves the input) and the corpus replay as a
// failed test. The reasons name the rule, never the input: a corpus may hold case text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>

namespace casegw::fuzz {

[[noreturn]] inline void invariant_failed(const char* rule, const char* file, int line) {
  std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", rule, file, line);
  std::fflush(stderr);
  std::abort();
}

#define CASEGW_FUZZ_REQUIRE(condition, rule) \
  ((condition) ? static_cast<void>(0) : ::casegw::fuzz::invariant_failed(rule, __FILE__, __LINE__))

// ASCII lowercase, for header names and media types.
inline std::string lowercase(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// UPPER_SNAKE: [A-Z][A-Z0-9]* words joined by single underscores, as every error code is.
inline bool is_upper_snake(std::string_view code) noexcept {
  if (code.empty() || code.front() < 'A' || code.front() > 'Z' || code.back() == '_') return false;
  char previous = '\0';
  for (const char c : code) {
    const bool word = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!word && !(c == '_' && previous != '_')) return false;
    previous = c;
  }
  return true;
}

// Well-formed UTF-8 per Unicode table 3-7 (no overlongs, no surrogates, nothing past U+10FFFF),
// written independently of the gateway's and the SDK's validators so that it can judge them.
inline bool is_well_formed_utf8(std::string_view text) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  auto in = [](unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; };
  while (p < end) {
    const unsigned char b = *p;
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (b < 0x80) length = 1;
    else if (in(b, 0xC2, 0xDF)) length = 2;
    else if (b == 0xE0) length = 3, lo = 0xA0;
    else if (in(b, 0xE1, 0xEC) || in(b, 0xEE, 0xEF)) length = 3;
    else if (b == 0xED) length = 3, hi = 0x9F;
    else if (b == 0xF0) length = 4, lo = 0x90;
    else if (in(b, 0xF1, 0xF3)) length = 4;
    else if (b == 0xF4) length = 4, hi = 0x8F;
    else return false;
    if (static_cast<std::size_t>(end - p) < length) return false;
    if (length > 1 && !in(p[1], lo, hi)) return false;
    for (std::size_t k = 2; k < length; ++k)
      if (!in(p[k], 0x80, 0xBF)) return false;
    p += length;
  }
  return true;
}

// Does `text` (an error message, a log line) repeat a run of `run` bytes of `input` for which
// `counts(window)` holds? Rabin-Karp over both, linear in their sizes, so a long body costs no
// more than reading it.
inline bool repeats_input(std::string_view text, std::string_view input, std::size_t run = 16,
                          bool (*counts)(std::string_view) = nullptr) {
  if (text.size() < run || input.size() < run) return false;
  constexpr std::uint64_t base = 1099511628211ull;
  std::uint64_t top = 1;
  for (std::size_t i = 1; i < run; ++i) top *= base;
  auto hashes = [&](std::string_view s, auto&& each) {
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (i >= run) h -= top * static_cast<unsigned char>(s[i - run]);
      h = h * base + static_cast<unsigned char>(s[i]);
      if (i + 1 >= run && each(h, i + 1 - run)) return true;
    }
    return false;
  };
  std::unordered_set<std::uint64_t> windows;
  hashes(text, [&](std::uint64_t h, std::size_t) { return windows.insert(h), false; });
  return hashes(input, [&](std::uint64_t h, std::size_t at) {
    const std::string_view window = input.substr(at, run);
    return windows.count(h) != 0 && (counts == nullptr || counts(window)) && text.find(window) != std::string_view::npos;
  });
}

// Does `text` echo case data from `input`: three CJK characters or more (a name, an address, a
// sentence of the complaint: any 9-byte run with a non-ASCII byte), eleven digits (a phone or
// ID number), or 32 bytes of anything? Shorter ASCII runs are not counted: messages may
// legitimately quote their own examples ("must look like 2026-11-20T09:30:00+08:00") and field
// names, which a body of the same channel contains too.
inline bool echoes_case_data(std::string_view text, std::string_view input) {
  constexpr auto non_ascii = [](std::string_view w) {
    for (const char c : w)
      if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
  };
  constexpr auto digits = [](std::string_view w) {
    for (const char c : w)
      if (c < '0' || c > '9') return false;
    return true;
  };
  return repeats_input(text, input, 9, +non_ascii) || repeats_input(text, input, 11, +digits) || repeats_input(text, input, 32);
}

}  // namespace casegw::fuzz
