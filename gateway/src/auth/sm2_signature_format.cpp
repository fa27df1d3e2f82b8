#include "auth/sm2_signature_format.hpp"

#include "auth/detail/openssl_handles.hpp"

#include <openssl/ecdsa.h>

namespace casegw::auth {
namespace {

constexpr int sm2_scalar_size = 32;

const unsigned char* as_bytes(std::string_view text) noexcept {
  return reinterpret_cast<const unsigned char*>(text.data());
}

std::optional<std::string> encode_der(const ECDSA_SIG* signature) {
  const int length = i2d_ECDSA_SIG(signature, nullptr);
  if (length <= 0) return std::nullopt;
  std::string der(static_cast<std::size_t>(length), '\0');
  auto* cursor = reinterpret_cast<unsigned char*>(der.data());
  if (i2d_ECDSA_SIG(signature, &cursor) != length) return std::nullopt;
  return der;
}

// Parses DER and insists the bytes are exactly the canonical encoding: trailing bytes or a
// non-minimal integer would otherwise give one signature several accepted spellings.
detail::ecdsa_sig_ptr parse_strict_der(std::string_view der) {
  const unsigned char* cursor = as_bytes(der);
  detail::ecdsa_sig_ptr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
  if (!signature || cursor != as_bytes(der) + der.size()) return nullptr;
  const auto reencoded = encode_der(signature.get());
  if (!reencoded || *reencoded != der) return nullptr;
  return signature;
}

std::optional<std::string> raw_to_der(std::string_view raw) {
  detail::bignum_ptr r(BN_bin2bn(as_bytes(raw), sm2_scalar_size, nullptr));
  detail::bignum_ptr s(BN_bin2bn(as_bytes(raw) + sm2_scalar_size, sm2_scalar_size, nullptr));
  detail::ecdsa_sig_ptr signature(ECDSA_SIG_new());
  if (!r || !s || !signature) return std::nullopt;
  if (ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1) return std::nullopt;
  r.release();  // owned by the signature from here on
  s.release();
  return encode_der(signature.get());
}

}  // namespace

std::optional<std::string> sm2_signature_to_der(std::string_view decoded) {
  if (!decoded.empty() && decoded.front() == 0x30 && parse_strict_der(decoded)) return std::string(decoded);
  if (decoded.size() == sm2_raw_signature_size) return raw_to_der(decoded);
  return std::nullopt;
}

std::optional<std::string> sm2_signature_to_raw(std::string_view der) {
  const auto signature = parse_strict_der(der);
  if (!signature) return std::nullopt;
  std::string raw(sm2_raw_signature_size, '\0');
  auto* out = reinterpret_cast<unsigned char*>(raw.data());
  if (BN_bn2binpad(ECDSA_SIG_get0_r(signature.get()), out, sm2_scalar_size) != sm2_scalar_size ||
      BN_bn2binpad(ECDSA_SIG_get0_s(signature.get()), out + sm2_scalar_size, sm2_scalar_size) != sm2_scalar_size) {
    return std::nullopt;
  }
  return raw;
}

}  // namespace casegw::auth
