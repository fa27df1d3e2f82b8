#include "delivery/webhook_destination.hpp"

#include "delivery/http_attempt_verdict.hpp"

#include <string>
#include <utility>

namespace casegw::delivery {

webhook_destination::webhook_destination(webhook_options options)
    : options_(std::move(options)),
      client_(std::make_unique<net::http_client>(options_.tls, options_.client_threads)) {}

webhook_destination::~webhook_destination() = default;

void webhook_destination::deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) {
  client_->send(request_for(item),
                [done = std::move(done)](net::client_result response) { done(verdict_for(response)); });
}

net::client_request webhook_destination::request_for(const store::outbox_item& item) const {
  net::client_request request;
  request.url = options_.url;
  request.method = "POST";
  request.content_type = "application/json";
  request.body = item.case_json;
  request.timeout = options_.timeout;
  request.headers = options_.headers;
  request.headers.push_back({"Idempotency-Key", item.case_id});
  request.headers.push_back({"X-Casegw-Case-Id", item.case_id});
  request.headers.push_back({"X-Casegw-Attempt", std::to_string(item.attempts + 1)});
  return request;
}

}  // namespace casegw::delivery
