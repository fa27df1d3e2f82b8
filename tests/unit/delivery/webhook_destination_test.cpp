// The webhook destination against a real HTTP server on 127.0.0.1.
#include "delivery/webhook_destination.hpp"
#include "loopback_http_server.hpp"

#include <gtest/gtest.h>

#include <future>

namespace casegw::delivery {
namespace {

using std::chrono::milliseconds;
using testing::loopback_http_server;
using testing::scripted_response;
using verdict = attempt_result::verdict;

store::outbox_item item(int attempts = 0) {
  return {42, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "workflow", attempts,
          R"({"schema":"casegw.case/v1","title":"路灯不亮"})"};
}

attempt_result deliver_and_wait(webhook_destination& destination, const store::outbox_item& it) {
  std::promise<attempt_result> done;
  auto result = done.get_future();
  destination.deliver(it, [&done](attempt_result r) { done.set_value(std::move(r)); });
  if (result.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    ADD_FAILURE() << "no answer within 5 s";
    return {};
  }
  return result.get();
}

webhook_options options_for(const std::string& url) {
  webhook_options options;
  options.id = "workflow";
  options.url = url;
  options.headers = {{"X-Api-Key", "k-123"}};
  options.timeout = milliseconds(2'000);
  return options;
}

TEST(WebhookDestination, PostsTheCaseWithIdempotencyHeadersAndDeliversOn200) {
  loopback_http_server server(scripted_response{200, {}, "{}"});
  webhook_destination destination(options_for(server.url("/v1/cases")));

  const attempt_result result = deliver_and_wait(destination, item(2));

  EXPECT_EQ(result.outcome, verdict::delivered);
  EXPECT_EQ(result.detail, "HTTP 200");
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  const auto& request = requests[0];
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.target, "/v1/cases");
  EXPECT_EQ(request.body, item().case_json);
  EXPECT_EQ(request.header("Content-Type"), "application/json");
  EXPECT_EQ(request.header("Idempotency-Key"), item().case_id);
  EXPECT_EQ(request.header("X-Casegw-Case-Id"), item().case_id);
  EXPECT_EQ(request.header("X-Casegw-Attempt"), "3");
  EXPECT_EQ(request.header("X-Api-Key"), "k-123");
}

TEST(WebhookDestination, ServiceUnavailableWithRetryAfterIsRetriedWhenAsked) {
  loopback_http_server server(scripted_response{503, {{"Retry-After", "7"}}, "overloaded, case SECRET"});
  webhook_destination destination(options_for(server.url()));

  const attempt_result result = deliver_and_wait(destination, item());

  EXPECT_EQ(result.outcome, verdict::retry);
  EXPECT_EQ(result.detail, "HTTP 503");  // never the body
  ASSERT_TRUE(result.retry_after);
  EXPECT_EQ(*result.retry_after, milliseconds(7'000));
}

TEST(WebhookDestination, BadRequestIsRejectedForTheDeadLetterQueue) {
  loopback_http_server server(scripted_response{400, {}, R"({"error":"bad"})"});
  webhook_destination destination(options_for(server.url()));

  const attempt_result result = deliver_and_wait(destination, item());

  EXPECT_EQ(result.outcome, verdict::reject);
  EXPECT_EQ(result.detail, "HTTP 400");
}

TEST(WebhookDestination, RefusedConnectionIsRetried) {
  webhook_destination destination(
      options_for("http://127.0.0.1:" + std::to_string(testing::unused_loopback_port()) + "/cases"));

  const attempt_result result = deliver_and_wait(destination, item());

  EXPECT_EQ(result.outcome, verdict::retry);
  EXPECT_FALSE(result.detail.empty());
  EXPECT_EQ(result.detail.find("路灯"), std::string::npos);
}

}  // namespace
}  // namespace casegw::delivery
