#include "net/tls_identity.hpp"

#include "net/openssl_error.hpp"

#include <openssl/err.h>

#include <filesystem>
#include <stdexcept>

namespace casegw::net {
namespace {

void require_file(const std::string& path, const char* what) {
  if (path.empty()) throw std::runtime_error(std::string("TLS ") + what + " file is not set");
  if (!std::filesystem::is_regular_file(path)) {
    throw std::runtime_error(std::string("TLS ") + what + " file '" + path + "' does not exist or is not a file");
  }
}

}  // namespace

void load_tls_identity(SSL_CTX* context, const std::string& certificate_file, const std::string& private_key_file) {
  require_file(certificate_file, "certificate");
  require_file(private_key_file, "private key");
  ERR_clear_error();
  if (SSL_CTX_use_certificate_chain_file(context, certificate_file.c_str()) != 1) {
    throw std::runtime_error("cannot load TLS certificate chain '" + certificate_file + "': " + take_openssl_errors());
  }
  if (SSL_CTX_use_PrivateKey_file(context, private_key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
    throw std::runtime_error("cannot load TLS private key '" + private_key_file + "': " + take_openssl_errors());
  }
  if (SSL_CTX_check_private_key(context) != 1) {
    throw std::runtime_error("TLS private key '" + private_key_file + "' does not match certificate '" +
                             certificate_file + "': " + take_openssl_errors());
  }
}

}  // namespace casegw::net
