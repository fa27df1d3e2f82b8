#include "support/test_certificates.hpp"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace casegw::test_support {
namespace {

using key_ptr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using certificate_ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using bio_ptr = std::unique_ptr<BIO, decltype(&BIO_free)>;

constexpr long valid_from_seconds_ago = 3600;
constexpr long valid_for_seconds = 2 * 24 * 3600;

[[noreturn]] void fail(const std::string& what) {
  char reason[256] = "no OpenSSL error";
  if (const unsigned long code = ERR_get_error()) ERR_error_string_n(code, reason, sizeof reason);
  ERR_clear_error();
  throw std::runtime_error("test certificates: " + what + ": " + reason);
}

key_ptr generate_key() {
  key_ptr key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
  if (!key) fail("cannot generate an EC P-256 key");
  return key;
}

void set_random_serial(X509* certificate) {
  std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(BN_new(), &BN_free);
  if (!serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
      BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) == nullptr) {
    fail("cannot set a serial number");
  }
}

certificate_ptr new_certificate(EVP_PKEY* subject_key, std::string_view common_name) {
  certificate_ptr certificate(X509_new(), &X509_free);
  if (!certificate || X509_set_version(certificate.get(), 2) != 1) fail("cannot create a certificate");
  set_random_serial(certificate.get());
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -valid_from_seconds_ago);
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), valid_for_seconds);
  if (X509_set_pubkey(certificate.get(), subject_key) != 1) fail("cannot set the public key");
  X509_NAME* subject = X509_get_subject_name(certificate.get());
  const std::string name(common_name);
  if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("casegw tests"),
                                 -1, -1, 0) != 1 ||
      X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(name.c_str()),
                                 -1, -1, 0) != 1) {
    fail("cannot set the subject name");
  }
  return certificate;
}

void add_extension(X509* certificate, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
  if (extension == nullptr) fail("cannot build extension " + std::string(OBJ_nid2sn(nid)) + "=" + value);
  const int added = X509_add_ext(certificate, extension, -1);
  X509_EXTENSION_free(extension);
  if (added != 1) fail("cannot add extension " + std::string(OBJ_nid2sn(nid)));
}

void sign(X509* certificate, X509* issuer, EVP_PKEY* issuer_key) {
  if (X509_set_issuer_name(certificate, X509_get_subject_name(issuer)) != 1 ||
      X509_sign(certificate, issuer_key, EVP_sha256()) == 0) {
    fail("cannot sign the certificate");
  }
}

bio_ptr open_for_writing(const std::filesystem::path& path) {
  bio_ptr bio(BIO_new_file(path.c_str(), "w"), &BIO_free);
  if (!bio) fail("cannot write " + path.string());
  return bio;
}

certificate_files write_pem(const std::filesystem::path& directory, std::string_view stem, X509* certificate,
                            EVP_PKEY* key) {
  certificate_files files{directory / (std::string(stem) + ".pem"), directory / (std::string(stem) + ".key")};
  if (PEM_write_bio_X509(open_for_writing(files.certificate).get(), certificate) != 1) {
    fail("cannot write " + files.certificate.string());
  }
  if (PEM_write_bio_PrivateKey(open_for_writing(files.private_key).get(), key, nullptr, nullptr, 0, nullptr,
                               nullptr) != 1) {
    fail("cannot write " + files.private_key.string());
  }
  std::filesystem::permissions(files.private_key, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  return files;
}

std::string subject_alt_names(const server_names& names) {
  std::string entries;
  for (const auto& dns : names.dns_names) entries += (entries.empty() ? "" : ",") + ("DNS:" + dns);
  for (const auto& ip : names.ip_addresses) entries += (entries.empty() ? "" : ",") + ("IP:" + ip);
  return entries;
}

}  // namespace

struct test_certificate_authority::impl {
  std::filesystem::path directory;
  key_ptr key{nullptr, &EVP_PKEY_free};
  certificate_ptr certificate{nullptr, &X509_free};
  certificate_files files;

  certificate_files issue(std::string_view stem, std::string_view common_name, const std::string& extended_usage,
                          const std::string& alt_names) const {
    key_ptr leaf_key = generate_key();
    certificate_ptr leaf = new_certificate(leaf_key.get(), common_name);
    add_extension(leaf.get(), certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    add_extension(leaf.get(), certificate.get(), NID_key_usage, "critical,digitalSignature");
    add_extension(leaf.get(), certificate.get(), NID_ext_key_usage, extended_usage);
    add_extension(leaf.get(), certificate.get(), NID_subject_key_identifier, "hash");
    add_extension(leaf.get(), certificate.get(), NID_authority_key_identifier, "keyid:always");
    if (!alt_names.empty()) add_extension(leaf.get(), certificate.get(), NID_subject_alt_name, alt_names);
    sign(leaf.get(), certificate.get(), key.get());
    return write_pem(directory, stem, leaf.get(), leaf_key.get());
  }
};

test_certificate_authority::test_certificate_authority(std::filesystem::path directory, std::string_view stem,
                                                       std::string_view common_name)
    : impl_(std::make_unique<impl>()) {
  impl_->directory = std::move(directory);
  impl_->key = generate_key();
  impl_->certificate = new_certificate(impl_->key.get(), common_name);
  X509* ca = impl_->certificate.get();
  add_extension(ca, ca, NID_basic_constraints, "critical,CA:TRUE");
  add_extension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign");
  add_extension(ca, ca, NID_subject_key_identifier, "hash");
  sign(ca, ca, impl_->key.get());
  impl_->files = write_pem(impl_->directory, stem, ca, impl_->key.get());
}

test_certificate_authority::~test_certificate_authority() = default;
test_certificate_authority::test_certificate_authority(test_certificate_authority&&) noexcept = default;
test_certificate_authority& test_certificate_authority::operator=(test_certificate_authority&&) noexcept = default;

const certificate_files& test_certificate_authority::files() const noexcept { return impl_->files; }

certificate_files test_certificate_authority::issue_server_certificate(std::string_view stem,
                                                                       const server_names& names) const {
  return impl_->issue(stem, names.common_name, "serverAuth", subject_alt_names(names));
}

certificate_files test_certificate_authority::issue_client_certificate(std::string_view stem,
                                                                       std::string_view common_name) const {
  return impl_->issue(stem, common_name, "clientAuth", "");
}

test_certificates make_test_certificates(const std::filesystem::path& directory,
                                         const test_certificate_options& options) {
  const test_certificate_authority authority(directory);
  test_certificates made;
  made.ca_certificate = authority.certificate_file();
  made.server = authority.issue_server_certificate("server", options.server);
  if (options.client_common_name) made.client = authority.issue_client_certificate("client", *options.client_common_name);
  return made;
}

}  // namespace casegw::test_support
