// Pulled channels end to end: the real casegw polls a stand-in State Council platform (HTTPS on
// 127.0.0.1, the test CA) for pages of examples/payloads/state_council, stores every item through
// the intake's decoding path and forwards it to the workflow stub once; the cursor survives a
// kill -9; a refused item is recorded while the next ones arrive; a 401 backs off in place.
#include "gateway_fixture.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace casegw::integration {
namespace {

constexpr const char* first_cursor = "c1763627100000-000802";  // poll-first-page.json
constexpr const char* last_cursor = "c1763773800000-000019";   // poll-last-page.json, poll-empty-page.json
constexpr const char* access_token = "ducha-access-token-3f9a";

std::string payload(const std::string& name) {
  std::ifstream in(std::filesystem::path(CASEGW_SOURCE_DIR) / "examples/payloads/state_council" / name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

test_support::stub_answer platform_answer(int status, std::string body) {
  return {status, std::move(body), {{"Content-Type", "application/json; charset=utf-8"}}, {}};
}

class pull_test : public gateway_test {
 protected:
  fixture_options options() const override {
    fixture_options o;
    if (!certificates_) return o;  // asked once before the certificates exist; the channel comes after prepare()
    std::ostringstream channel;
    channel << "  - id: state_council\n"
            << "    adapter: state_council\n"
            << "    auth: {scheme: none}\n"
            << "    destinations: [workflow]\n"
            << "    pull:\n"
            << "      base_url: https://127.0.0.1:" << platform_port_ << "/ducha\n"
            << "      interval: 1s\n"
            << "      timeout: 2s\n"
            << "      tls: {ca_file: " << certificates_->ca_certificate.string() << "}\n"
            << "      header_files: {X-Access-Token: " << dir_->file("ducha.token").string() << "}\n";
    o.extra_channels = channel.str();
    return o;
  }

  // The platform answers in order: what each test scripts, then an empty last page.
  void prepare() override {
    std::ofstream(dir_->file("ducha.token")) << access_token << "\n";
    test_support::workflow_stub_options o;
    o.tls = net::tls_settings{certificates_->server.certificate.string(), certificates_->server.private_key.string()};
    platform_ = std::make_unique<test_support::workflow_stub>(o);
    script();
    platform_->answer_by_default(platform_answer(200, payload("poll-empty-page.json")));
    platform_->start();
    platform_port_ = platform_->port();
  }

  virtual void script() {
    platform_->answer_next(1, platform_answer(200, payload("poll-first-page.json")));
    platform_->answer_next(1, platform_answer(200, payload("poll-last-page.json")));
  }

  void TearDown() override {
    const std::string logs = gateway_ ? gateway_->log_text() : std::string();
    for (const auto* reporter_data : {"13800138000", "500111198803152438", "\u5f20\u4e09", "张三"})
      EXPECT_EQ(logs.find(reporter_data), std::string::npos) << "a log line carries the reporter of a pulled item";
    gateway_test::TearDown();
    if (!platform_) return;
    for (const auto& request : platform_->received())
      EXPECT_EQ(request.header("X-Access-Token"), access_token) << "every poll carries the configured token";
    platform_->stop();
  }

  std::set<std::string> delivered_refs() const {
    std::set<std::string> refs;
    for (const auto& d : workflow_->received()) {
      const auto at = d.body.find("\"case_ref\":\"");
      if (at != std::string::npos) refs.insert(d.body.substr(at + 12, d.body.find('"', at + 12) - at - 12));
    }
    return refs;
  }

  // The poll after `polls` polls, waited for.
  std::string target_of_poll(std::size_t index) const {
    EXPECT_TRUE(platform_->wait_for(index + 1, std::chrono::seconds(8)));
    const auto received = platform_->received();
    return received.size() > index ? received[index].target : std::string();
  }

  std::unique_ptr<test_support::workflow_stub> platform_;
  std::uint16_t platform_port_ = 0;
};

TEST_F(pull_test, EveryItemOfTwoPagesIsDeliveredOnce) {
  ASSERT_TRUE(workflow_->wait_for(5, std::chrono::seconds(10)));
  EXPECT_EQ(delivered_refs(), (std::set<std::string>{"GWYDC20261120000731", "GWYDC20261119000588", "GWYDC20261120000802",
                                                     "GWYDC20261121000115", "GWYDC20261122000019"}));
  EXPECT_TRUE(target_of_poll(0).starts_with("/ducha/api/v2/handover/items?")) << target_of_poll(0);
  EXPECT_NE(target_of_poll(1).find(std::string("cursor=") + first_cursor), std::string::npos);
  EXPECT_NE(target_of_poll(2).find(std::string("cursor=") + last_cursor), std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // more polls of the empty page add nothing
  EXPECT_EQ(workflow_->distinct_idempotency_keys().size(), 5u);
  EXPECT_EQ(workflow_->received_count(), 5u);
}

TEST_F(pull_test, TheSavedCursorSurvivesAKillAndRestart) {
  ASSERT_TRUE(workflow_->wait_for(5, std::chrono::seconds(10)));
  target_of_poll(2);  // the empty page was asked for from the saved cursor
  gateway_->kill_hard();
  platform_->clear();
  restart_gateway();
  EXPECT_NE(target_of_poll(0).find(std::string("cursor=") + last_cursor), std::string::npos) << target_of_poll(0);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(workflow_->distinct_idempotency_keys().size(), 5u);
}

class pull_bad_item_test : public pull_test {
 protected:
  void script() override {
    const std::string page = R"({"code":0,"message":"ok","data":{"items":[)" + payload("invalid-missing-title.json") + "," +
                             payload("handover-consultation.json") + "," + payload("handover-praise.json") +
                             R"(],"nextCursor":"c-after-bad","hasMore":false}})";
    platform_->answer_next(1, platform_answer(200, page));
  }
};

TEST_F(pull_bad_item_test, ARefusedItemIsRecordedAndTheNextOnesArrive) {
  ASSERT_TRUE(workflow_->wait_for(2, std::chrono::seconds(10)));
  EXPECT_EQ(delivered_refs().count("GWYDC20261120000845"), 1u);
  EXPECT_EQ(delivered_refs().count("GWYDC20261120000731"), 0u);
  EXPECT_NE(target_of_poll(1).find("cursor=c-after-bad"), std::string::npos) << target_of_poll(1);
  const auto metrics = admin_get("/metrics");
  EXPECT_NE(metrics.body.find(R"(casegw_pull_items_total{channel="state_council",outcome="rejected"} 1)"),
            std::string::npos) << metrics.body;
  EXPECT_NE(gateway_->log_text().find("code=MISSING_FIELD"), std::string::npos);
}

class pull_unauthorized_test : public pull_test {
 protected:
  void script() override {
    std::string page = payload("poll-first-page.json");
    page.replace(page.find("\"hasMore\":true"), 14, "\"hasMore\":false");
    platform_->answer_next(1, platform_answer(200, page));
    platform_->answer_next(4, platform_answer(401, payload("poll-error-token-expired.json")));
  }
};

TEST_F(pull_unauthorized_test, APlatform401BacksOffAndTheCursorStays) {
  ASSERT_TRUE(platform_->wait_for(6, std::chrono::seconds(12)));  // the page, four refusals, then the empty page
  const auto received = platform_->received();
  for (std::size_t i = 1; i < 6; ++i)
    EXPECT_NE(received[i].target.find(std::string("cursor=") + first_cursor), std::string::npos) << received[i].target;
  // Backed off: four random waits of up to the interval each (all four under 25 ms together has
  // odds of about 1 in 6*10^7), not a tight loop and not a wait of several intervals.
  EXPECT_GT(received[5].received_at - received[1].received_at, std::chrono::milliseconds(25));
  EXPECT_LT(received[5].received_at - received[1].received_at, std::chrono::seconds(5));
  const auto metrics = admin_get("/metrics");
  EXPECT_NE(metrics.body.find(R"(casegw_pull_polls_total{channel="state_council",outcome="refused"} 4)"),
            std::string::npos) << metrics.body;
  EXPECT_NE(gateway_->log_text().find("code=UPSTREAM_UNAUTHORIZED"), std::string::npos);
  EXPECT_EQ(workflow_->distinct_idempotency_keys().size(), 3u);
}

}  // namespace
}  // namespace casegw::integration
