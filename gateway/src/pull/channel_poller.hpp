// One pulled channel's poller, on its own thread:
//   cursor (store; "" the first time) -> the adapter's build_poll -> the platform (base URL +
//   path, configured headers, mutual TLS) -> the adapter's read_poll -> every item stored
//   (page_storing.hpp) -> the new cursor saved -> again at once when the platform has more,
//   else after the interval.
// The cursor moves only once every item of the answer is committed, so a crash in between
// polls the same page again and the store answers its items "duplicate": exactly once in
// effect. Refused polls and unreachable platforms back off with full jitter up to the
// interval. Logs carry codes, statuses and counts, never an item's content.
#pragma once

#include "intake/pipeline.hpp"
#include "pull/platform_client.hpp"
#include "pull/pull_metrics.hpp"
#include "store/case_store.hpp"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace casegw::pull {

struct poller_options {
  std::string base_url;                      // https://host[:port][/prefix], no trailing '/'
  std::vector<net::http_header> headers;     // configured headers, secret values already read
  std::chrono::milliseconds interval{300'000};
  std::chrono::milliseconds timeout{30'000};
  std::chrono::milliseconds backoff_base{1'000};  // first retry within [0, base]; capped by interval
};

// What one poll came to, and so what the loop does next.
enum class poll_verdict { poll_again, wait_interval, back_off };

class channel_poller {
 public:
  // `pipeline` keeps the channel (and its adapter) alive and gives the rules every item goes
  // through; `channel` must be one of its channels. A reload starts a new poller on the new one.
  channel_poller(std::shared_ptr<const intake::pipeline> pipeline, const intake::channel& channel,
                 store::case_store& store, pull_metrics& metrics,
                 std::unique_ptr<platform_client> platform, poller_options options);
  ~channel_poller();  // stops
  channel_poller(const channel_poller&) = delete;
  channel_poller& operator=(const channel_poller&) = delete;

  void start();
  // Ends the wait or the exchange in progress, lets a page being stored finish (the store
  // answers every item), joins. Idempotent.
  void stop();

  // One poll, on the caller's thread (the loop calls this; tests may too).
  poll_verdict poll_once();

 private:
  struct exchange_state;
  void run();
  std::optional<net::client_result> exchange(net::client_request request);
  poll_verdict read_answer(const std::string& request_id, const net::client_result& answer);
  poll_verdict save_cursor(const std::string& next);
  bool wait_for(std::chrono::milliseconds delay);  // false when stopped
  poll_verdict refused(std::string_view outcome, std::string_view request_id, int status, std::string_view code,
                       std::string_view field);

  std::shared_ptr<const intake::pipeline> pipeline_;
  const intake::channel& channel_;
  store::case_store& store_;
  pull_metrics& metrics_;
  std::unique_ptr<platform_client> platform_;
  poller_options options_;

  std::optional<std::string> cursor_;  // loaded from the store at the first poll
  unsigned failures_ = 0;              // consecutive polls that backed off
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::shared_ptr<exchange_state> current_;  // the exchange in flight, so stop() can end its wait
  std::thread thread_;
};

}  // namespace casegw::pull
