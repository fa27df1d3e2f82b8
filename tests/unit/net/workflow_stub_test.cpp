// The workflow stub later integration tests rely on: it records, answers as scripted, goes
// down and comes back on the same port.
#include "support/https_test_client.hpp"
#include "support/workflow_stub.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace casegw::test_support {
namespace {

using namespace std::chrono_literals;

test_response post_case(const workflow_stub& stub, const std::string& key) {
  return https_test_client().post(stub.url(), {{"Idempotency-Key", key}}, R"({"case_id":")" + key + R"("})");
}

TEST(WorkflowStub, RecordsEveryRequestWithItsIdempotencyKey) {
  workflow_stub stub;
  stub.start();
  post_case(stub, "a");
  post_case(stub, "b");
  post_case(stub, "a");

  ASSERT_TRUE(stub.wait_for(3, 1s));
  const auto received = stub.received();
  EXPECT_EQ(received.at(0).path(), "/cases");
  EXPECT_EQ(received.at(1).body, R"({"case_id":"b"})");
  EXPECT_EQ(stub.distinct_idempotency_keys(), (std::set<std::string>{"a", "b"}));
  stub.clear();
  EXPECT_EQ(stub.received_count(), 0U);
}

TEST(WorkflowStub, AnswersScriptedStatusesThenTheDefault) {
  workflow_stub stub;
  stub.answer_next(2, {503, "{}", {{"Retry-After", "1"}}, 0ms});
  stub.start();
  EXPECT_EQ(post_case(stub, "1").status, 503);
  EXPECT_EQ(post_case(stub, "1").header("Retry-After"), "1");
  EXPECT_EQ(post_case(stub, "1").status, 202);
}

TEST(WorkflowStub, AnswersATimedStatusWhileItLasts) {
  workflow_stub stub;
  stub.answer_for(300ms, {503, "{}", {}, 0ms});
  stub.start();
  EXPECT_EQ(post_case(stub, "1").status, 503);
  std::this_thread::sleep_for(400ms);
  EXPECT_EQ(post_case(stub, "1").status, 202);
}

TEST(WorkflowStub, RefusesConnectionsWhileDownAndComesBackOnTheSamePort) {
  workflow_stub stub;
  stub.start();
  const auto port = stub.port();
  EXPECT_EQ(post_case(stub, "before").status, 202);

  stub.stop();
  EXPECT_FALSE(stub.running());
  EXPECT_THROW(post_case(stub, "while-down"), std::runtime_error);

  stub.start();
  EXPECT_EQ(stub.port(), port);
  EXPECT_EQ(post_case(stub, "after").status, 202);
  EXPECT_EQ(stub.received_count(), 2U);
}

TEST(WorkflowStub, WaitForGivesUpAfterTheTimeout) {
  workflow_stub stub;
  stub.start();
  const auto started = std::chrono::steady_clock::now();
  EXPECT_FALSE(stub.wait_for(1, 200ms));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1s);
}

}  // namespace
}  // namespace casegw::test_support
