// Store and forward through the real binary: exactly one delivery per case, through outages
// of the workflow and crashes of the gateway itself.
#include "city_portal_payloads.hpp"
#include "gateway_fixture.hpp"

#include "support/test_response.hpp"

#include <boost/json.hpp>
#include <openssl/sha.h>

#include <filesystem>
#include <optional>
#include <set>
#include <thread>

namespace casegw::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

std::string case_id_of(const test_support::test_response& r) {
  return json::parse(r.body).at("case_id").as_string().c_str();
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

// Waits until the admin API reports the case delivered to every destination.
bool wait_delivered(const std::function<test_support::test_response()>& lookup, std::chrono::seconds within) {
  const auto deadline = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto r = lookup();
    if (r.status == 200 && json::parse(r.body).at("delivery_state").as_string() == "delivered") return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

class Delivery : public gateway_test {};

TEST_F(Delivery, APushedCaseArrivesAtTheWorkflowExactlyOnceWithTheDocumentedFields) {
  const auto ref = unique_ref("CQ");
  const auto payload = city_portal_payload(ref, test_reporters()[0]);
  const auto accepted = push(payload);
  ASSERT_EQ(accepted.status, 202) << accepted.body;
  const auto case_id = case_id_of(accepted);

  ASSERT_TRUE(workflow_->wait_for(1, 10s));
  ASSERT_TRUE(wait_delivered([&] { return admin_get("/admin/v1/cases/" + case_id); }, 10s));
  std::this_thread::sleep_for(300ms);  // a second delivery would have had time to arrive
  const auto received = workflow_->received();
  ASSERT_EQ(received.size(), 1u);
  const auto& delivery = received.front();
  EXPECT_EQ(delivery.method, "POST");
  EXPECT_EQ(delivery.path(), "/cases");
  EXPECT_EQ(delivery.idempotency_key(), case_id);
  EXPECT_EQ(delivery.header("Content-Type").rfind("application/json", 0), 0u);

  const auto unified = json::parse(delivery.body).as_object();
  EXPECT_EQ(unified.at("schema").as_string(), "casegw.case/v1");
  EXPECT_EQ(unified.at("case_id").as_string(), case_id);
  EXPECT_EQ(unified.at("channel").at("id").as_string(), "city_portal");
  EXPECT_EQ(unified.at("channel").at("case_ref").as_string(), ref);
  EXPECT_EQ(unified.at("submitted_at").as_string(), "2026-11-20T09:30:12+08:00");
  EXPECT_EQ(unified.at("kind").as_string(), "complaint");
  EXPECT_EQ(unified.at("location").at("region_code").as_string(), "500103003");
  // The workflow is entitled to the reporter: it receives the data unmasked.
  EXPECT_EQ(unified.at("reporter").at("phone").as_string(), test_reporters()[0].phone);
  EXPECT_EQ(unified.at("consent_to_disclose").as_bool(), false);
  EXPECT_EQ(unified.at("raw").at("sha256").as_string(), sha256_hex(payload));
  EXPECT_EQ(unified.at("raw").at("size").as_int64(), static_cast<std::int64_t>(payload.size()));

  // The embedded destination got it too, and the trail tells the story in order.
  EXPECT_TRUE(std::filesystem::exists(dir_->path() / "data" / "delivered" / (case_id + ".json")));
  const auto view = json::parse(admin_get("/admin/v1/cases/" + case_id).body).as_object();
  EXPECT_EQ(view.at("deliveries").as_array().size(), 2u);
  EXPECT_GE(view.at("trail").as_array().size(), 3u);
}

TEST_F(Delivery, ADuplicatePushIsDeliveredOnce) {
  const auto payload = city_portal_payload(unique_ref("CQ"), test_reporters()[1]);
  ASSERT_EQ(push(payload).status, 202);
  ASSERT_EQ(push(payload).status, 200);
  ASSERT_EQ(push(payload).status, 200);
  ASSERT_TRUE(workflow_->wait_for(1, 10s));
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(workflow_->received_count(), 1u);
}

class DeliveryWithWorkflowDown : public gateway_test {
 protected:
  fixture_options options() const override {
    fixture_options o;
    o.start_workflow = false;
    return o;
  }
};

TEST_F(DeliveryWithWorkflowDown, CasesQueueWhileTheWorkflowIsDownThenAllArriveOnce) {
  std::set<std::string> accepted;
  for (int i = 0; i < 12; ++i) {
    const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[i % 3]));
    ASSERT_EQ(r.status, 202) << r.body;
    accepted.insert(case_id_of(r));
  }
  std::this_thread::sleep_for(1s);  // several delivery attempts fail meanwhile
  EXPECT_EQ(workflow_->received_count(), 0u);

  workflow_->start();  // the workflow is back
  ASSERT_TRUE(workflow_->wait_for(accepted.size(), 20s)) << workflow_->received_count();
  for (const auto& id : accepted)
    EXPECT_TRUE(wait_delivered([&] { return admin_get("/admin/v1/cases/" + id); }, 10s)) << id;
  std::this_thread::sleep_for(500ms);  // a second delivery would have had time to arrive
  EXPECT_EQ(workflow_->received_count(), accepted.size()) << "some case arrived twice";
  EXPECT_EQ(workflow_->distinct_idempotency_keys(), accepted);
}

TEST_F(DeliveryWithWorkflowDown, KillMinus9AfterA202LosesNothingAndDeliversOnce) {
  const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[2]));
  ASSERT_EQ(r.status, 202) << r.body;
  const auto case_id = case_id_of(r);
  gateway_->kill_hard();  // right after the 202: nothing has been delivered anywhere yet

  workflow_->start();
  restart_gateway();
  ASSERT_TRUE(workflow_->wait_for(1, 20s));
  ASSERT_TRUE(wait_delivered([&] { return admin_get("/admin/v1/cases/" + case_id); }, 10s));
  std::this_thread::sleep_for(500ms);
  ASSERT_EQ(workflow_->received_count(), 1u);
  EXPECT_EQ(workflow_->received().front().idempotency_key(), case_id);
}

TEST_F(Delivery, KillMinus9WithDeliveriesInFlightNeverLosesACaseAndKeepsOneKeyPerCase) {
  std::set<std::string> accepted;
  for (int i = 0; i < 8; ++i) {
    const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[i % 3]));
    ASSERT_EQ(r.status, 202) << r.body;
    accepted.insert(case_id_of(r));
  }
  gateway_->kill_hard();
  restart_gateway();
  ASSERT_TRUE(workflow_->wait_for(accepted.size(), 20s));
  for (const auto& id : accepted)
    EXPECT_TRUE(wait_delivered([&] { return admin_get("/admin/v1/cases/" + id); }, 10s)) << id;
  // At-least-once across a crash, exactly once in effect: a case sent before the crash and
  // again after it carries the same Idempotency-Key, and no key is foreign.
  const auto keys = workflow_->distinct_idempotency_keys();
  EXPECT_EQ(keys, accepted);
}

class DeliveryWithSmallStore : public gateway_test {
 protected:
  fixture_options options() const override {
    fixture_options o;
    o.start_workflow = false;
    o.high_water_pending = 3;
    return o;
  }
};

TEST_F(DeliveryWithSmallStore, OverTheHighWaterMarkTheGatewayAnswers503WithRetryAfter) {
  // Every case adds one pending row per destination (workflow, archive); the workflow is down,
  // so its rows stay: the store passes its mark of 3 pending rows within a few cases.
  std::optional<test_support::test_response> refused;
  int accepted = 0;
  for (int i = 0; i < 10 && !refused; ++i) {
    auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[i % 3]));
    if (r.status == 202) ++accepted;
    else refused = std::move(r);
  }
  ASSERT_TRUE(refused) << "never refused";
  EXPECT_GE(accepted, 2);
  EXPECT_LE(accepted, 3);
  EXPECT_EQ(refused->status, 503) << refused->body;
  EXPECT_EQ(refused->error_code(), "STORE_UNAVAILABLE");
  EXPECT_EQ(refused->header("Retry-After"), "3");
  // Once the backlog drains, cases are accepted again.
  workflow_->start();
  ASSERT_TRUE(workflow_->wait_for(static_cast<std::size_t>(accepted), 20s));
  bool accepted_again = false;
  for (int i = 0; i < 100 && !accepted_again; ++i) {
    accepted_again = push(city_portal_payload(unique_ref("CQ"), test_reporters()[1])).status == 202;
    if (!accepted_again) std::this_thread::sleep_for(100ms);
  }
  EXPECT_TRUE(accepted_again);
}

class DeliveryWithRetryLimit : public gateway_test {
 protected:
  fixture_options options() const override {
    fixture_options o;
    o.retry_limit = 3;
    return o;
  }
};

TEST_F(DeliveryWithRetryLimit, APermanentRefusalBecomesADeadLetterThatCanBeReplayed) {
  workflow_->answer_next(1, {422, R"({"error":"unprocessable"})", {}});
  const auto r = push(city_portal_payload(unique_ref("CQ"), test_reporters()[0]));
  ASSERT_EQ(r.status, 202);
  const auto case_id = case_id_of(r);
  ASSERT_TRUE(workflow_->wait_for(1, 10s));

  json::array dead;
  for (int i = 0; i < 100 && dead.empty(); ++i) {
    dead = json::parse(admin_get("/admin/v1/dead-letters").body).at("dead_letters").as_array();
    if (dead.empty()) std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(dead.size(), 1u);
  EXPECT_EQ(dead[0].at("case_id").as_string(), case_id);
  EXPECT_EQ(json::parse(admin_get("/admin/v1/cases/" + case_id).body).at("delivery_state").as_string(), "dead_letter");

  const auto replay = admin_post("/admin/v1/dead-letters/" + std::to_string(dead[0].at("outbox_id").as_int64()) + "/replay");
  ASSERT_EQ(replay.status, 200) << replay.body;
  ASSERT_TRUE(wait_delivered([&] { return admin_get("/admin/v1/cases/" + case_id); }, 10s));
  EXPECT_EQ(workflow_->received_count(), 2u);
}

}  // namespace
}  // namespace casegw::integration
