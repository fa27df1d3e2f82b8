// How a poller reaches its platform: one HTTP exchange at a time. An interface so that the
// poller's logic is tested against a scripted platform; in production it is net::http_client
// with the channel's TLS settings (client certificate, CA).
#pragma once

#include "net/http_client.hpp"

#include <functional>

namespace casegw::pull {

class platform_client {
 public:
  virtual ~platform_client() = default;
  // Calls done exactly once, from any thread (also when the client is being destroyed).
  virtual void send(net::client_request request, std::function<void(net::client_result)> done) = 0;
};

class https_platform_client final : public platform_client {
 public:
  // Throws std::runtime_error naming the file when the TLS material cannot be used.
  explicit https_platform_client(net::client_tls tls) : client_(std::move(tls), 1) {}
  void send(net::client_request request, std::function<void(net::client_result)> done) override {
    client_.send(std::move(request), std::move(done));
  }

 private:
  net::http_client client_;
};

}  // namespace casegw::pull
