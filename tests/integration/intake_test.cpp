// The intake contract over real HTTPS: answers, error codes and limits.
#include "city_portal_payloads.hpp"
#include "gateway_fixture.hpp"

#include "support/slow_tls_client.hpp"
#include "support/test_connection.hpp"

#include <boost/json.hpp>

namespace casegw::integration {
namespace {

namespace json = boost::json;
using test_support::format_http_request;

class Intake : public gateway_test {};

TEST_F(Intake, AcceptsACaseWith202AndItsNewCaseId) {
  const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[0]));
  ASSERT_EQ(r.status, 202) << r.body;
  const auto body = json::parse(r.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "accepted");
  EXPECT_EQ(body.at("case_id").as_string().size(), 36u);
  EXPECT_FALSE(r.header("X-Request-Id").empty());
}

TEST_F(Intake, TheSameCaseAgainIsADuplicateWithTheOriginalId) {
  const auto payload = city_portal_payload(unique_ref("CQ"), test_reporters()[1]);
  const auto first = push(payload);
  ASSERT_EQ(first.status, 202) << first.body;
  const auto second = push(payload);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(json::parse(second.body).at("status").as_string(), "duplicate");
  EXPECT_EQ(json::parse(second.body).at("case_id"), json::parse(first.body).at("case_id"));
}

TEST_F(Intake, TheSameReferenceWithOtherContentIsAConflict) {
  const auto ref = unique_ref("CQ");
  ASSERT_EQ(push(city_portal_payload(ref, test_reporters()[0])).status, 202);
  const auto r = push(city_portal_payload(ref, test_reporters()[0], "另一个标题"));
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.error_code(), "CASE_CONFLICT");
}

TEST_F(Intake, MalformedJsonIs400WithACode) {
  const auto r = push(R"({"version": "1.0", "submission": {)");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "MALFORMED_BODY") << r.body;
  EXPECT_FALSE(json::parse(r.body).at("error").at("request_id").as_string().empty());
}

TEST_F(Intake, AMissingRequiredFieldIs400NamingIt) {
  auto payload = json::parse(city_portal_payload(unique_ref("CQ"), test_reporters()[0])).as_object();
  payload["submission"].as_object().erase("title");
  const auto r = push(json::serialize(payload));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "MISSING_FIELD");
  EXPECT_NE(r.body.find("title"), std::string::npos) << r.body;
}

TEST_F(Intake, ErrorBodiesNeverEchoReporterData) {
  auto payload = json::parse(city_portal_payload(unique_ref("CQ"), test_reporters()[2])).as_object();
  payload["submission"].as_object()["reporter"].as_object()["mobile"] = "not a phone " + test_reporters()[2].name;
  const auto r = push(json::serialize(payload));
  EXPECT_EQ(r.status, 400);
  for (const auto& secret : confidential_strings()) EXPECT_EQ(r.body.find(secret), std::string::npos) << r.body;
}

TEST_F(Intake, InvalidUtf8Is400) {
  std::string payload = city_portal_payload(unique_ref("CQ"), test_reporters()[0]);
  payload.replace(payload.find("小区"), 3, "\xC3\x28\xFF");
  const auto r = push(payload);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "INVALID_ENCODING");
}

TEST_F(Intake, AnUnknownChannelIs404) {
  const auto r = push("{}", "application/json", "no_such_channel");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.error_code(), "UNKNOWN_CHANNEL");
}

TEST_F(Intake, AWrongContentTypeIs415) {
  const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[0]), "text/plain");
  EXPECT_EQ(r.status, 415);
  EXPECT_EQ(r.error_code(), "UNSUPPORTED_MEDIA_TYPE");
  const auto gbk = push(city_portal_payload(unique_ref("CQ"), test_reporters()[0]), "application/json; charset=GBK");
  EXPECT_EQ(gbk.status, 415);
  EXPECT_EQ(gbk.error_code(), "UNSUPPORTED_CHARSET");
}

TEST_F(Intake, GetIs405) {
  const auto r = client_->get(intake_url("/v1/channels/city_portal/cases"));
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.header("Allow"), "POST");
}

TEST_F(Intake, AnOversizedBodyIs413BeforeTheBodyIsSent) {
  // The channel allows 64 KiB: announce 2 MiB and send only the header.
  test_support::connection_options tls;
  tls.tls = true;
  tls.ca_file = certificates_->ca_certificate.string();
  test_support::test_connection connection(gateway_->layout().intake_port, tls);
  ASSERT_TRUE(connection.send("POST /v1/channels/city_portal/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\nContent-Length: 2097152\r\n\r\n"));
  const auto r = connection.read_response();
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.error_code(), "BODY_TOO_LARGE");
}

TEST_F(Intake, APostWithoutLengthIs411) {
  const auto bytes = "POST /v1/channels/city_portal/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\r\n";
  const auto r = client_->send_raw(intake_url("/"), bytes);
  ASSERT_TRUE(r.response) << r.bytes;
  EXPECT_EQ(r.response->status, 411);
  EXPECT_EQ(r.response->error_code(), "LENGTH_REQUIRED");
}

TEST_F(Intake, ObsFoldHeadersAreRejected) {
  const auto bytes = "POST /v1/channels/city_portal/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Folded: a\r\n b\r\n"
                     "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
  const auto r = client_->send_raw(intake_url("/"), bytes);
  ASSERT_TRUE(r.response) << r.bytes;
  EXPECT_EQ(r.response->status, 400);
  EXPECT_EQ(r.response->error_code(), "OBS_FOLD_REJECTED");
}

TEST_F(Intake, TooManyHeadersIs431) {
  std::vector<net::http_header> headers;
  for (int i = 0; i < 40; ++i) headers.push_back({"X-Extra-" + std::to_string(i), "1"});
  const auto r = client_->post(intake_url("/v1/channels/city_portal/cases"), headers, "{}");
  EXPECT_EQ(r.status, 431);
}

TEST_F(Intake, ASlowlorisClientIsCutOff) {
  // One header byte every 200 ms would take ~20 s; the header deadline here is 1 s.
  test_support::connection_options tls;
  tls.tls = true;
  tls.ca_file = certificates_->ca_certificate.string();
  const std::string request = "POST /v1/channels/city_portal/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\nX-Padding: " + std::string(30, 'a') + "\r\n\r\n";
  test_support::slow_tls_client slow(gateway_->layout().intake_port, tls, request, std::chrono::milliseconds(200));
  slow.start();
  EXPECT_TRUE(slow.wait_until_closed(std::chrono::seconds(8)));
  const auto report = slow.report();
  EXPECT_TRUE(report.server_closed);
  EXPECT_FALSE(report.finished_sending);
  // And the gateway still serves others.
  EXPECT_EQ(push(city_portal_payload(unique_ref("CQ"), test_reporters()[0])).status, 202);
}

TEST_F(Intake, TheUnifiedCaseIsVisibleMaskedInTheAdminApi) {
  const auto ref = unique_ref("CQ");
  const auto accepted = push(city_portal_payload(ref, test_reporters()[0]));
  ASSERT_EQ(accepted.status, 202);
  const std::string case_id = json::parse(accepted.body).at("case_id").as_string().c_str();
  const auto r = admin_get("/admin/v1/cases/" + case_id);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto view = json::parse(r.body).as_object();
  EXPECT_EQ(view.at("case_ref").as_string(), ref);
  const auto& reporter = view.at("case").at("reporter").as_object();
  EXPECT_EQ(reporter.at("name").as_string(), "欧***");
  EXPECT_EQ(reporter.at("phone").as_string(), "139****4321");
  for (const auto& secret : confidential_strings()) EXPECT_EQ(r.body.find(secret), std::string::npos);
  const auto by_ref = admin_get("/admin/v1/cases?channel=city_portal&case_ref=" + ref);
  EXPECT_EQ(by_ref.status, 200);
  EXPECT_EQ(admin_get("/admin/v1/cases/00000000-0000-7000-8000-000000000000").status, 404);
  EXPECT_EQ(client_->get(gateway_->admin_url("/admin/v1/cases/" + case_id)).status, 401) << "no token";
}

TEST_F(Intake, MetricsCountCasesAndShowTheOutboxWithoutReporterData) {
  ASSERT_EQ(push(city_portal_payload(unique_ref("CQ"), test_reporters()[0])).status, 202);
  ASSERT_EQ(push("{", "application/json").status, 400);
  const auto r = client_->get(gateway_->admin_url("/metrics"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type").rfind("text/plain; version=0.0.4", 0), 0u) << r.header("Content-Type");
  EXPECT_NE(r.body.find(R"(casegw_intake_requests_total{channel="city_portal",outcome="accepted"} 1)"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"(casegw_intake_rejections_total{channel="city_portal",code="MALFORMED_BODY"} 1)"), std::string::npos);
  EXPECT_NE(r.body.find(R"(casegw_outbox_pending{destination="workflow"})"), std::string::npos);
  EXPECT_NE(r.body.find("casegw_intake_request_duration_seconds_bucket"), std::string::npos);
  for (const auto& secret : confidential_strings()) EXPECT_EQ(r.body.find(secret), std::string::npos);
}

}  // namespace
}  // namespace casegw::integration
