#include "app/certificate_expiry.hpp"

#include <openssl/asn1.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace casegw::app {

std::optional<long long> certificate_not_after(const std::string& pem_file) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(pem_file.c_str(), "rb"), &std::fclose);
  if (!file) return std::nullopt;
  std::unique_ptr<X509, void (*)(X509*)> certificate(PEM_read_X509(file.get(), nullptr, nullptr, nullptr), &X509_free);
  if (!certificate) return std::nullopt;
  std::tm tm{};
  if (ASN1_TIME_to_tm(X509_get0_notAfter(certificate.get()), &tm) != 1) return std::nullopt;
  return static_cast<long long>(timegm(&tm));
}

void register_certificate_expiry(metrics::registry& registry, const config::gateway_config& config) {
  struct presented {
    std::string use, id, file;
  };
  std::vector<presented> certificates{{"intake", "-", config.intake.tls.certificate_file}};
  for (const auto& d : config.destinations)
    if (!d.client_certificate_file.empty()) certificates.push_back({"destination", d.id, d.client_certificate_file});
  for (const auto& c : config.channels)
    if (c.pull && !c.pull->client_certificate_file.empty())
      certificates.push_back({"pull", c.id, c.pull->client_certificate_file});

  auto& gauge = registry.add_gauge("casegw_certificate_expiry_timestamp_seconds",
                                   "When each certificate the gateway presents expires (notAfter, Unix time)",
                                   {"use", "id"});
  for (const auto& c : certificates) {
    if (const auto not_after = certificate_not_after(c.file)) {
      gauge.with_labels({c.use, c.id}).set(static_cast<double>(*not_after));
    } else {
      spdlog::warn("certificate of {} '{}' could not be read for its expiry date", c.use, c.id);
    }
  }
}

}  // namespace casegw::app
