#include "net/server_tls_context.hpp"

#include "net/openssl_error.hpp"
#include "net/tls_identity.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <filesystem>
#include <stdexcept>

namespace casegw::net {
namespace {

namespace ssl = boost::asio::ssl;

// Mozilla "intermediate" TLS 1.2 list; TLS 1.3 suites are OpenSSL's defaults, all AEAD.
constexpr const char* tls12_ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

int minimum_protocol(const std::string& min_version) {
  if (min_version.empty() || min_version == "1.2") return TLS1_2_VERSION;
  if (min_version == "1.3") return TLS1_3_VERSION;
  throw std::runtime_error("TLS min_version must be \"1.2\" or \"1.3\", not \"" + min_version + "\"");
}

// Asks every client for a certificate but lets those without one in: listeners are shared by
// channels that use mutual TLS and channels that sign requests instead.
void ask_for_client_certificates(SSL_CTX* native, const std::string& client_ca_file) {
  if (!std::filesystem::is_regular_file(client_ca_file)) {
    throw std::runtime_error("TLS client CA file '" + client_ca_file + "' does not exist or is not a file");
  }
  ERR_clear_error();
  STACK_OF(X509_NAME)* advertised = SSL_load_client_CA_file(client_ca_file.c_str());
  if (SSL_CTX_load_verify_locations(native, client_ca_file.c_str(), nullptr) != 1 || advertised == nullptr) {
    if (advertised != nullptr) sk_X509_NAME_pop_free(advertised, X509_NAME_free);
    throw std::runtime_error("cannot load TLS client CA file '" + client_ca_file + "': " + take_openssl_errors());
  }
  SSL_CTX_set_client_CA_list(native, advertised);
  SSL_CTX_set_verify(native, SSL_VERIFY_PEER, nullptr);
  // Without a session id context, OpenSSL refuses to resume sessions of verified clients.
  static constexpr unsigned char session_context[] = "casegw";
  SSL_CTX_set_session_id_context(native, session_context, sizeof session_context - 1);
}

}  // namespace

ssl::context make_server_tls_context(const tls_settings& settings) {
  ssl::context context(ssl::context::tls_server);
  context.set_options(ssl::context::default_workarounds | ssl::context::no_compression |
                      ssl::context::single_dh_use);
  SSL_CTX* native = context.native_handle();
  SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  if (SSL_CTX_set_min_proto_version(native, minimum_protocol(settings.min_version)) != 1 ||
      SSL_CTX_set_cipher_list(native, tls12_ciphers) != 1) {
    throw std::runtime_error("cannot configure TLS protocol versions and ciphers: " + take_openssl_errors());
  }
  load_tls_identity(native, settings.certificate_file, settings.private_key_file);
  if (!settings.client_ca_file.empty()) ask_for_client_certificates(native, settings.client_ca_file);
  return context;
}

}  // namespace casegw::net
