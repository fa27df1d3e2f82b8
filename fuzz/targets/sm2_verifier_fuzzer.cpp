// The SM2 (with SM3) webhook verifier (gateway/src/auth/sm2_verifier.hpp), keyed with a pair
// generated at start (tests/unit/auth/sm2_test_keys.hpp), so no input can carry a valid
// signature except the ones this target makes. Input: support/auth_input.hpp.
//
// Invariants:
//   - the header as fuzzed is never accepted (DER or r||s, hex or base64, any entry);
//   - a refusal is AUTH_MALFORMED or AUTH_SIGNATURE with a message that repeats neither input;
//   - a real signature over the signed bytes is accepted as DER hex, DER base64 and r||s hex,
//     also after the fuzzed entries; one signed with another distinguishing ID is refused.
#include "auth/signature_encoding.hpp"
#include "auth/sm2_signature_format.hpp"
#include "auth/sm2_verifier.hpp"
#include "sm2_test_keys.hpp"

#include "auth_input.hpp"

#include <string>

namespace {

using namespace casegw;

struct keyed_verifier {
  auth::testing::sm2_test_key key;
  auth::sm2_verifier verifier{key.public_key_pem()};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const keyed_verifier keyed;
  const auto request = fuzz::split_signed_request(data, size);

  const auto fuzzed = keyed.verifier.verify(request.bytes, request.header);
  CASEGW_FUZZ_REQUIRE(!fuzzed.ok(), "a signature this target did not make is accepted");
  fuzz::check_signature_refusal(fuzzed, request);

  const std::string der = keyed.key.sign_der(request.bytes, auth::gmt_default_distinguishing_id);
  const auto raw = auth::sm2_signature_to_raw(der);
  CASEGW_FUZZ_REQUIRE(raw && raw->size() == auth::sm2_raw_signature_size, "an OpenSSL signature converts to r||s");
  CASEGW_FUZZ_REQUIRE(keyed.verifier.verify(request.bytes, "v1," + fuzz::hex_of(der)).ok(), "a DER signature (hex) is accepted");
  CASEGW_FUZZ_REQUIRE(keyed.verifier.verify(request.bytes, auth::encode_base64(der)).ok(), "a DER signature (base64) is accepted");
  CASEGW_FUZZ_REQUIRE(keyed.verifier.verify(request.bytes, "v1," + fuzz::hex_of(*raw)).ok(), "an r||s signature (hex) is accepted");
  if (fuzz::header_entries(request.header) < auth::max_signature_entries) {
    const std::string rotated = std::string(request.header) + " v1," + fuzz::hex_of(der);
    CASEGW_FUZZ_REQUIRE(keyed.verifier.verify(request.bytes, rotated).ok(), "a signature after other entries is accepted");
  }
  const auto other_id = keyed.verifier.verify(request.bytes, "v1," + fuzz::hex_of(keyed.key.sign_der(request.bytes, "")));
  CASEGW_FUZZ_REQUIRE(!other_id.ok() && other_id.error() == auth::signature_error::signature,
                      "a signature made with another distinguishing ID is AUTH_SIGNATURE");
  return 0;
}
