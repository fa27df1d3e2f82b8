// Intake side of the SQLite store: dedupe, group commit, answers only after COMMIT, high water,
// close.
#include "scratch_directory.hpp"
#include "store_test_cases.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace casegw::store {
namespace {

using testing::make_case;
using testing::submit;
using testing::submit_and_wait;

// Counts commits and remembers each batch's size, as the metrics hook reports them.
struct commit_log {
  std::mutex mutex;
  std::vector<std::size_t> batch_sizes;

  std::function<void(std::size_t)> hook() {
    return [this](std::size_t tasks) {
      std::lock_guard lock(mutex);
      batch_sizes.push_back(tasks);
    };
  }
  std::vector<std::size_t> sizes() {
    std::lock_guard lock(mutex);
    return batch_sizes;
  }
};

// Holds the writer thread inside a completion callback, so that everything submitted meanwhile
// is queued and lands in the next batch together.
class writer_gate {
 public:
  explicit writer_gate(case_store& s) {
    s.submit(make_case("gate", "gate"), [this](submit_result) {
      entered_.set_value();
      release_future_.wait();
    });
    entered_.get_future().wait();
  }
  ~writer_gate() { open(); }  // a failed assertion must not leave the writer blocked
  void open() {
    if (!opened_.exchange(true)) release_.set_value();
  }

 private:
  std::atomic<bool> opened_{false};
  std::promise<void> entered_;
  std::promise<void> release_;
  std::shared_future<void> release_future_ = release_.get_future().share();
};

class SqliteStoreSubmit : public ::testing::Test {
 protected:
  sqlite_options options() {
    sqlite_options o;
    o.path = dir_.file("cases.db");
    o.on_commit = commits_.hook();
    return o;
  }
  testing::scratch_directory dir_;
  commit_log commits_;
};

TEST_F(SqliteStoreSubmit, AcceptedCaseIsStoredWithOutboxRowsAndTrail) {
  auto store = open_sqlite_store(options());
  const new_case c = make_case("A-1", "fp-1", {"workflow", "archive"});

  const submit_result result = submit_and_wait(*store, c);

  ASSERT_EQ(result.outcome, submit_outcome::accepted);
  EXPECT_EQ(result.case_id, c.case_id);
  const auto stored = store->find_case(c.case_id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->case_json, c.case_json);
  EXPECT_EQ(stored->raw_size, static_cast<std::int64_t>(c.raw_body.size()));
  EXPECT_EQ(stored->raw_sha256, c.raw_sha256);
  ASSERT_EQ(stored->deliveries.size(), 2u);
  EXPECT_EQ(stored->deliveries[0].destination, "workflow");
  EXPECT_EQ(stored->deliveries[1].destination, "archive");
  EXPECT_EQ(stored->deliveries[0].state, delivery_state::pending);
  ASSERT_EQ(stored->trail.size(), 2u);
  EXPECT_EQ(stored->trail[0].event, "received");
  EXPECT_EQ(stored->trail[0].at_ms, c.received_at_ms);
  EXPECT_EQ(stored->trail[1].event, "stored");
  EXPECT_EQ(stored->trail[1].detail, "destinations=workflow,archive");
  EXPECT_TRUE(store->find_by_ref("city_portal", "A-1"));
  EXPECT_EQ(store->backlog("workflow").pending, 1u);
}

TEST_F(SqliteStoreSubmit, SamePushTwiceIsDuplicateOfTheOriginal) {
  auto store = open_sqlite_store(options());
  const submit_result first = submit_and_wait(*store, make_case("A-1", "fp-1"));
  new_case again = make_case("A-1", "fp-1");
  again.case_id = "another-id";

  const submit_result second = submit_and_wait(*store, again);

  EXPECT_EQ(second.outcome, submit_outcome::duplicate);
  EXPECT_EQ(second.case_id, first.case_id);
  EXPECT_FALSE(store->find_case("another-id"));
  EXPECT_EQ(store->backlog("workflow").pending, 1u);  // forwarded once
  EXPECT_EQ(store->find_case(first.case_id)->trail.back().event, "duplicate_received");
}

TEST_F(SqliteStoreSubmit, SameReferenceWithOtherFingerprintIsConflict) {
  auto store = open_sqlite_store(options());
  const submit_result first = submit_and_wait(*store, make_case("A-1", "fp-1"));

  const submit_result second = submit_and_wait(*store, make_case("A-1", "fp-2"));

  EXPECT_EQ(second.outcome, submit_outcome::conflict);
  EXPECT_EQ(second.case_id, first.case_id);
  EXPECT_EQ(store->find_case(first.case_id)->trail.back().event, "conflict_received");
}

TEST_F(SqliteStoreSubmit, SameReferenceTwiceInOneBatchBehavesAsIfSequential) {
  auto store = open_sqlite_store(options());
  writer_gate gate(*store);
  auto first = submit(*store, make_case("B-1", "fp-1"));
  auto same = submit(*store, make_case("B-1", "fp-1"));
  auto other = submit(*store, make_case("B-1", "fp-2"));
  gate.open();

  const submit_result a = first.get(), b = same.get(), c = other.get();

  EXPECT_EQ(a.outcome, submit_outcome::accepted);
  EXPECT_EQ(b.outcome, submit_outcome::duplicate);
  EXPECT_EQ(b.case_id, a.case_id);
  EXPECT_EQ(c.outcome, submit_outcome::conflict);
  EXPECT_EQ(c.case_id, a.case_id);
  EXPECT_EQ(commits_.sizes(), (std::vector<std::size_t>{1, 3}));  // the gate, then all three together
}

TEST_F(SqliteStoreSubmit, OneFailingSubmissionDoesNotSpoilItsBatch) {
  auto store = open_sqlite_store(options());
  const submit_result original = submit_and_wait(*store, make_case("C-1"));
  writer_gate gate(*store);
  auto good_before = submit(*store, make_case("C-2"));
  new_case clashing = make_case("C-3");
  clashing.case_id = original.case_id;  // primary key violation inside its savepoint
  auto bad = submit(*store, clashing);
  auto good_after = submit(*store, make_case("C-4"));
  gate.open();

  const submit_result failed = bad.get();

  EXPECT_EQ(good_before.get().outcome, submit_outcome::accepted);
  EXPECT_EQ(good_after.get().outcome, submit_outcome::accepted);
  EXPECT_EQ(failed.outcome, submit_outcome::unavailable);
  EXPECT_EQ(failed.detail.rfind("store_error: ", 0), 0u) << failed.detail;
  EXPECT_EQ(failed.detail.find("SECRET"), std::string::npos);
  EXPECT_FALSE(store->find_by_ref("city_portal", "C-3"));
  EXPECT_TRUE(store->find_by_ref("city_portal", "C-4"));
  EXPECT_TRUE(store->writable());
}

TEST_F(SqliteStoreSubmit, SubmissionsWaitingTogetherShareOneCommit) {
  auto store = open_sqlite_store(options());
  writer_gate gate(*store);
  std::vector<std::future<submit_result>> results;
  for (int i = 0; i < 64; ++i) results.push_back(submit(*store, make_case("D-" + std::to_string(i))));
  gate.open();

  for (auto& r : results) EXPECT_EQ(r.get().outcome, submit_outcome::accepted);
  EXPECT_EQ(commits_.sizes(), (std::vector<std::size_t>{1, 64}));
}

TEST_F(SqliteStoreSubmit, SixtyFourConcurrentSubmittersNeedFarFewerCommitsThanCases) {
  auto store = open_sqlite_store(options());
  constexpr int submitters = 64, cases_each = 8;
  std::atomic<int> accepted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < submitters; ++t) {
    threads.emplace_back([&, t] {
      // Like an intake connection: the next case only once the previous one is answered.
      for (int i = 0; i < cases_each; ++i) {
        const auto ref = "E-" + std::to_string(t) + "-" + std::to_string(i);
        if (submit_and_wait(*store, make_case(ref)).outcome == submit_outcome::accepted) ++accepted;
      }
    });
  }
  for (auto& t : threads) t.join();

  EXPECT_EQ(accepted.load(), submitters * cases_each);
  const std::size_t commits = commits_.sizes().size();
  EXPECT_LT(commits * 4, static_cast<std::size_t>(submitters * cases_each)) << commits << " commits";
}

TEST_F(SqliteStoreSubmit, AnswerComesOnlyAfterCommitIsVisibleToOtherConnections) {
  auto store = open_sqlite_store(options());
  const std::string path = options().path;
  std::promise<int> rows_seen;

  store->submit(make_case("F-1"), [&](submit_result r) {
    sqlite3* other = nullptr;
    sqlite3_open_v2(path.c_str(), &other, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(other, "SELECT COUNT(*) FROM cases c JOIN outbox o USING (case_id) WHERE c.case_id = ?1",
                       -1, &query, nullptr);
    sqlite3_bind_text(query, 1, r.case_id.c_str(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(query);
    rows_seen.set_value(rc == SQLITE_ROW ? sqlite3_column_int(query, 0) : -1);
    sqlite3_finalize(query);
    sqlite3_close(other);
  });

  EXPECT_EQ(rows_seen.get_future().get(), 1);
}

TEST_F(SqliteStoreSubmit, OverHighWaterIsUnavailableWithoutWritingUntilRowsDrain) {
  sqlite_options o = options();
  o.high_water_pending = 2;
  auto store = open_sqlite_store(o);
  ASSERT_EQ(submit_and_wait(*store, make_case("G-1", "fp", {"a", "b"})).outcome, submit_outcome::accepted);

  const submit_result refused = submit_and_wait(*store, make_case("G-2"));

  EXPECT_EQ(refused.outcome, submit_outcome::unavailable);
  EXPECT_EQ(refused.detail, "over_high_water");
  EXPECT_FALSE(store->find_by_ref("city_portal", "G-2"));
  EXPECT_FALSE(store->writable());

  const auto claimed = store->claim_due("a", testing::now_ms(), 10, 60'000);
  ASSERT_EQ(claimed.size(), 1u);
  store->record_delivered(claimed[0].id, "HTTP 200");
  testing::wait_for_writer(*store);
  EXPECT_TRUE(store->writable());
  EXPECT_EQ(submit_and_wait(*store, make_case("G-2")).outcome, submit_outcome::accepted);
}

TEST_F(SqliteStoreSubmit, HighWaterCountsRowsAlreadyPendingAtOpen) {
  {
    auto store = open_sqlite_store(options());
    submit_and_wait(*store, make_case("H-1", "fp", {"a", "b", "c"}));
  }
  sqlite_options o = options();
  o.high_water_pending = 3;
  auto reopened = open_sqlite_store(o);

  EXPECT_EQ(submit_and_wait(*reopened, make_case("H-2")).detail, "over_high_water");
}

TEST_F(SqliteStoreSubmit, CloseFinishesQueuedWorkAndRefusesLaterSubmissions) {
  auto store = open_sqlite_store(options());
  std::vector<std::future<submit_result>> queued;
  for (int i = 0; i < 20; ++i) queued.push_back(submit(*store, make_case("I-" + std::to_string(i))));

  store->close();

  for (auto& r : queued) EXPECT_EQ(r.get().outcome, submit_outcome::accepted);
  const submit_result late = submit_and_wait(*store, make_case("I-late"));
  EXPECT_EQ(late.outcome, submit_outcome::unavailable);
  EXPECT_EQ(late.detail.rfind("store_error: ", 0), 0u);
  EXPECT_FALSE(store->writable());
}

TEST_F(SqliteStoreSubmit, RepeatedDestinationGetsOneOutboxRow) {
  auto store = open_sqlite_store(options());
  const auto r = submit_and_wait(*store, make_case("J-1", "fp", {"a", "a", "b"}));

  ASSERT_EQ(r.outcome, submit_outcome::accepted);
  EXPECT_EQ(store->find_case(r.case_id)->deliveries.size(), 2u);
}

}  // namespace
}  // namespace casegw::store
