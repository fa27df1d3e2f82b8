#include "support/workflow_stub.hpp"

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace casegw::test_support {
namespace {

using clock = std::chrono::steady_clock;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

net::http_response to_response(const stub_answer& answer) {
  net::http_response response;
  response.status = answer.status;
  response.headers = answer.headers;
  response.body = answer.body;
  return response;
}

// Answers given `delay` later, each from its own thread; cancel() answers the rest at once.
class delayed_answers {
 public:
  ~delayed_answers() { cancel(); }

  void schedule(std::chrono::milliseconds delay, net::responder respond, net::http_response response) {
    std::lock_guard lock(mutex_);
    threads_.emplace_back([this, due = clock::now() + delay, respond = std::move(respond),
                           response = std::move(response)]() mutable {
      {
        std::unique_lock wait_lock(mutex_);
        woken_.wait_until(wait_lock, due, [this] { return cancelled_; });
      }
      respond(std::move(response));  // dropped by the server if it was stopped meanwhile
    });
  }

  void cancel() {
    std::vector<std::thread> threads;
    {
      std::lock_guard lock(mutex_);
      cancelled_ = true;
      threads.swap(threads_);
    }
    woken_.notify_all();
    for (auto& thread : threads) thread.join();
    std::lock_guard lock(mutex_);
    cancelled_ = false;
  }

 private:
  std::mutex mutex_;
  std::condition_variable woken_;
  std::vector<std::thread> threads_;
  bool cancelled_ = false;
};

}  // namespace

std::string_view recorded_request::path() const {
  std::string_view whole = target;
  return whole.substr(0, whole.find('?'));
}

std::string recorded_request::header(std::string_view name) const {
  for (const auto& field : headers) {
    if (iequals(field.name, name)) return field.value;
  }
  return {};
}

struct workflow_stub::impl final : net::request_handler {
  workflow_stub_options options;
  std::uint16_t port = 0;

  std::mutex lifecycle_mutex;  // start/stop; never held while requests are handled
  std::unique_ptr<net::http_server> server;
  delayed_answers delayed;

  mutable std::mutex mutex;  // everything below
  mutable std::condition_variable arrived;
  std::vector<recorded_request> requests;
  stub_answer default_answer;
  std::deque<stub_answer> scripted;
  std::optional<std::pair<clock::time_point, stub_answer>> timed;

  net::header_verdict on_header(const net::http_request_head&) override {
    net::header_verdict verdict;
    verdict.body_limit = options.body_limit;
    return verdict;
  }

  void on_request(net::http_request request, net::responder respond) override {
    stub_answer answer;
    {
      std::lock_guard lock(mutex);
      requests.push_back({std::move(request.head.method), std::move(request.head.target),
                          std::move(request.head.headers), std::move(request.body), clock::now(),
                          std::move(request.head.client_certificate_subject)});
      answer = next_answer();
    }
    arrived.notify_all();
    if (answer.delay.count() > 0) {
      delayed.schedule(answer.delay, std::move(respond), to_response(answer));
    } else {
      respond(to_response(answer));
    }
  }

  // Under `mutex`.
  stub_answer next_answer() {
    if (timed && clock::now() < timed->first) return timed->second;
    if (!scripted.empty()) {
      stub_answer next = std::move(scripted.front());
      scripted.pop_front();
      return next;
    }
    return default_answer;
  }
};

workflow_stub::workflow_stub(workflow_stub_options options) : impl_(std::make_unique<impl>()) {
  impl_->options = std::move(options);
  impl_->port = impl_->options.port;
}

workflow_stub::~workflow_stub() { stop(); }

void workflow_stub::start() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  if (impl_->server) return;
  net::server_options server_options;
  server_options.address = "127.0.0.1";
  server_options.port = impl_->port;
  server_options.tls = impl_->options.tls;
  server_options.limits.body_bytes = impl_->options.body_limit;
  server_options.threads = 2;
  server_options.name = "workflow_stub";
  auto server = std::make_unique<net::http_server>(server_options, *impl_);
  server->start();
  impl_->port = server->port();
  impl_->server = std::move(server);
}

void workflow_stub::stop() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  if (!impl_->server) return;
  impl_->server.reset();      // refuses new connections, closes open ones
  impl_->delayed.cancel();    // pending delayed answers go nowhere now
}

bool workflow_stub::running() const {
  std::lock_guard lock(impl_->lifecycle_mutex);
  return impl_->server != nullptr;
}

std::uint16_t workflow_stub::port() const {
  std::lock_guard lock(impl_->lifecycle_mutex);
  return impl_->port;
}

std::string workflow_stub::url(std::string_view path) const {
  const char* scheme = impl_->options.tls ? "https://" : "http://";
  return scheme + std::string("127.0.0.1:") + std::to_string(port()) + std::string(path);
}

void workflow_stub::answer_by_default(stub_answer answer) {
  std::lock_guard lock(impl_->mutex);
  impl_->default_answer = std::move(answer);
}

void workflow_stub::answer_next(std::size_t count, stub_answer answer) {
  std::lock_guard lock(impl_->mutex);
  impl_->scripted.insert(impl_->scripted.end(), count, answer);
}

void workflow_stub::answer_for(std::chrono::milliseconds duration, stub_answer answer) {
  std::lock_guard lock(impl_->mutex);
  impl_->timed.emplace(clock::now() + duration, std::move(answer));
}

bool workflow_stub::wait_for(std::size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(impl_->mutex);
  return impl_->arrived.wait_for(lock, timeout, [&] { return impl_->requests.size() >= count; });
}

std::vector<recorded_request> workflow_stub::received() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->requests;
}

std::size_t workflow_stub::received_count() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->requests.size();
}

std::set<std::string> workflow_stub::distinct_idempotency_keys() const {
  std::lock_guard lock(impl_->mutex);
  std::set<std::string> keys;
  for (const auto& request : impl_->requests) {
    if (auto key = request.idempotency_key(); !key.empty()) keys.insert(std::move(key));
  }
  return keys;
}

void workflow_stub::clear() {
  std::lock_guard lock(impl_->mutex);
  impl_->requests.clear();
}

}  // namespace casegw::test_support
