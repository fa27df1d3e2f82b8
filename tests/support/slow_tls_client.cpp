#include "support/slow_tls_client.hpp"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace casegw::test_support {
namespace {

using clock = std::chrono::steady_clock;

// Granularity of the wait between two bytes, so that the destructor never waits long.
constexpr std::chrono::milliseconds poll_slice{20};

}  // namespace

struct slow_tls_client::impl {
  std::unique_ptr<test_connection> connection;
  std::string bytes;
  std::chrono::milliseconds interval;
  std::thread sender;
  std::atomic<bool> stop_requested{false};
  mutable std::mutex mutex;
  std::condition_variable changed;
  slow_client_report report;
  bool done = false;

  void trickle() {
    const auto started = clock::now();
    for (std::size_t i = 0; i < bytes.size() && !stop_requested; ++i) {
      const bool sent = connection->send(std::string_view(bytes).substr(i, 1));
      if (sent) update([&](slow_client_report& r) { r.bytes_sent = i + 1; });
      if (!sent || wait_for_close(clock::now() + interval)) return finish(true, started);
    }
    finish(false, started);
  }

  // Reads while waiting for the next byte's turn; true when the server closed meanwhile.
  bool wait_for_close(clock::time_point until) {
    while (!stop_requested && clock::now() < until) {
      const auto slice = std::min(poll_slice, std::chrono::duration_cast<std::chrono::milliseconds>(until - clock::now()));
      connection->read_more(slice);
      if (connection->closed_by_peer()) return true;
    }
    return false;
  }

  template <class Change>
  void update(Change change) {
    std::lock_guard lock(mutex);
    change(report);
  }

  void finish(bool closed, clock::time_point started) {
    {
      std::lock_guard lock(mutex);
      report.server_closed = closed;
      report.finished_sending = !closed && report.bytes_sent == bytes.size();
      if (closed) report.closed_after = std::chrono::duration_cast<std::chrono::milliseconds>(clock::now() - started);
      report.received = connection->received();
      done = true;
    }
    changed.notify_all();
  }
};

slow_tls_client::slow_tls_client(std::uint16_t port, connection_options options, std::string bytes,
                                 std::chrono::milliseconds interval)
    : impl_(std::make_unique<impl>()) {
  impl_->connection = std::make_unique<test_connection>(port, std::move(options));
  impl_->bytes = std::move(bytes);
  impl_->interval = interval;
}

slow_tls_client::~slow_tls_client() {
  impl_->stop_requested = true;
  if (impl_->sender.joinable()) impl_->sender.join();
}

void slow_tls_client::start() {
  impl_->sender = std::thread([this] { impl_->trickle(); });
}

bool slow_tls_client::wait_until_closed(std::chrono::milliseconds timeout) {
  std::unique_lock lock(impl_->mutex);
  impl_->changed.wait_for(lock, timeout, [this] { return impl_->done; });
  return impl_->report.server_closed;
}

slow_client_report slow_tls_client::report() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->report;
}

}  // namespace casegw::test_support
