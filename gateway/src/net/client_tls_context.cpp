#include "net/client_tls_context.hpp"

#include "net/openssl_error.hpp"
#include "net/tls_identity.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <filesystem>
#include <stdexcept>

namespace casegw::net {
namespace {

namespace ssl = boost::asio::ssl;

void trust_authorities(SSL_CTX* native, const std::string& ca_file) {
  ERR_clear_error();
  if (ca_file.empty()) {
    if (SSL_CTX_set_default_verify_paths(native) != 1) {
      throw std::runtime_error("cannot load the system's trusted certificates: " + take_openssl_errors());
    }
    return;
  }
  if (!std::filesystem::is_regular_file(ca_file)) {
    throw std::runtime_error("TLS CA file '" + ca_file + "' does not exist or is not a file");
  }
  if (SSL_CTX_load_verify_locations(native, ca_file.c_str(), nullptr) != 1) {
    throw std::runtime_error("cannot load TLS CA file '" + ca_file + "': " + take_openssl_errors());
  }
}

}  // namespace

ssl::context make_client_tls_context(const client_tls& settings) {
  ssl::context context(ssl::context::tls_client);
  context.set_options(ssl::context::default_workarounds | ssl::context::no_compression);
  SSL_CTX* native = context.native_handle();
  SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);
  if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1) {
    throw std::runtime_error("cannot configure the TLS protocol version: " + take_openssl_errors());
  }
  if (settings.verify_peer) {
    context.set_verify_mode(ssl::verify_peer);
    trust_authorities(native, settings.ca_file);
  } else {
    context.set_verify_mode(ssl::verify_none);
  }
  const bool has_certificate = !settings.client_certificate_file.empty();
  const bool has_key = !settings.client_key_file.empty();
  if (has_certificate != has_key) {
    throw std::runtime_error("mutual TLS needs both client_certificate_file and client_key_file");
  }
  if (has_certificate) load_tls_identity(native, settings.client_certificate_file, settings.client_key_file);
  return context;
}

}  // namespace casegw::net
