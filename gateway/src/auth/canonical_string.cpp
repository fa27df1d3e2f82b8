#include "auth/canonical_string.hpp"

#include <algorithm>

namespace casegw::auth {
namespace {

constexpr std::size_t min_nonce_length = 8;
constexpr std::size_t max_nonce_length = 128;

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_nonce_character(char c) noexcept {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

}  // namespace

bool timestamp_is_well_formed(std::string_view timestamp) noexcept {
  return (timestamp.size() == 10 || timestamp.size() == 13) &&
         std::all_of(timestamp.begin(), timestamp.end(), is_digit);
}

bool nonce_is_well_formed(std::string_view nonce) noexcept {
  return nonce.size() >= min_nonce_length && nonce.size() <= max_nonce_length &&
         std::all_of(nonce.begin(), nonce.end(), is_nonce_character);
}

std::string canonical_signing_string(std::string_view timestamp, std::string_view nonce,
                                     std::string_view raw_body) {
  std::string out;
  out.reserve(timestamp.size() + nonce.size() + raw_body.size() + 2);
  out.append(timestamp).append(1, '.').append(nonce).append(1, '.').append(raw_body);
  return out;
}

}  // namespace casegw::auth
