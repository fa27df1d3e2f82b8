#include "auth/secret.hpp"

#include <openssl/crypto.h>

namespace casegw::auth {

secret::~secret() { wipe(); }

// Moves copy and then wipe the source: moving a std::string would leave a short secret's
// bytes behind in the source's small-string buffer, where wipe() could no longer reach them.
secret::secret(secret&& other) noexcept : bytes_(other.bytes_) { other.wipe(); }

secret& secret::operator=(secret&& other) noexcept {
  if (this != &other) {
    wipe();
    bytes_ = other.bytes_;
    other.wipe();
  }
  return *this;
}

void secret::wipe() noexcept {
  // OPENSSL_cleanse cannot be optimised away the way a memset before free can.
  if (!bytes_.empty()) OPENSSL_cleanse(bytes_.data(), bytes_.size());
  bytes_.clear();
}

}  // namespace casegw::auth
