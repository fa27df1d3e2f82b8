// Delivery metrics: each attempt counted by what became of its row, each failure by a fixed
// failure class (never the attempt's detail text), and the attempt duration, per destination.
#include "delivery/delivery_metrics.hpp"
#include "delivery/failure_class.hpp"
#include "delivery/forwarder.hpp"
#include "delivery/http_attempt_verdict.hpp"
#include "fake_destinations.hpp"
#include "../store/scratch_directory.hpp"
#include "../store/store_test_cases.hpp"
#include "store/sqlite_store.hpp"
#include "support/exposition_samples.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <stdexcept>
#include <thread>

namespace casegw::delivery {
namespace {

using namespace std::chrono_literals;
using casegw::testing::parse_exposition;
using casegw::testing::sample_value;

attempt_result transport_failure(std::string error) {
  net::client_result r;
  r.error = std::move(error);
  return verdict_for(r);
}

attempt_result answered(int status) {
  net::client_result r;
  r.completed = true;
  r.status = status;
  return verdict_for(r);
}

TEST(FailureClass, NamesTheHttpClientsAndTheFileWritersFailures) {
  EXPECT_EQ(failure_class_of(answered(503)), "http_5xx");
  EXPECT_EQ(failure_class_of(answered(429)), "http_4xx");
  EXPECT_EQ(failure_class_of(answered(422)), "http_4xx");
  EXPECT_EQ(failure_class_of(answered(302)), "http_other");
  EXPECT_EQ(failure_class_of(transport_failure("timeout")), "timeout");
  EXPECT_EQ(failure_class_of(transport_failure("connection refused")), "connect");
  EXPECT_EQ(failure_class_of(transport_failure("connect failed: Network is unreachable")), "connect");
  EXPECT_EQ(failure_class_of(transport_failure("resolve failed: Host not found")), "resolve");
  EXPECT_EQ(failure_class_of(transport_failure("tls handshake failed: wrong version number")), "tls");
  EXPECT_EQ(failure_class_of(transport_failure("certificate verify failed: unable to get local issuer")), "tls");
  EXPECT_EQ(failure_class_of(transport_failure("read failed: end of stream")), "transport");
  EXPECT_EQ(failure_class_of(transport_failure("cancelled")), "cancelled");
  EXPECT_EQ(failure_class_of({attempt_result::verdict::retry, "io_error: open: Permission denied", {}}), "local_io");
  EXPECT_EQ(failure_class_of({attempt_result::verdict::retry, "destination threw: bad_alloc", {}}), "destination_error");
  EXPECT_EQ(failure_class_of({attempt_result::verdict::retry, "张三 13800138000", {}}), "other");
  EXPECT_EQ(failure_class_of(answered(200)), "none");
}

// A destination whose deliver() throws: the lane answers the attempt itself.
class throwing_destination final : public destination {
 public:
  const std::string& id() const noexcept override { return id_; }
  void deliver(const store::outbox_item&, std::function<void(attempt_result)>) override {
    throw std::runtime_error("no route");
  }

 private:
  std::string id_ = "archive";
};

bool eventually(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + 3s;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

class DeliveryMetrics : public ::testing::Test {
 protected:
  void SetUp() override {
    store::sqlite_options o;
    o.path = dir_.file("cases.db");
    store_ = store::open_sqlite_store(o);
    options_.metrics = &metrics_;
  }
  void accept(const std::string& ref, std::vector<std::string> destinations) {
    const auto r = casegw::testing::submit_and_wait(*store_, casegw::testing::make_case(ref, "fp", std::move(destinations)));
    ASSERT_EQ(r.outcome, store::submit_outcome::accepted);
  }
  double value(std::string_view name, const std::map<std::string, std::string>& labels) {
    return sample_value(parse_exposition(registry_.render()), name, labels);
  }

  casegw::testing::scratch_directory dir_;
  std::unique_ptr<store::case_store> store_;
  metrics::registry registry_;
  delivery_metrics metrics_{registry_};
  forwarder_options options_{1'000ms, 50ms, 1'000ms};
};

TEST_F(DeliveryMetrics, CountsAttemptsByOutcomeAndFailuresByClassPerDestination) {
  accept("M-1", {"workflow"});
  accept("M-2", {"workflow", "audit"});
  forwarder f(*store_, options_);
  // Each case: 503, then a timeout, then delivered. audit refuses with 422: dead at once.
  f.add_destination(std::make_unique<casegw::testing::scripted_destination>(
                        "workflow", std::vector{casegw::testing::retry("HTTP 503"), casegw::testing::retry("timeout"),
                                                casegw::testing::delivered()}),
                    {5, 1ms, 5ms, 4});
  f.add_destination(std::make_unique<casegw::testing::scripted_destination>(
                        "audit", std::vector{casegw::testing::reject("HTTP 422")}),
                    {5, 1ms, 5ms, 4});
  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.delivered == 2 && f.counters().total.dead == 1; }));
  f.stop();

  EXPECT_EQ(value("casegw_delivery_attempts_total", {{"destination", "workflow"}, {"outcome", "delivered"}}), 2);
  EXPECT_EQ(value("casegw_delivery_attempts_total", {{"destination", "workflow"}, {"outcome", "retry"}}), 4);
  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "workflow"}, {"reason", "http_5xx"}}), 2);
  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "workflow"}, {"reason", "timeout"}}), 2);
  EXPECT_EQ(value("casegw_delivery_attempts_total", {{"destination", "audit"}, {"outcome", "dead"}}), 1);
  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "audit"}, {"reason", "http_4xx"}}), 1);
  EXPECT_EQ(value("casegw_delivery_attempt_duration_seconds_count", {{"destination", "workflow"}}), 6);
  EXPECT_EQ(value("casegw_delivery_attempt_duration_seconds_count", {{"destination", "audit"}}), 1);
}

TEST_F(DeliveryMetrics, RetryLimitReachedCountsTheLastAttemptAsDead) {
  accept("M-3", {"workflow"});
  forwarder f(*store_, options_);
  f.add_destination(std::make_unique<casegw::testing::scripted_destination>(
                        "workflow", std::vector{casegw::testing::retry("connect failed: Connection reset")}),
                    {2, 1ms, 5ms, 1});
  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.dead == 1; }));
  f.stop();

  EXPECT_EQ(value("casegw_delivery_attempts_total", {{"destination", "workflow"}, {"outcome", "retry"}}), 1);
  EXPECT_EQ(value("casegw_delivery_attempts_total", {{"destination", "workflow"}, {"outcome", "dead"}}), 1);
  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "workflow"}, {"reason", "connect"}}), 2);
}

TEST_F(DeliveryMetrics, ADestinationThatThrowsIsCountedAsDestinationError) {
  accept("M-4", {"archive"});
  forwarder f(*store_, options_);
  f.add_destination(std::make_unique<throwing_destination>(), {1, 1ms, 5ms, 1});
  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.dead == 1; }));
  f.stop();

  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "archive"}, {"reason", "destination_error"}}), 1);
}

TEST_F(DeliveryMetrics, TheAttemptDetailNeverBecomesALabel) {
  accept("M-5", {"workflow"});
  forwarder f(*store_, options_);
  f.add_destination(std::make_unique<casegw::testing::scripted_destination>(
                        "workflow", std::vector{casegw::testing::reject("HTTP 400 张三 13800138000")}),
                    {1, 1ms, 5ms, 1});
  f.start();
  ASSERT_TRUE(eventually([&] { return f.counters().total.dead == 1; }));
  f.stop();

  const auto text = registry_.render();
  EXPECT_EQ(text.find("张三"), std::string::npos);
  EXPECT_EQ(text.find("13800138000"), std::string::npos);
  EXPECT_EQ(value("casegw_delivery_failures_total", {{"destination", "workflow"}, {"reason", "http_other"}}), 1);
}

}  // namespace
}  // namespace casegw::delivery
