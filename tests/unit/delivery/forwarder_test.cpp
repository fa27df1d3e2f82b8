// The forwarder against a real SQLite store and fake destinations.
#include "delivery/forwarder.hpp"
#include "fake_destinations.hpp"
#include "../store/scratch_directory.hpp"
#include "../store/store_test_cases.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>
#include <thread>

namespace casegw::delivery {
namespace {

using namespace std::chrono_literals;
using testing::held_destination;
using testing::scripted_destination;

// Polls until the condition holds or the time is up; returns the condition's last value.
bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds limit = 2s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

destination_policy fast_policy(unsigned retry_limit = 5, unsigned concurrency = 4) {
  return {retry_limit, 1ms, 5ms, concurrency};
}

std::vector<std::string> events(const store::stored_case& c) {
  std::vector<std::string> names;
  for (const auto& e : c.trail) names.push_back(e.event);
  return names;
}

class Forwarder : public ::testing::Test {
 protected:
  void SetUp() override {
    store::sqlite_options o;
    o.path = dir_.file("cases.db");
    store_ = store::open_sqlite_store(o);
  }
  std::string accept(const std::string& ref, std::vector<std::string> destinations = {"workflow"}) {
    const auto r = testing::submit_and_wait(*store_, testing::make_case(ref, "fp", std::move(destinations)));
    EXPECT_EQ(r.outcome, store::submit_outcome::accepted);
    return r.case_id;
  }
  template <typename Destination, typename... Args>
  Destination& add(forwarder& f, destination_policy policy, Args&&... args) {
    auto target = std::make_unique<Destination>(std::forward<Args>(args)...);
    Destination& handle = *target;
    f.add_destination(std::move(target), policy);
    return handle;
  }
  store::delivery_record record_of(const std::string& case_id) {
    testing::wait_for_writer(*store_);  // outcomes are committed asynchronously
    return store_->find_case(case_id)->deliveries.at(0);
  }

  testing::scratch_directory dir_;
  std::unique_ptr<store::case_store> store_;
  forwarder_options options_{1'000ms, 50ms, 1'000ms};
};

TEST_F(Forwarder, DeliversEveryCaseOnceToEachOfItsDestinations) {
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) ids.push_back(accept("A-" + std::to_string(i), {"workflow", "archive"}));
  forwarder f(*store_, options_);
  auto& workflow = add<scripted_destination>(f, fast_policy(), "workflow", std::vector{testing::delivered()});
  auto& archive = add<scripted_destination>(f, fast_policy(), "archive", std::vector{testing::delivered()});

  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 10; }));
  f.stop();

  for (const auto& id : ids) {
    EXPECT_EQ(workflow.calls()[id], std::vector<int>{0});
    EXPECT_EQ(archive.calls()[id], std::vector<int>{0});
    testing::wait_for_writer(*store_);
    for (const auto& d : store_->find_case(id)->deliveries) EXPECT_EQ(d.state, store::delivery_state::delivered);
  }
  EXPECT_EQ(store_->backlog("").pending, 0u);
}

TEST_F(Forwarder, RetriesWithBackoffUntilTheReceiverAccepts) {
  const auto id = accept("B-1");
  forwarder f(*store_, options_);
  auto& workflow = add<scripted_destination>(
      f, fast_policy(), "workflow", std::vector{testing::retry("HTTP 503"), testing::retry("timeout"), testing::delivered()});

  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 1; }));
  f.stop();

  EXPECT_EQ(workflow.calls()[id], (std::vector<int>{0, 1, 2}));
  const auto record = record_of(id);
  EXPECT_EQ(record.state, store::delivery_state::delivered);
  EXPECT_EQ(record.attempts, 3);
  EXPECT_EQ(events(*store_->find_case(id)), (std::vector<std::string>{"received", "stored", "delivery_attempt_failed",
                                                                      "delivery_attempt_failed", "delivered"}));
  EXPECT_EQ(f.counters().total.failed_attempts, 2u);
}

TEST_F(Forwarder, DeadLettersTheCaseWhenTheRetryLimitIsReached) {
  const auto id = accept("C-1");
  forwarder f(*store_, options_);
  auto& workflow = add<scripted_destination>(f, fast_policy(3), "workflow", std::vector{testing::retry("HTTP 502")});

  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.dead == 1; }));
  f.stop();

  EXPECT_EQ(workflow.calls()[id], (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(record_of(id).state, store::delivery_state::dead);
  const auto letters = store_->dead_letters(10);
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].attempts, 3);
  EXPECT_EQ(letters[0].last_error, "HTTP 502");
  EXPECT_EQ(f.counters().total.failed_attempts, 3u);
}

TEST_F(Forwarder, RejectedCaseIsDeadLetteredAtOnce) {
  const auto id = accept("D-1");
  forwarder f(*store_, options_);
  auto& workflow = add<scripted_destination>(f, fast_policy(10), "workflow", std::vector{testing::reject("HTTP 422")});

  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.dead == 1; }));
  f.stop();

  EXPECT_EQ(workflow.calls()[id].size(), 1u);
  EXPECT_EQ(record_of(id).state, store::delivery_state::dead);
  EXPECT_EQ(store_->dead_letters(10).at(0).last_error, "HTTP 422");
}

TEST_F(Forwarder, WakesAtOnceWhenACaseIsStoredInsteadOfWaitingForItsPoll) {
  options_.poll_interval = 10s;
  forwarder f(*store_, options_);
  add<scripted_destination>(f, fast_policy(), "workflow", std::vector{testing::delivered()});
  f.start();
  accept("E-1");
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 1; }));

  // The lane has now gone to sleep for up to 10 s with nothing due.
  const auto started = std::chrono::steady_clock::now();
  accept("E-2");
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 2; }, 2s));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
  f.stop();
}

TEST_F(Forwarder, NeverHasMoreInFlightThanTheDestinationsConcurrency) {
  for (int i = 0; i < 5; ++i) accept("F-" + std::to_string(i));
  forwarder f(*store_, options_);
  auto& workflow = add<held_destination>(f, fast_policy(5, 2), "workflow");

  f.start();
  ASSERT_TRUE(eventually([&] { return workflow.held() == 2; }));
  std::this_thread::sleep_for(100ms);  // two poll intervals: a third would have been claimed by now
  EXPECT_EQ(workflow.held(), 2u);
  for (int released = 0; released < 5;) {
    if (workflow.release_one(testing::delivered())) {
      ++released;
    } else {
      std::this_thread::sleep_for(1ms);
    }
  }
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 5; }));
  f.stop();

  EXPECT_EQ(workflow.most_held(), 2u);
}

TEST_F(Forwarder, StopWaitsForADeliveryInFlightThatFinishesInTime) {
  const auto id = accept("G-1");
  forwarder f(*store_, options_);
  auto& workflow = add<held_destination>(f, fast_policy(), "workflow");
  f.start();
  ASSERT_TRUE(eventually([&] { return workflow.held() == 1; }));

  auto stopping = std::async(std::launch::async, [&] { f.stop(); });
  EXPECT_EQ(stopping.wait_for(20ms), std::future_status::timeout);  // still waiting for the attempt
  workflow.release_one(testing::delivered());
  stopping.get();

  EXPECT_EQ(record_of(id).state, store::delivery_state::delivered);
}

TEST_F(Forwarder, StopPastItsDeadlineLeavesTheRowPendingForTheNextRun) {
  const auto id = accept("H-1");
  options_.attempt_timeout = 100ms;  // lease 200 ms
  options_.stop_deadline = 30ms;
  forwarder f(*store_, options_);
  auto& workflow = add<held_destination>(f, fast_policy(), "workflow");
  f.start();
  ASSERT_TRUE(eventually([&] { return workflow.held() == 1; }));
  const std::int64_t claimed_by = testing::now_ms();

  f.stop();
  workflow.release_one(testing::delivered());  // too late: nothing may be recorded now

  const auto record = record_of(id);
  EXPECT_EQ(record.state, store::delivery_state::pending);
  EXPECT_EQ(record.attempts, 0);
  EXPECT_EQ(f.counters().total.delivered, 0u);
  const auto recovered = store_->claim_due("workflow", claimed_by + 200, 10, 60'000);
  ASSERT_EQ(recovered.size(), 1u);
  EXPECT_EQ(recovered[0].case_id, id);
}

TEST_F(Forwarder, CountersAreKeptPerDestination) {
  accept("I-1", {"workflow", "archive"});
  forwarder f(*store_, options_);
  add<scripted_destination>(f, fast_policy(), "workflow", std::vector{testing::delivered()});
  add<scripted_destination>(f, fast_policy(1), "archive", std::vector{testing::retry()});

  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 1 && f.counters().total.dead == 1; }));
  f.stop();

  const auto snapshot = f.counters();
  ASSERT_EQ(snapshot.destinations.size(), 2u);
  EXPECT_EQ(snapshot.destinations[0].destination, "workflow");
  EXPECT_EQ(snapshot.destinations[0].counts.delivered, 1u);
  EXPECT_EQ(snapshot.destinations[1].destination, "archive");
  EXPECT_EQ(snapshot.destinations[1].counts.dead, 1u);
  EXPECT_EQ(snapshot.destinations[1].counts.failed_attempts, 1u);
}

}  // namespace
}  // namespace casegw::delivery
