// Every pushed channel end to end through the real gateway, each with the authentication its
// documentation names: its golden cases (plugins/<id>/golden) are pushed over TLS with real
// credentials, and each must get what the conformance kit expects — 202 and a delivery for a
// case, the same error code for a refusal. Then what authentication must refuse, including a
// replay after a restart (nonces are durable).
#include "gateway_fixture.hpp"

#include "app/golden_case.hpp"
#include "auth/mac.hpp"
#include "sm2_test_keys.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace casegw::integration {
namespace {

namespace json = boost::json;

const std::string hmac_sha256_key = "foreign-investment-test-secret-0123456789";
const std::string hmac_sm3_key = "gov-service-platform-test-secret-0123456789";
const std::string api_key = "hotline-12345-test-api-key-0123456789";
const std::string certificate_subject = "CN=yukuaiban-backend,O=casegw tests";

std::string base64(std::string_view bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += alphabet[(n >> shift) & 63];
  }
  if (i < bytes.size()) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? alphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// channels[].settings from a golden directory's settings.yaml, indented under the channel.
std::string settings_block(const std::string& channel) {
  std::ifstream in(std::string(CASEGW_SOURCE_DIR) + "/plugins/" + channel + "/golden/settings.yaml");
  std::string out, line;
  while (std::getline(in, line))
    if (!line.empty() && line.front() != '#') out += "      " + line + "\n";
  return out.empty() ? "" : "    settings:\n" + out;
}

class channels_test : public gateway_test {
 protected:
  fixture_options options() const override {
    fixture_options o;
    o.ask_client_certificates = true;
    o.client_common_name = "yukuaiban-backend";
    o.extra_channels = channel("hotline_12345", "{scheme: api-key, secrets: [{from_file: " + file("hotline.key") + "}]}") +
                       channel("foreign_investment", "{scheme: hmac-sha256, secrets: [{from_file: " + file("fdi.key") + "}]}") +
                       channel("gov_service_platform", "{scheme: hmac-sm3, secrets: [{from_file: " + file("zwfw.key") + "}]}") +
                       channel("national_regulation", "{scheme: sm2, public_key: " + file("regulation-sm2.pem") + "}") +
                       channel("yukuaiban", "{scheme: mtls, client_certificates: [{subject: \"" + certificate_subject + "\"}]}");
    return o;
  }

  void prepare() override {
    std::ofstream(dir_->file("hotline.key")) << api_key << "\n";
    std::ofstream(dir_->file("fdi.key")) << hmac_sha256_key << "\n";
    std::ofstream(dir_->file("zwfw.key")) << hmac_sm3_key << "\n";
    std::ofstream(dir_->file("regulation-sm2.pem")) << sm2_.public_key_pem();
    const auto& client = *certificates_->client;
    test_support::test_client_options o;
    o.ca_file = certificates_->ca_certificate.string();
    o.client_certificate_file = client.certificate.string();
    o.client_key_file = client.private_key.string();
    o.timeout = std::chrono::milliseconds(10'000);
    certified_client_ = std::make_unique<test_support::https_test_client>(o);
  }

  static std::string channel(const std::string& id, const std::string& auth) {
    return "  - id: " + id + "\n    adapter: " + id + "\n    destinations: [workflow]\n    auth: " + auth + "\n" +
           settings_block(id);
  }
  std::string file(const std::string& name) const { return dir_->file(name).string(); }

  // The credentials a channel's platform would send with these exact bytes.
  std::vector<net::http_header> credentials(const std::string& channel, const std::string& body) {
    if (channel == "hotline_12345") return {{"X-Casegw-Api-Key", api_key}};
    if (channel == "yukuaiban") return {};
    const std::string timestamp = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                     std::chrono::system_clock::now().time_since_epoch()).count());
    const std::string nonce = "it-" + channel + "-" + std::to_string(++nonce_counter_) + "-" + timestamp;
    const std::string signed_bytes = timestamp + "." + nonce + "." + body;
    std::string signature;
    if (channel == "foreign_investment") signature = auth::compute_mac(auth::mac_algorithm::hmac_sha256, hmac_sha256_key, signed_bytes);
    if (channel == "gov_service_platform") signature = auth::compute_mac(auth::mac_algorithm::hmac_sm3, hmac_sm3_key, signed_bytes);
    if (channel == "national_regulation") signature = sm2_.sign_der(signed_bytes, "1234567812345678");
    return {{"X-Casegw-Timestamp", timestamp}, {"X-Casegw-Nonce", nonce}, {"X-Casegw-Signature", "v1," + base64(signature)}};
  }

  test_support::test_response send(const std::string& channel, const std::string& body, const std::string& content_type,
                                   const std::vector<net::http_header>& headers) const {
    const auto& client = channel == "yukuaiban" ? *certified_client_ : *client_;
    return client.post(intake_url("/v1/channels/" + channel + "/cases"), headers, body, content_type);
  }

  static std::string content_type_of(const app::golden_case& c) {
    for (const auto& [name, value] : c.headers)
      if (name == "Content-Type" || name == "content-type") return value;
    return {};
  }

  static std::string code_of(const test_support::test_response& r) {
    json::error_code ec;
    const auto doc = json::parse(r.body, ec);
    if (ec || !doc.is_object() || !doc.as_object().contains("error")) return "(no error body)";
    return json::value_to<std::string>(doc.at("error").at("code"));
  }

  // Pushes every golden case of the channel; returns how many new cases were stored (202).
  std::size_t replay_golden_cases(const std::string& channel) {
    const auto golden = app::load_golden_cases(std::string(CASEGW_SOURCE_DIR) + "/plugins/" + channel + "/golden");
    EXPECT_TRUE(golden.problems.empty());
    EXPECT_GE(golden.cases.size(), 15u) << channel;
    std::size_t cases = 0;
    for (const auto& c : golden.cases) {
      const auto r = send(channel, c.body, content_type_of(c), credentials(channel, c.body));
      if (c.expected.adapter_part) {
        if (r.status == 202) ++cases;
        EXPECT_TRUE(r.status == 202 || r.status == 200) << channel << "/" << c.name << ": " << r.status << " " << r.body;
      } else {
        EXPECT_GE(r.status, 400) << channel << "/" << c.name;
        EXPECT_LT(r.status, 500) << channel << "/" << c.name;
        EXPECT_EQ(code_of(r), c.expected.error_code) << channel << "/" << c.name << ": " << r.body;
      }
    }
    return cases;
  }

  bool wait_for_deliveries(std::size_t count) const {
    for (int i = 0; i < 200 && workflow_->received().size() < count; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return workflow_->received().size() >= count;
  }

  auth::testing::sm2_test_key sm2_;
  std::unique_ptr<test_support::https_test_client> certified_client_;
  int nonce_counter_ = 0;
};

TEST_F(channels_test, EveryPushedChannelTakesItsGoldenCasesThroughTheGatewayWithItsOwnAuthentication) {
  std::size_t cases = 0;
  for (const char* channel : {"hotline_12345", "foreign_investment", "gov_service_platform", "national_regulation", "yukuaiban"})
    cases += replay_golden_cases(channel);
  EXPECT_GE(cases, 30u) << "new cases stored";
  EXPECT_TRUE(wait_for_deliveries(cases)) << workflow_->received().size() << " of " << cases << " delivered";
  std::set<std::string> keys;
  for (const auto& d : workflow_->received()) keys.insert(d.idempotency_key());
  EXPECT_EQ(keys.size(), workflow_->received().size()) << "each case delivered once";
}

TEST_F(channels_test, EachSchemeRefusesWhatItMust) {
  const std::string body = "{}";
  EXPECT_EQ(code_of(send("hotline_12345", body, "application/xml", {})), "AUTH_MISSING");
  EXPECT_EQ(code_of(send("hotline_12345", body, "application/xml", {{"X-Casegw-Api-Key", "not-the-key-at-all-0123"}})),
            "AUTH_SIGNATURE");
  auto signed_headers = credentials("foreign_investment", "original");
  EXPECT_EQ(code_of(send("foreign_investment", "tampered", "application/x-www-form-urlencoded", signed_headers)),
            "AUTH_SIGNATURE");
  // An SM2 signature made with OpenSSL 3.0's default (empty) distinguishing ID does not verify.
  auto sm2_headers = credentials("national_regulation", body);
  sm2_headers[2].value = "v1," + base64(sm2_.sign_der(sm2_headers[0].value + "." + sm2_headers[1].value + "." + body, ""));
  EXPECT_EQ(code_of(send("national_regulation", body, "application/json", sm2_headers)), "AUTH_SIGNATURE");
  // Without a client certificate the mTLS channel refuses before reading the body.
  EXPECT_EQ(code_of(client_->post(intake_url("/v1/channels/yukuaiban/cases"), {}, body)), "AUTH_CERTIFICATE");
  EXPECT_TRUE(workflow_->received().empty());
}

TEST_F(channels_test, AReplayIsRefusedEvenAfterARestart) {
  const auto golden = app::load_golden_cases(std::string(CASEGW_SOURCE_DIR) + "/plugins/gov_service_platform/golden");
  const app::golden_case* valid = nullptr;
  for (const auto& c : golden.cases)
    if (c.expected.adapter_part && !valid) valid = &c;
  ASSERT_NE(valid, nullptr);
  const auto headers = credentials("gov_service_platform", valid->body);
  ASSERT_EQ(send("gov_service_platform", valid->body, content_type_of(*valid), headers).status, 202);
  EXPECT_EQ(code_of(send("gov_service_platform", valid->body, content_type_of(*valid), headers)), "AUTH_REPLAY");
  restart_gateway();
  const auto after = send("gov_service_platform", valid->body, content_type_of(*valid), headers);
  EXPECT_EQ(after.status, 401) << after.body;
  EXPECT_EQ(code_of(after), "AUTH_REPLAY");
  // The same case signed afresh is a duplicate, not a replay.
  EXPECT_EQ(send("gov_service_platform", valid->body, content_type_of(*valid), credentials("gov_service_platform", valid->body)).status, 200);
}

}  // namespace
}  // namespace casegw::integration
