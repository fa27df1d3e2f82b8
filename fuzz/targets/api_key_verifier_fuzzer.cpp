// The static API-key check (gateway/src/auth/api_key_verifier.hpp) with an old and a new key.
// Input: the header value presented.
//
// Invariants: accepted exactly when the value is one of the keys, byte for byte (no trimming,
// no case folding, no prefix); empty is AUTH_MALFORMED, absent AUTH_MISSING, anything else
// AUTH_SIGNATURE; messages name the header and never repeat the value.
#include "auth/api_key_verifier.hpp"

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

using namespace casegw;

constexpr std::string_view old_key = "ak-old-6f1c2a9e4b7d";
constexpr std::string_view new_key = "ak-new-0d83e5b1c4f2";

auth::api_key_verifier make_verifier() {
  std::vector<auth::secret> keys;
  keys.emplace_back(std::string(old_key));
  keys.emplace_back(std::string(new_key));
  return auth::api_key_verifier(std::move(keys), "X-Api-Key");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto verifier = make_verifier();
  const std::string_view presented(reinterpret_cast<const char*>(data), size);
  const auto result = verifier.verify(presented);
  const bool is_key = presented == old_key || presented == new_key;
  CASEGW_FUZZ_REQUIRE(result.ok() == is_key, "accepted exactly when the value is a key");
  if (!result.ok()) {
    const auto expected = presented.empty() ? auth::signature_error::malformed : auth::signature_error::signature;
    CASEGW_FUZZ_REQUIRE(result.error() == expected, "empty is malformed, anything else wrong");
    CASEGW_FUZZ_REQUIRE(result.message().find("X-Api-Key") != std::string::npos, "the message names the header");
    std::string wording = result.message();  // what is left besides the header's name
    wording.erase(wording.find("X-Api-Key"), 9);
    CASEGW_FUZZ_REQUIRE(!fuzz::repeats_input(wording, presented, 10), "a refusal repeats the presented key");
  }
  const auto absent = verifier.verify(std::nullopt);
  CASEGW_FUZZ_REQUIRE(!absent.ok() && absent.error() == auth::signature_error::missing, "absent is AUTH_MISSING");
  return 0;
}
