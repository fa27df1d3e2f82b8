// A deliberately tiny HTTP/1.1 server on 127.0.0.1 for testing the webhook destination against
// real sockets: one connection at a time, one request per connection, a scripted answer.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace casegw::testing {

using header_list = std::vector<std::pair<std::string, std::string>>;

struct recorded_request {
  std::string method;
  std::string target;
  header_list headers;
  std::string body;
  // First header with this name, ASCII case-insensitive; "" when absent.
  std::string header(std::string_view name) const;
};

struct scripted_response {
  int status = 200;
  header_list headers;
  std::string body;
};

class loopback_http_server {
 public:
  explicit loopback_http_server(scripted_response response);
  ~loopback_http_server();
  loopback_http_server(const loopback_http_server&) = delete;
  loopback_http_server& operator=(const loopback_http_server&) = delete;

  std::string url(std::string_view path = "/cases") const;
  std::vector<recorded_request> requests() const;

 private:
  void serve();
  void answer(int connection);

  scripted_response response_;
  int listener_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<recorded_request> requests_;
  std::thread thread_;
};

// A loopback port with nothing listening on it: connecting is refused.
std::uint16_t unused_loopback_port();

}  // namespace casegw::testing
