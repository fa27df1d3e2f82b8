// Delivery side of the SQLite store: leases, attempt outcomes, dead letters, replay and the
// trail they leave.
#include "scratch_directory.hpp"
#include "store_test_cases.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace casegw::store {
namespace {

using testing::make_case;
using testing::submit_and_wait;
using testing::wait_for_writer;

std::vector<std::string> events(const stored_case& c) {
  std::vector<std::string> names;
  for (const trail_entry& e : c.trail) names.push_back(e.event);
  return names;
}

class SqliteStoreOutbox : public ::testing::Test {
 protected:
  void SetUp() override {
    sqlite_options o;
    o.path = dir_.file("cases.db");
    store_ = open_sqlite_store(o);
  }
  std::string accept(const std::string& ref, std::vector<std::string> destinations = {"workflow"}) {
    const auto r = submit_and_wait(*store_, make_case(ref, "fp", std::move(destinations)));
    EXPECT_EQ(r.outcome, submit_outcome::accepted);
    now_ = testing::now_ms();  // the new rows are due from the commit on
    return r.case_id;
  }
  outbox_item claim_one(std::int64_t now) {
    auto items = store_->claim_due("workflow", now, 1, 60'000);
    EXPECT_EQ(items.size(), 1u);
    return items.empty() ? outbox_item{} : items[0];
  }

  testing::scratch_directory dir_;
  std::unique_ptr<case_store> store_;
  std::int64_t now_ = 0;  // a time at which every accepted row is due
};

TEST_F(SqliteStoreOutbox, ClaimHandsOutDueRowsOfOneDestinationOldestFirstWithTheCase) {
  const auto first = accept("A-1", {"workflow", "archive"});
  const auto second = accept("A-2");
  accept("A-3");

  const auto items = store_->claim_due("workflow", now_, 2, 60'000);

  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].case_id, first);
  EXPECT_EQ(items[1].case_id, second);
  EXPECT_EQ(items[0].destination, "workflow");
  EXPECT_EQ(items[0].attempts, 0);
  EXPECT_EQ(items[0].case_json, make_case("A-1").case_json);
}

TEST_F(SqliteStoreOutbox, LeasedRowIsNotClaimedAgainUntilTheLeaseLapses) {
  accept("B-1");
  claim_one(now_);

  EXPECT_TRUE(store_->claim_due("workflow", now_ + 59'999, 10, 60'000).empty());
  EXPECT_EQ(store_->next_due("workflow"), now_ + 60'000);
  EXPECT_EQ(store_->claim_due("workflow", now_ + 60'000, 10, 60'000).size(), 1u);
}

TEST_F(SqliteStoreOutbox, ConcurrentClaimersNeverReceiveTheSameRow) {
  for (int i = 0; i < 40; ++i) accept("C-" + std::to_string(i));
  std::mutex mutex;
  std::vector<std::int64_t> claimed;
  std::vector<std::thread> claimers;
  for (int t = 0; t < 4; ++t) {
    claimers.emplace_back([&] {
      // Bounded, so that a broken lease fails the test instead of looping forever.
      for (int round = 0; round < 40; ++round) {
        const auto items = store_->claim_due("workflow", now_, 3, 60'000);
        if (items.empty()) return;
        std::lock_guard lock(mutex);
        for (const auto& item : items) claimed.push_back(item.id);
      }
    });
  }
  for (auto& t : claimers) t.join();

  const std::set<std::int64_t> distinct(claimed.begin(), claimed.end());
  EXPECT_EQ(claimed.size(), 40u);
  EXPECT_EQ(distinct.size(), 40u);
}

TEST_F(SqliteStoreOutbox, RetryPostponesTheRowThenDeliveryCompletesIt) {
  const auto case_id = accept("D-1");
  const auto item = claim_one(now_);

  store_->record_retry(item.id, "HTTP 503", now_ + 5'000);
  wait_for_writer(*store_);

  auto record = store_->find_case(case_id)->deliveries.at(0);
  EXPECT_EQ(record.state, delivery_state::pending);
  EXPECT_EQ(record.attempts, 1);
  EXPECT_EQ(record.last_error, "HTTP 503");
  EXPECT_EQ(record.next_attempt_at_ms, now_ + 5'000);
  EXPECT_EQ(store_->next_due("workflow"), now_ + 5'000);
  EXPECT_TRUE(store_->claim_due("workflow", now_ + 4'999, 10, 60'000).empty());

  const auto again = claim_one(now_ + 5'000);
  EXPECT_EQ(again.attempts, 1);
  store_->record_delivered(again.id, "HTTP 200");
  wait_for_writer(*store_);

  const auto stored = store_->find_case(case_id);
  EXPECT_EQ(stored->deliveries.at(0).state, delivery_state::delivered);
  EXPECT_EQ(stored->deliveries.at(0).attempts, 2);
  EXPECT_GT(stored->deliveries.at(0).delivered_at_ms, 0);
  EXPECT_EQ(events(*stored),
            (std::vector<std::string>{"received", "stored", "delivery_attempt_failed", "delivered"}));
  EXPECT_NE(stored->trail[2].detail.find("HTTP 503"), std::string::npos);
  EXPECT_FALSE(store_->next_due("workflow"));
  EXPECT_EQ(store_->backlog("workflow").pending, 0u);
}

TEST_F(SqliteStoreOutbox, OutcomeForARowNoLongerPendingIsIgnored) {
  const auto case_id = accept("E-1");
  const auto item = claim_one(now_);
  store_->record_delivered(item.id, "HTTP 200");
  store_->record_delivered(item.id, "HTTP 200");  // a late duplicate after a lapsed lease
  store_->record_dead(item.id, "HTTP 400");
  wait_for_writer(*store_);

  const auto stored = store_->find_case(case_id);
  EXPECT_EQ(stored->deliveries.at(0).state, delivery_state::delivered);
  EXPECT_EQ(stored->deliveries.at(0).attempts, 1);
  EXPECT_EQ(events(*stored), (std::vector<std::string>{"received", "stored", "delivered"}));
}

TEST_F(SqliteStoreOutbox, DeadLetterIsListedAndReplayMakesItDueAgain) {
  const auto case_id = accept("F-1");
  const auto item = claim_one(now_);
  store_->record_dead(item.id, "HTTP 400");
  wait_for_writer(*store_);

  const auto letters = store_->dead_letters(10);
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].outbox_id, item.id);
  EXPECT_EQ(letters[0].case_id, case_id);
  EXPECT_EQ(letters[0].channel_id, "city_portal");
  EXPECT_EQ(letters[0].attempts, 1);
  EXPECT_EQ(letters[0].last_error, "HTTP 400");
  EXPECT_GT(letters[0].dead_at_ms, 0);
  EXPECT_EQ(store_->backlog("workflow").dead, 1u);
  EXPECT_TRUE(store_->claim_due("workflow", now_ + 3'600'000, 10, 60'000).empty());

  EXPECT_TRUE(store_->replay_dead_letter(item.id));
  EXPECT_FALSE(store_->replay_dead_letter(item.id));  // no longer dead

  EXPECT_TRUE(store_->dead_letters(10).empty());
  const auto revived = claim_one(testing::now_ms());
  EXPECT_EQ(revived.id, item.id);
  EXPECT_EQ(revived.attempts, 0);  // a fresh retry budget
  EXPECT_EQ(events(*store_->find_case(case_id)),
            (std::vector<std::string>{"received", "stored", "dead_lettered", "replayed"}));
}

TEST_F(SqliteStoreOutbox, ReplayAllRevivesEveryDeadLetter) {
  for (int i = 0; i < 3; ++i) accept("G-" + std::to_string(i));
  for (const auto& item : store_->claim_due("workflow", now_, 10, 60'000)) store_->record_dead(item.id, "HTTP 410");
  wait_for_writer(*store_);
  ASSERT_EQ(store_->backlog("").dead, 3u);

  EXPECT_EQ(store_->replay_all_dead_letters(), 3u);

  EXPECT_EQ(store_->backlog("").dead, 0u);
  EXPECT_EQ(store_->backlog("").pending, 3u);
  EXPECT_EQ(store_->replay_all_dead_letters(), 0u);
}

TEST_F(SqliteStoreOutbox, BacklogReportsPendingOldestAndDeadPerDestination) {
  accept("H-1", {"workflow", "archive"});

  const backlog_stats workflow = store_->backlog("workflow");
  EXPECT_EQ(workflow.pending, 1u);
  EXPECT_EQ(workflow.oldest_pending_ms, make_case("H-1").received_at_ms);
  EXPECT_EQ(workflow.dead, 0u);
  EXPECT_EQ(store_->backlog("").pending, 2u);
  EXPECT_EQ(store_->backlog("nowhere").pending, 0u);
  EXPECT_EQ(store_->backlog("nowhere").oldest_pending_ms, 0);
}

TEST_F(SqliteStoreOutbox, ListenerHearsOfNewRowsAndRetriesAfterTheirCommit) {
  std::atomic<int> calls{0};
  store_->on_outbox_change([&] { ++calls; });

  accept("I-1");
  EXPECT_EQ(calls.load(), 1);  // told before the submission was answered
  const auto item = claim_one(now_);
  EXPECT_EQ(calls.load(), 1);  // a claim changes nothing the forwarder has to wake for
  store_->record_retry(item.id, "timeout", now_ + 10);
  wait_for_writer(*store_);
  EXPECT_EQ(calls.load(), 2);

  store_->on_outbox_change({});
  accept("I-2");
  EXPECT_EQ(calls.load(), 2);
}

}  // namespace
}  // namespace casegw::store
