// The poller of a pulled channel against the real state_council adapter, the real SQLite
// store and a scripted platform: pages stored through the intake's decoding path, the cursor
// saved only once every item is committed, refusals and outages backed off without moving it.
#include "pull/channel_poller.hpp"

#include "pull_test_support.hpp"
#include "../intake/test_case_rules.hpp"

#include "metrics/registry.hpp"

#include <unistd.h>

namespace casegw::pull {
namespace {

using testing::page_of;
using testing::payload;
using testing::scripted_platform;

constexpr const char* first_cursor = "c1763627100000-000802";  // poll-first-page.json
constexpr const char* last_cursor = "c1763773800000-000019";   // poll-last-page.json

class channel_poller_test : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) / ("casegw-pull-" + std::to_string(::getpid()) + "-" +
                                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    open_store();
    platform_ = std::make_shared<scripted_platform::state>();
  }
  void TearDown() override {
    poller_.reset();
    store_->close();
    std::filesystem::remove_all(dir_);
  }

  void open_store() {
    if (store_) store_->close();
    store_ = std::make_unique<testing::test_store>(dir_ / "casegw.db");
  }

  void answer(const std::string& cursor, int status, const std::string& body) {
    std::lock_guard lock(platform_->mutex);
    platform_->answers[cursor] = scripted_platform::answer(status, body);
  }

  channel_poller& poller() {
    if (!poller_) {
      poller_options options;
      options.base_url = "https://ducha.test";
      options.headers = {{"X-Access-Token", "configured-token"}};
      options.interval = std::chrono::seconds(60);
      poller_ = std::make_unique<channel_poller>(pipeline_, *channels_->find("state_council"), *store_,
                                                 metrics_, std::make_unique<scripted_platform>(platform_), options);
    }
    return *poller_;
  }

  bool stored(const std::string& ref) { return store_->find_by_ref("state_council", ref).has_value(); }
  std::string saved_cursor() { return store_->channel_cursor("state_council").value_or("<none>"); }
  std::vector<net::client_request> requests() {
    std::lock_guard lock(platform_->mutex);
    return platform_->requests;
  }
  std::string metrics_text() const { return registry_.render(); }

  std::filesystem::path dir_;
  std::unique_ptr<testing::test_store> store_;
  std::shared_ptr<scripted_platform::state> platform_;
  std::shared_ptr<const intake::channel_registry> channels_ = testing::state_council_channels();
  std::shared_ptr<const intake::pipeline> pipeline_ = intake::testing::test_pipeline(
      channels_, intake::testing::test_case_rules(testing::shipped_policy(), {"state_council"}));
  metrics::registry registry_;
  intake::channel_activity activity_;
  pull_metrics metrics_{registry_, &activity_};
  std::unique_ptr<channel_poller> poller_;
};

TEST_F(channel_poller_test, TwoPagesAreStoredAndTheCursorFollowsThem) {
  answer("", 200, payload("poll-first-page.json"));
  answer(first_cursor, 200, payload("poll-last-page.json"));

  EXPECT_EQ(poller().poll_once(), poll_verdict::poll_again);  // hasMore: at once
  EXPECT_EQ(saved_cursor(), first_cursor);
  EXPECT_EQ(poller().poll_once(), poll_verdict::wait_interval);
  EXPECT_EQ(saved_cursor(), last_cursor);

  for (const auto* ref : {"GWYDC20261120000731", "GWYDC20261119000588", "GWYDC20261120000802", "GWYDC20261121000115"})
    EXPECT_TRUE(stored(ref)) << ref;
  const auto sent = requests();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].method, "GET");
  EXPECT_TRUE(sent[0].url.starts_with("https://ducha.test/api/v2/handover/items?")) << sent[0].url;
  EXPECT_NE(sent[1].url.find(std::string("cursor=") + first_cursor), std::string::npos) << sent[1].url;
  bool token_sent = false;
  for (const auto& h : sent[0].headers) token_sent |= h.name == "X-Access-Token" && h.value == "configured-token";
  EXPECT_TRUE(token_sent);
  EXPECT_NE(metrics_text().find(R"(casegw_pull_polls_total{channel="state_council",outcome="ok"} 2)"), std::string::npos)
      << metrics_text();
}

TEST_F(channel_poller_test, ACrashBeforeTheCursorIsSavedRepollsThePageAndTheStoreAnswersDuplicate) {
  answer("", 200, payload("poll-first-page.json"));
  store_->cursor_writes_fail = true;  // the items are committed, the cursor is not: as if killed in between
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);
  EXPECT_EQ(saved_cursor(), "<none>");
  const auto first = store_->find_by_ref("state_council", "GWYDC20261120000731");
  ASSERT_TRUE(first);

  poller_.reset();  // the restart: a new poller on the same store reads the cursor again
  store_->cursor_writes_fail = false;
  EXPECT_EQ(poller().poll_once(), poll_verdict::poll_again);
  EXPECT_EQ(saved_cursor(), first_cursor);
  const auto again = store_->find_by_ref("state_council", "GWYDC20261120000731");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->case_id, first->case_id);  // stored once
  const auto text = metrics_text();
  EXPECT_NE(text.find(R"(casegw_pull_items_total{channel="state_council",outcome="accepted"} 3)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(casegw_pull_items_total{channel="state_council",outcome="duplicate"} 3)"), std::string::npos) << text;
  ASSERT_EQ(requests().size(), 2u);
  EXPECT_EQ(requests()[1].url, requests()[0].url);  // the same page, asked for again
}

TEST_F(channel_poller_test, ARefusedItemIsRecordedAndTheItemsAfterItAreStored) {
  answer("", 200, page_of({payload("invalid-missing-title.json"), payload("handover-consultation.json")}, "c2", false));
  EXPECT_EQ(poller().poll_once(), poll_verdict::wait_interval);
  EXPECT_EQ(saved_cursor(), "c2");
  ASSERT_EQ(store_->rejected_items.load(), 1);
  EXPECT_EQ(store_->rejected[0].code, "MISSING_FIELD");
  std::string item = payload("invalid-missing-title.json");
  while (item.ends_with('\n')) item.pop_back();  // the page holds the object, not the file's last newline
  EXPECT_EQ(store_->rejected[0].raw_body, item);  // the platform's own bytes, cut out of the page
  EXPECT_FALSE(stored("GWYDC20261120000731"));
  EXPECT_TRUE(stored("GWYDC20261120000845"));
}

TEST_F(channel_poller_test, APlatformRefusalBacksOffWithoutMovingTheCursor) {
  answer("", 200, payload("poll-first-page.json"));
  ASSERT_EQ(poller().poll_once(), poll_verdict::poll_again);
  answer(first_cursor, 401, payload("poll-error-token-expired.json"));
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);
  EXPECT_EQ(saved_cursor(), first_cursor);
  EXPECT_NE(metrics_text().find(R"(casegw_pull_polls_total{channel="state_council",outcome="refused"} 2)"), std::string::npos)
      << metrics_text();
}

TEST_F(channel_poller_test, TheChannelsActivityShowsItsItemsAndItsLastPoll) {
  answer("", 200, payload("poll-first-page.json"));
  ASSERT_EQ(poller().poll_once(), poll_verdict::poll_again);
  auto activity = activity_.snapshot("state_council");
  EXPECT_GT(activity.accepted, 0u);
  EXPECT_EQ(activity.received, activity.accepted + activity.duplicate + activity.rejected);
  ASSERT_TRUE(activity.last_poll);
  EXPECT_EQ(activity.last_poll->outcome, "ok");
  EXPECT_FALSE(activity.backing_off());

  answer(first_cursor, 401, payload("poll-error-token-expired.json"));
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);
  activity = activity_.snapshot("state_council");
  EXPECT_TRUE(activity.backing_off());
  EXPECT_EQ(activity.last_poll->outcome, "refused");
  EXPECT_EQ(activity.last_poll->status, 401);
  EXPECT_FALSE(activity.last_poll->code.empty());
}

TEST_F(channel_poller_test, AnUnavailableStoreKeepsTheCursorSoThePageComesAgain) {
  answer("", 200, payload("poll-first-page.json"));
  store_->submissions_unavailable = true;
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);
  EXPECT_EQ(saved_cursor(), "<none>");
  store_->submissions_unavailable = false;
  EXPECT_EQ(poller().poll_once(), poll_verdict::poll_again);
  EXPECT_EQ(saved_cursor(), first_cursor);
  EXPECT_TRUE(stored("GWYDC20261120000802"));
}

TEST_F(channel_poller_test, AnUnreachablePlatformBacksOff) {
  EXPECT_EQ(poller().poll_once(), poll_verdict::back_off);  // no answer scripted: connection refused
  EXPECT_NE(metrics_text().find(R"(outcome="unreachable"} 1)"), std::string::npos) << metrics_text();
}

TEST_F(channel_poller_test, StopEndsTheWaitForTheNextPoll) {
  answer("", 200, payload("poll-last-page.json"));
  poller().start();
  for (int i = 0; i < 200 && saved_cursor() != last_cursor; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(saved_cursor(), last_cursor);
  const auto before = std::chrono::steady_clock::now();
  poller().stop();  // the interval is a minute: stop must not wait for it
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(2));
  EXPECT_EQ(requests().size(), 1u);
}

}  // namespace
}  // namespace casegw::pull
