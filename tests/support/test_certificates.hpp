// Throwaway X.509 material for TLS tests, made with the OpenSSL 3 API at test time (no
// checked-in keys that expire or leak): a CA, server certificates for chosen names, and
// client certificates for mutual TLS, written as PEM files.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::test_support {

// A PEM certificate and its unencrypted PEM private key.
struct certificate_files {
  std::filesystem::path certificate;
  std::filesystem::path private_key;
};

// What a server certificate is valid for (its subjectAltName entries).
struct server_names {
  std::string common_name = "localhost";
  std::vector<std::string> dns_names{"localhost"};
  std::vector<std::string> ip_addresses{"127.0.0.1"};
};

// A certificate authority whose certificates are EC P-256 / SHA-256, valid from an hour ago
// for two days. Throws std::runtime_error if OpenSSL fails or a file cannot be written.
class test_certificate_authority {
 public:
  // Writes <stem>.pem and <stem>.key into `directory` (which must exist).
  explicit test_certificate_authority(std::filesystem::path directory, std::string_view stem = "ca",
                                      std::string_view common_name = "casegw test CA");
  ~test_certificate_authority();
  test_certificate_authority(test_certificate_authority&&) noexcept;
  test_certificate_authority& operator=(test_certificate_authority&&) noexcept;

  const certificate_files& files() const noexcept;
  const std::filesystem::path& certificate_file() const noexcept { return files().certificate; }

  // serverAuth certificate for `names`, written as <stem>.pem / <stem>.key.
  certificate_files issue_server_certificate(std::string_view stem, const server_names& names = {}) const;
  // clientAuth certificate with subject CN=common_name.
  certificate_files issue_client_certificate(std::string_view stem, std::string_view common_name) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

struct test_certificate_options {
  server_names server;
  std::optional<std::string> client_common_name;  // also issue a client certificate when set
};

// The usual set in one call: ca.pem, server.pem/.key and, if asked, client.pem/.key.
struct test_certificates {
  std::filesystem::path ca_certificate;
  certificate_files server;
  std::optional<certificate_files> client;
};

test_certificates make_test_certificates(const std::filesystem::path& directory,
                                         const test_certificate_options& options = {});

}  // namespace casegw::test_support
