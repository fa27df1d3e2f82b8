// Authentication in the intake pipeline: each scheme refuses with its own 401 code before the
// adapter runs, a signed request's nonce travels with its case to the store, and a nonce whose
// request was not stored is released so the sender may retry the same bytes.
#include "intake/intake_handler.hpp"

#include "auth/mac.hpp"
#include "crypto/hex.hpp"
#include "fake_store.hpp"
#include "intake_test_support.hpp"
#include "time/rfc3339.hpp"

#include <boost/json.hpp>
#include <casegw_test_plugins.h>
#include <gtest/gtest.h>

#include <optional>

namespace casegw::intake {
namespace {

namespace json = boost::json;

const std::string hmac_key = "intake-test-hmac-key-0123456789";
const std::string api_key = "intake-test-api-key-0123456789";

plugin_host::typed_settings echo_settings() {
  plugin_host::typed_settings s;
  s["case_prefix"] = {CASEGW_FIELD_STRING, "A", 0, false};
  s["max_body_bytes"] = {CASEGW_FIELD_SIZE, "512", 512, false};
  s["submitted_at"] = {CASEGW_FIELD_STRING, "2026-11-20T09:30:00+08:00", 0, false};
  return s;
}

auth::channel_auth_options with_scheme(auth::scheme scheme) {
  auth::channel_auth_options o;
  o.scheme = scheme;
  if (scheme == auth::scheme::hmac_sha256) o.secrets.emplace_back(hmac_key);
  if (scheme == auth::scheme::api_key) o.secrets.emplace_back(api_key);
  return o;
}

class IntakeAuth : public ::testing::Test {
 protected:
  IntakeAuth() {
    std::vector<channel> channels;
    channels.push_back(make_channel("signed", CASEGW_TEST_PLUGIN_ECHO, echo_settings(), with_scheme(auth::scheme::hmac_sha256)));
    channels.push_back(make_channel("keyed", CASEGW_TEST_PLUGIN_ECHO, echo_settings(), with_scheme(auth::scheme::api_key)));
    auto mtls = with_scheme(auth::scheme::mtls);
    mtls.certificates.push_back({"CN=yukuaiban-backend,O=Chongqing", ""});
    channels.push_back(make_channel("certified", CASEGW_TEST_PLUGIN_ECHO, echo_settings(), std::move(mtls)));
    const std::vector<std::string> ids{"signed", "keyed", "certified"};
    pipelines_ = std::make_unique<pipeline_holder>(testing::test_pipeline(
        std::make_shared<const channel_registry>(std::move(channels)), testing::test_case_rules(test_policy(ids), ids)));
    handler_ = std::make_unique<intake_handler>(*pipelines_, store_, metrics_, intake_options{});
  }

  struct signed_parts {
    std::string timestamp = std::to_string(time::now_unix_ms() / 1000);
    std::string nonce = "nonce-" + std::to_string(time::now_unix_ms());
  };

  static std::vector<net::http_header> signature_headers(const signed_parts& p, const std::string& body,
                                                         const std::string& key = hmac_key) {
    const auto mac = auth::compute_mac(auth::mac_algorithm::hmac_sha256, key, p.timestamp + "." + p.nonce + "." + body);
    return {{"X-Casegw-Timestamp", p.timestamp}, {"X-Casegw-Nonce", p.nonce}, {"X-Casegw-Signature", "v1," + crypto::to_hex(std::span(reinterpret_cast<const unsigned char*>(mac.data()), mac.size()))}};
  }

  net::http_response send(const std::string& channel, const std::string& body, std::vector<net::http_header> headers,
                          std::string certificate_subject = "") {
    net::http_request request;
    request.head.method = "POST";
    request.head.target = "/v1/channels/" + channel + "/cases";
    request.head.request_id = "rid-auth";
    request.head.headers = std::move(headers);
    request.head.headers.push_back({"Content-Type", "text/plain"});
    request.head.client_certificate_subject = std::move(certificate_subject);
    request.body = body;
    const auto verdict = handler_->on_header(request.head);
    if (verdict.reject) return *verdict.reject;
    std::optional<net::http_response> answer;
    handler_->on_request(std::move(request), [&](net::http_response r) { answer = std::move(r); });
    return answer.value_or(net::http_response{});
  }

  static std::string code_of(const net::http_response& r) {
    return json::parse(r.body).at("error").at("code").as_string().c_str();
  }

  fake_store store_;
  metrics::registry registry_;
  intake_metrics metrics_{registry_};
  std::unique_ptr<pipeline_holder> pipelines_;
  std::unique_ptr<intake_handler> handler_;
};

TEST_F(IntakeAuth, ASignedRequestIsStoredWithItsNonce) {
  signed_parts parts;
  const auto r = send("signed", "hello", signature_headers(parts, "hello"));
  ASSERT_EQ(r.status, 202) << r.body;
  ASSERT_EQ(store_.submitted.size(), 1u);
  ASSERT_TRUE(store_.submitted[0].nonce.has_value());
  EXPECT_EQ(store_.submitted[0].nonce->nonce, parts.nonce);
  EXPECT_GT(store_.submitted[0].nonce->expires_at_ms, time::now_unix_ms());
}

TEST_F(IntakeAuth, EachSignedFailureHasItsOwnCodeAndNeverReachesTheAdapter) {
  EXPECT_EQ(code_of(send("signed", "hello", {})), "AUTH_MISSING");
  signed_parts parts;
  EXPECT_EQ(code_of(send("signed", "hello", signature_headers(parts, "hello", "another-key-of-enough-length"))), "AUTH_SIGNATURE");
  EXPECT_EQ(code_of(send("signed", "tampered", signature_headers(parts, "hello"))), "AUTH_SIGNATURE");
  signed_parts stale;
  stale.timestamp = std::to_string(time::now_unix_ms() / 1000 - 301);
  EXPECT_EQ(code_of(send("signed", "hello", signature_headers(stale, "hello"))), "AUTH_TIMESTAMP");
  const auto r = send("signed", "hello", {});
  EXPECT_EQ(r.status, 401);
  EXPECT_TRUE(store_.submitted.empty());
}

TEST_F(IntakeAuth, AReplayOfAStoredRequestIsRefused) {
  signed_parts parts;
  ASSERT_EQ(send("signed", "hello", signature_headers(parts, "hello")).status, 202);
  const auto replay = send("signed", "hello", signature_headers(parts, "hello"));
  EXPECT_EQ(replay.status, 401);
  EXPECT_EQ(code_of(replay), "AUTH_REPLAY");
  EXPECT_EQ(store_.submitted.size(), 1u);
}

TEST_F(IntakeAuth, ARequestThatWasNotStoredReleasesItsNonceSoTheSameBytesCanBeRetried) {
  signed_parts parts;
  store_.outcome = store::submit_outcome::unavailable;
  EXPECT_EQ(send("signed", "hello", signature_headers(parts, "hello")).status, 503);
  store_.outcome = store::submit_outcome::accepted;
  EXPECT_EQ(send("signed", "hello", signature_headers(parts, "hello")).status, 202);
}

TEST_F(IntakeAuth, ARejectedBodyReleasesItsNonceToo) {
  signed_parts parts;
  EXPECT_EQ(send("signed", "", signature_headers(parts, "")).status, 400);
  EXPECT_EQ(send("signed", "", signature_headers(parts, "")).status, 400) << "the same bytes get the same answer";
}

TEST_F(IntakeAuth, TheStoreCanStillRefuseAReplayAnotherGatewayCommitted) {
  signed_parts parts;
  store_.outcome = store::submit_outcome::replayed;
  const auto r = send("signed", "hello", signature_headers(parts, "hello"));
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(code_of(r), "AUTH_REPLAY");
}

TEST_F(IntakeAuth, AnApiKeyIsCheckedOnTheHeaders) {
  EXPECT_EQ(code_of(send("keyed", "hello", {})), "AUTH_MISSING");
  EXPECT_EQ(code_of(send("keyed", "hello", {{"X-Casegw-Api-Key", "wrong-key-wrong-key-wrong"}})), "AUTH_SIGNATURE");
  EXPECT_EQ(send("keyed", "hello", {{"x-casegw-api-key", api_key}}).status, 202);
}

TEST_F(IntakeAuth, MutualTlsMapsTheCertificateToTheChannel) {
  EXPECT_EQ(code_of(send("certified", "hello", {})), "AUTH_CERTIFICATE");
  EXPECT_EQ(code_of(send("certified", "hello", {}, "CN=someone-else,O=Chongqing")), "AUTH_CERTIFICATE");
  EXPECT_EQ(send("certified", "hello", {}, "CN=yukuaiban-backend,O=Chongqing").status, 202);
}

TEST_F(IntakeAuth, FailuresNeverEchoSecretsOrSignatures) {
  signed_parts parts;
  const auto headers = signature_headers(parts, "hello", "another-key-of-enough-length");
  const auto r = send("signed", "hello", headers);
  EXPECT_EQ(r.body.find(headers[2].value.substr(3)), std::string::npos);
  EXPECT_EQ(r.body.find(hmac_key), std::string::npos);
}

}  // namespace
}  // namespace casegw::intake
