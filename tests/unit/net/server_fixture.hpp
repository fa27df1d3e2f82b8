// An http_server over real TLS on 127.0.0.1 with a handler each test scripts, and the
// clients to talk to it.
#pragma once

#include "net/http_server.hpp"
#include "support/https_test_client.hpp"
#include "support/temp_dir.hpp"
#include "support/test_certificates.hpp"
#include "support/test_connection.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace casegw::net {

// Records what the server hands over; answers as the test says (by default: echoes the body).
class scripted_handler final : public request_handler {
 public:
  std::function<header_verdict(const http_request_head&)> on_header_rule = [](const http_request_head&) {
    return header_verdict{};
  };
  std::function<void(http_request, responder)> on_request_rule = [](http_request request, responder respond) {
    http_response response;
    response.content_type = "text/plain";
    response.body = request.head.method + " " + request.head.target + " " + request.body;
    respond(std::move(response));
  };

  header_verdict on_header(const http_request_head& head) override {
    {
      std::lock_guard lock(mutex_);
      heads_.push_back(head);
    }
    return on_header_rule(head);
  }

  void on_request(http_request request, responder respond) override {
    ++requests_;
    on_request_rule(std::move(request), std::move(respond));
  }

  std::vector<http_request_head> heads() const {
    std::lock_guard lock(mutex_);
    return heads_;
  }
  int requests() const { return requests_; }

 private:
  mutable std::mutex mutex_;
  std::vector<http_request_head> heads_;
  std::atomic<int> requests_{0};
};

class tls_server_test : public ::testing::Test {
 protected:
  tls_server_test()
      : certificates_(test_support::make_test_certificates(directory_.path(), {{}, std::string("city-portal")})) {}

  tls_settings server_tls() const {
    return {certificates_.server.certificate.string(), certificates_.server.private_key.string(), "1.2"};
  }

  void start_server(server_limits limits = {}, std::optional<tls_settings> tls = std::nullopt,
                    bool length_required = true) {
    server_options options;
    options.tls = tls ? tls : server_tls();
    options.limits = limits;
    options.length_required = length_required;
    options.name = "test";
    server_ = std::make_unique<http_server>(options, handler_);
    server_->start();
  }

  std::string url(std::string_view path = "/") const {
    return "https://127.0.0.1:" + std::to_string(server_->port()) + std::string(path);
  }

  test_support::connection_options client_options() const {
    test_support::connection_options options;
    options.tls = true;
    options.ca_file = certificates_.ca_certificate.string();
    options.server_name = "127.0.0.1";
    return options;
  }

  std::unique_ptr<test_support::test_connection> connect() const {
    return std::make_unique<test_support::test_connection>(server_->port(), client_options());
  }

  test_support::https_test_client client() const {
    return test_support::https_test_client({certificates_.ca_certificate.string(), "", "", std::chrono::seconds(4)});
  }

  test_support::raw_exchange send_raw(std::string_view bytes) const { return client().send_raw(url(), bytes); }

  test_support::temp_dir directory_;
  test_support::test_certificates certificates_;
  scripted_handler handler_;  // declared before the server: outlives it
  std::unique_ptr<http_server> server_;
};

}  // namespace casegw::net
