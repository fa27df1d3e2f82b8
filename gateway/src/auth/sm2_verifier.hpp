// Verifies an SM2 signature (with SM3, GM/T 0003 / GB/T 32918) over the canonical bytes.
//
// The distinguishing ID is part of what is signed (it enters the Z value), so signer and
// verifier must use the same one. GM/T 0009 defaults to "1234567812345678"; OpenSSL 3.0 uses
// an EMPTY ID unless told otherwise, and 4.0 changes its default. We therefore always set the
// ID explicitly, default GM/T, configurable per channel (empty allowed).
#pragma once

#include "auth/signature_verifier.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace casegw::auth {

inline constexpr std::string_view gmt_default_distinguishing_id = "1234567812345678";

class sm2_verifier final : public signature_verifier {
 public:
  // public_key_pem: "-----BEGIN PUBLIC KEY-----" SubjectPublicKeyInfo of an SM2 key. Throws
  // std::invalid_argument when it does not load or is not an SM2 key.
  explicit sm2_verifier(std::string_view public_key_pem,
                        std::string distinguishing_id = std::string(gmt_default_distinguishing_id));
  ~sm2_verifier() override;
  sm2_verifier(sm2_verifier&&) noexcept;
  sm2_verifier& operator=(sm2_verifier&&) noexcept;

  // Accepts DER or raw r||s signatures, each as hex or base64, in the usual header entries.
  verify_result verify(std::string_view signed_bytes, std::string_view signature_header_value) const override;

  const std::string& distinguishing_id() const noexcept { return distinguishing_id_; }

 private:
  bool signature_matches(std::string_view signed_bytes, std::string_view der_signature) const;

  struct public_key;  // keeps OpenSSL types out of this header
  std::unique_ptr<public_key> key_;
  std::string distinguishing_id_;
};

}  // namespace casegw::auth
