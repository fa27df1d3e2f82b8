// Test-only SM2 signer: generates a key pair and signs with a chosen distinguishing ID, the
// way a channel's SDK would, so the verifier is tested against real OpenSSL signatures.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace casegw::auth::testing {

class sm2_test_key {
 public:
  sm2_test_key();  // a fresh SM2 key pair (EVP_PKEY_Q_keygen "SM2")
  ~sm2_test_key();

  std::string public_key_pem() const;
  // DER signature with SM3 over message, using the given distinguishing ID (set explicitly,
  // even when empty).
  std::string sign_der(std::string_view message, std::string_view distinguishing_id) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// A non-SM2 key (P-256) in PEM, to check that the verifier refuses it.
std::string p256_public_key_pem();

}  // namespace casegw::auth::testing
