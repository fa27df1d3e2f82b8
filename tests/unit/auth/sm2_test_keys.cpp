#include "sm2_test_keys.hpp"

#include "auth/detail/openssl_handles.hpp"

#include <openssl/pem.h>

#include <stdexcept>

namespace casegw::auth::testing {
namespace {

std::string public_pem(EVP_PKEY* key) {
  detail::bio_ptr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) throw std::runtime_error("cannot write PEM");
  char* data = nullptr;
  const long length = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(length));
}

}  // namespace

struct sm2_test_key::impl {
  detail::evp_pkey_ptr key;
};

sm2_test_key::sm2_test_key() : impl_(std::make_unique<impl>()) {
  impl_->key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
  if (!impl_->key) throw std::runtime_error("cannot generate an SM2 key");
}

sm2_test_key::~sm2_test_key() = default;

std::string sm2_test_key::public_key_pem() const { return public_pem(impl_->key.get()); }

std::string sm2_test_key::sign_der(std::string_view message, std::string_view distinguishing_id) const {
  detail::evp_pkey_ctx_ptr pkey_ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, impl_->key.get(), nullptr));
  detail::evp_md_ctx_ptr md_ctx(EVP_MD_CTX_new());
  if (EVP_PKEY_CTX_set1_id(pkey_ctx.get(), distinguishing_id.data(), static_cast<int>(distinguishing_id.size())) <= 0) {
    throw std::runtime_error("cannot set the distinguishing ID");
  }
  EVP_MD_CTX_set_pkey_ctx(md_ctx.get(), pkey_ctx.get());
  if (EVP_DigestSignInit(md_ctx.get(), nullptr, EVP_sm3(), nullptr, impl_->key.get()) != 1) {
    throw std::runtime_error("cannot start SM2 signing");
  }
  const auto* data = reinterpret_cast<const unsigned char*>(message.data());
  std::size_t length = 0;
  if (EVP_DigestSign(md_ctx.get(), nullptr, &length, data, message.size()) != 1) throw std::runtime_error("sign size");
  std::string signature(length, '\0');
  if (EVP_DigestSign(md_ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data, message.size()) != 1) {
    throw std::runtime_error("cannot sign");
  }
  signature.resize(length);
  return signature;
}

std::string p256_public_key_pem() {
  detail::evp_pkey_ptr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) throw std::runtime_error("cannot generate a P-256 key");
  return public_pem(key.get());
}

}  // namespace casegw::auth::testing
