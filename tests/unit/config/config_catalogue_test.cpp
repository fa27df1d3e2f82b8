// The catalogue behind docs/config-reference.md (config_catalogue.hpp) names exactly the keys the
// loader knows: a key added to a section reader and not to the catalogue, or the other way round,
// fails here with the keys in question.
#include "config/config_catalogue.hpp"
#include "config/config_loader.hpp"
#include "config/key_recorder.hpp"

#include "config_test_directory.hpp"
#include "support/catalogue_difference.hpp"

#include <set>

namespace casegw::config {
namespace {

using testing::describe;

// Some mappings are read only when present (a webhook's tls, a channel's auth, pull and client
// certificates), so this file has each of them, and one channel per authentication scheme.
constexpr std::string_view every_section = R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem, client_ca_file: ../var/tls/ca.pem}
destinations:
  - id: workflow
    type: webhook
    url: https://workflow.example/cases
    tls: {verify: true, ca_file: ../var/tls/ca.pem, client_certificate: ../var/tls/cert.pem, client_key: ../var/tls/key.pem}
    headers: {X-Source: casegw}
    header_files: {Authorization: ../secrets/token}
    retry: {limit: 3, base: 1s, cap: 1m}
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - id: portal
    adapter: city_portal
    destinations: [workflow]
    settings: {max_attachments: 5}
    auth:
      scheme: hmac-sha256
      secrets: [{from_file: ../secrets/shared}]
      client_certificates: [{subject: "CN=portal"}]
  - {id: platform, adapter: gov_service_platform, destinations: [local],
     auth: {scheme: hmac-sm3, secrets: [{from_file: ../secrets/shared}]}}
  - {id: regulation, adapter: national_regulation, destinations: [local],
     auth: {scheme: sm2, public_key: ../secrets/sm2.pem}}
  - {id: hotline, adapter: hotline_12345, destinations: [local],
     auth: {scheme: api-key, secrets: [{from_file: ../secrets/shared}]}}
  - id: ykb
    adapter: yukuaiban
    destinations: [local]
    auth:
      scheme: mtls
      client_certificates: [{sha256: "00000000000000000000000000000000000000000000000000000000000000ff"}]
  - id: council
    adapter: state_council
    destinations: [local]
    auth: {scheme: none}
    pull:
      base_url: https://ducha.example.gov.cn
      tls: {ca_file: ../var/tls/ca.pem}
      header_files: {X-Access-Token: ../secrets/token}
)";

class config_catalogue_test : public testing::config_test_directory {
 protected:
  void write_referenced_files() const {
    write("var/tls/ca.pem", "ca");
    write("secrets/token", "token");
    write("secrets/shared", "0123456789abcdef0123456789abcdef\n");
    write("secrets/sm2.pem", "pem");
  }
};

TEST(key_recorder, DropsListIndexesSoEveryItemIsOneKey) {
  EXPECT_EQ(without_list_indexes("channels[12].auth.client_certificates[0]"), "channels[].auth.client_certificates[]");
  key_recorder recorder;
  recorder.record("", {"data_dir"});
  recorder.record("destinations[3].retry", {"limit"});
  EXPECT_EQ(recorder.keys(), (std::set<std::string>{"data_dir", "destinations[].retry.limit"}));
}

TEST_F(config_catalogue_test, NamesExactlyTheKeysTheLoaderKnows) {
  write_referenced_files();
  key_recorder recorder;
  const auto result = load_config(write("etc/gateway.yaml", every_section), &recorder);
  ASSERT_TRUE(result.config) << "the test file must load, or some readers did not run:" << describe(result);

  EXPECT_EQ(test_support::catalogue_difference(test_support::catalogue_paths(config_catalogue()), recorder.keys()), "");
}

// The reference prints a key relative to its section's name, so it must sit in the section with
// the longest name that is a prefix of it ("channels[].auth.scheme" in "channels[].auth").
std::string_view closest_section(std::string_view path) {
  std::string_view best;
  for (const auto& section : config_catalogue()) {
    const bool under = path.starts_with(section.name) && path.substr(section.name.size()).starts_with('.');
    if (under && section.name.size() > best.size()) best = section.name;
  }
  return best;
}

TEST(config_catalogue, EveryKeyIsListedOnceInTheSectionItBelongsTo) {
  std::set<std::string_view> seen;
  for (const auto& section : config_catalogue()) {
    for (const auto& key : section.keys) {
      EXPECT_TRUE(seen.insert(key.path).second) << key.path << " is listed twice";
      EXPECT_EQ(closest_section(key.path), section.name) << key.path;
      EXPECT_FALSE(key.description.empty()) << key.path << " has no description";
    }
  }
}

}  // namespace
}  // namespace casegw::config
