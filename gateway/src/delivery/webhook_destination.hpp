// Delivers a case as an HTTP POST of its unified JSON to a receiver (the core workflow's
// intake), with the case id as Idempotency-Key so that a redelivery is recognised there.
#pragma once

#include "delivery/destination.hpp"
#include "net/http_client.hpp"
#include "net/http_types.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace casegw::delivery {

struct webhook_options {
  std::string id;   // destination id, as routes and outbox rows name it
  std::string url;  // http(s)://host[:port]/path
  std::vector<net::http_header> headers;  // extra headers, e.g. an API key
  net::client_tls tls;
  std::chrono::milliseconds timeout{10'000};  // keep below the forwarder's attempt_timeout
  unsigned client_threads = 1;
};

class webhook_destination final : public destination {
 public:
  explicit webhook_destination(webhook_options options);
  ~webhook_destination() override;  // in-flight requests complete with a transport error

  const std::string& id() const noexcept override { return options_.id; }
  void deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) override;

 private:
  net::client_request request_for(const store::outbox_item& item) const;

  webhook_options options_;
  std::unique_ptr<net::http_client> client_;
};

}  // namespace casegw::delivery
