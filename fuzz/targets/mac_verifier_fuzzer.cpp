// The HMAC-SHA256 and HMAC-SM3 webhook verifiers (gateway/src/auth/mac_verifier.hpp), each with
// two secrets as during a key rotation. Input: support/auth_input.hpp.
//
// Invariants:
//   - the header as fuzzed is accepted only when it carries, in hex or base64, the MAC of the
//     signed bytes under one of the secrets (a random signature is never accepted);
//   - a refusal is AUTH_MALFORMED or AUTH_SIGNATURE with a message that repeats neither input;
//   - the real MAC is accepted as v1 hex, uppercase hex, bare base64 and after the fuzzed
//     entries (any entry may match, up to eight); one flipped bit is AUTH_SIGNATURE.
#include "auth/mac_verifier.hpp"
#include "auth/signature_encoding.hpp"

#include "auth_input.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace {

using namespace casegw;

constexpr std::string_view old_secret = "fuzz-secret-old-0123456789abcdef";
constexpr std::string_view new_secret = "fuzz-secret-new-fedcba9876543210";

auth::mac_verifier make_verifier(auth::mac_algorithm algorithm) {
  std::vector<auth::secret> secrets;
  secrets.emplace_back(std::string(old_secret));
  secrets.emplace_back(std::string(new_secret));
  return auth::mac_verifier(algorithm, std::move(secrets));
}

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

bool carries(std::string_view header, const std::string& mac) {
  const std::string hex = fuzz::hex_of(mac);
  const std::string base64 = auth::encode_base64(mac);
  return fuzz::lowercase(header).find(hex) != std::string_view::npos ||
         header.find(base64.substr(0, base64.find('='))) != std::string_view::npos;
}

void check(const auth::mac_verifier& verifier, const fuzz::signed_request& request) {
  const std::string old_mac = auth::compute_mac(verifier.algorithm(), old_secret, request.bytes);
  const std::string new_mac = auth::compute_mac(verifier.algorithm(), new_secret, request.bytes);

  const auto fuzzed = verifier.verify(request.bytes, request.header);
  if (fuzzed.ok()) {
    CASEGW_FUZZ_REQUIRE(carries(request.header, old_mac) || carries(request.header, new_mac),
                        "a signature header without the MAC is accepted");
  } else {
    fuzz::check_signature_refusal(fuzzed, request);
  }

  CASEGW_FUZZ_REQUIRE(verifier.verify(request.bytes, "v1," + fuzz::hex_of(new_mac)).ok(), "the new key's MAC (hex) is accepted");
  CASEGW_FUZZ_REQUIRE(verifier.verify(request.bytes, "v1," + upper(fuzz::hex_of(old_mac))).ok(), "the old key's MAC (HEX) is accepted");
  CASEGW_FUZZ_REQUIRE(verifier.verify(request.bytes, auth::encode_base64(new_mac)).ok(), "a bare base64 MAC is accepted");
  if (fuzz::header_entries(request.header) < auth::max_signature_entries) {
    const std::string rotated = std::string(request.header) + " v1," + fuzz::hex_of(new_mac);
    CASEGW_FUZZ_REQUIRE(verifier.verify(request.bytes, rotated).ok(), "the MAC after other entries is accepted");
  }
  std::string flipped = new_mac;
  flipped[request.bytes.size() % flipped.size()] ^= 0x01;
  const auto forged = verifier.verify(request.bytes, "v1," + fuzz::hex_of(flipped));
  CASEGW_FUZZ_REQUIRE(!forged.ok() && forged.error() == auth::signature_error::signature, "one flipped bit is AUTH_SIGNATURE");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto sha256 = make_verifier(auth::mac_algorithm::hmac_sha256);
  static const auto sm3 = make_verifier(auth::mac_algorithm::hmac_sm3);
  const auto request = fuzz::split_signed_request(data, size);
  check(sha256, request);
  check(sm3, request);
  return 0;
}
