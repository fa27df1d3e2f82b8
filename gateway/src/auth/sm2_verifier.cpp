#include "auth/sm2_verifier.hpp"

#include "auth/candidate_matching.hpp"
#include "auth/detail/openssl_handles.hpp"
#include "auth/sm2_signature_format.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <climits>
#include <stdexcept>
#include <string>

namespace casegw::auth {

struct sm2_verifier::public_key {
  detail::evp_pkey_ptr pkey;
};

namespace {

detail::evp_pkey_ptr load_public_key(std::string_view pem) {
  if (pem.size() > INT_MAX) return nullptr;
  detail::bio_ptr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) return nullptr;
  return detail::evp_pkey_ptr(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

// Setup failures are faults of the OpenSSL build or memory, never a verdict on the request.
[[noreturn]] void fail_setup(const char* what) {
  ERR_clear_error();
  throw std::runtime_error(std::string("sm2_verifier: ") + what);
}

}  // namespace

sm2_verifier::sm2_verifier(std::string_view public_key_pem, std::string distinguishing_id)
    : key_(std::make_unique<public_key>()), distinguishing_id_(std::move(distinguishing_id)) {
  key_->pkey = load_public_key(public_key_pem);
  ERR_clear_error();  // a failed load leaves reasons on the thread's queue; we report our own
  if (!key_->pkey) throw std::invalid_argument("sm2_verifier: the public key PEM does not load");
  if (EVP_PKEY_is_a(key_->pkey.get(), "SM2") != 1) {
    throw std::invalid_argument("sm2_verifier: the public key is not an SM2 key");
  }
  if (distinguishing_id_.size() > INT_MAX) throw std::invalid_argument("sm2_verifier: distinguishing ID too long");
}

sm2_verifier::~sm2_verifier() = default;
sm2_verifier::sm2_verifier(sm2_verifier&&) noexcept = default;
sm2_verifier& sm2_verifier::operator=(sm2_verifier&&) noexcept = default;

verify_result sm2_verifier::verify(std::string_view signed_bytes, std::string_view signature_header_value) const {
  return match_signature_candidates(signature_header_value, [&](std::string_view decoded) {
    const auto der = sm2_signature_to_der(decoded);
    if (!der) return candidate_check::undecodable;
    return signature_matches(signed_bytes, *der) ? candidate_check::matches : candidate_check::differs;
  });
}

bool sm2_verifier::signature_matches(std::string_view signed_bytes, std::string_view der_signature) const {
  // The ID must be set on a PKEY_CTX handed to the MD_CTX *before* DigestVerifyInit: passing
  // it as an init parameter fails on 3.0 ("the ID is set too late", sm2_sig.c).
  // Declaration order matters: md_ctx borrows pkey_ctx and is destroyed first.
  detail::evp_pkey_ctx_ptr pkey_ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key_->pkey.get(), nullptr));
  detail::evp_md_ctx_ptr md_ctx(EVP_MD_CTX_new());
  if (!pkey_ctx || !md_ctx) throw std::runtime_error("sm2_verifier: out of memory");

  // Always set, even when empty: an unset ID means "OpenSSL's default", which differs by version.
  const auto id_length = static_cast<int>(distinguishing_id_.size());
  if (EVP_PKEY_CTX_set1_id(pkey_ctx.get(), distinguishing_id_.data(), id_length) <= 0) {
    fail_setup("cannot set the distinguishing ID");
  }
  EVP_MD_CTX_set_pkey_ctx(md_ctx.get(), pkey_ctx.get());
  if (EVP_DigestVerifyInit(md_ctx.get(), nullptr, EVP_sm3(), nullptr, key_->pkey.get()) != 1) {
    fail_setup("cannot start SM2/SM3 verification");
  }
  const int verdict =
      EVP_DigestVerify(md_ctx.get(), reinterpret_cast<const unsigned char*>(der_signature.data()), der_signature.size(),
                       reinterpret_cast<const unsigned char*>(signed_bytes.data()), signed_bytes.size());
  ERR_clear_error();  // a bad signature leaves an error entry; it is an answer, not a fault
  return verdict == 1;
}

}  // namespace casegw::auth
