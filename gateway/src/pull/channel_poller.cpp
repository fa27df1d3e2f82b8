#include "pull/channel_poller.hpp"

#include "charset/to_utf8.hpp"
#include "delivery/backoff.hpp"
#include "intake/media_type.hpp"
#include "net/request_id.hpp"
#include "pull/page_storing.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace casegw::pull {
namespace {

// The largest page read; a page cut there would be read as a malformed answer, so it is refused
// by name (lower the adapter's page size). 500 items of the largest state_council item fit.
constexpr std::size_t kept_answer_bytes = 16 * 1024 * 1024;

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool truncated(const net::client_result& answer) {
  if (answer.body.size() >= kept_answer_bytes) return true;
  const std::string length = answer.header("Content-Length");
  std::size_t declared = 0;
  const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), declared);
  return ec == std::errc() && end == length.data() + length.size() && declared > answer.body.size();
}

// The adapter's request, sent to base URL + path with the configured headers (which win over
// the adapter's of the same name: the operator's token and receiver id are the gateway's).
net::client_request to_client_request(const plugin_host::poll_request& built, const poller_options& options) {
  net::client_request request;
  request.url = options.base_url + built.path;
  request.method = built.method;
  request.timeout = options.timeout;
  request.max_body_bytes = kept_answer_bytes;
  request.body = built.body;
  request.content_type.clear();
  for (const auto& [name, value] : built.headers) {
    const bool configured = std::any_of(options.headers.begin(), options.headers.end(),
                                        [&name](const net::http_header& h) { return same_name(h.name, name); });
    if (same_name(name, "Content-Type")) request.content_type = value;
    else if (!configured) request.headers.push_back({name, value});
  }
  request.headers.insert(request.headers.end(), options.headers.begin(), options.headers.end());
  return request;
}

std::string_view verdict_word(poll_verdict verdict) {
  return verdict == poll_verdict::poll_again ? "again" : verdict == poll_verdict::wait_interval ? "interval" : "backoff";
}

}  // namespace

struct channel_poller::exchange_state {
  std::mutex mutex;
  std::condition_variable answered;
  std::optional<net::client_result> result;
  bool abandoned = false;
};

channel_poller::channel_poller(std::shared_ptr<const intake::pipeline> pipeline, const intake::channel& channel,
                               store::case_store& store, pull_metrics& metrics, std::unique_ptr<platform_client> platform, poller_options options)
    : pipeline_(std::move(pipeline)),
      channel_(channel),
      store_(store),
      metrics_(metrics),
      platform_(std::move(platform)),
      options_(std::move(options)) {}

channel_poller::~channel_poller() { stop(); }

void channel_poller::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable() || stopping_) return;
  thread_ = std::thread([this] { run(); });
}

void channel_poller::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (current_) {
      std::lock_guard exchange_lock(current_->mutex);
      current_->abandoned = true;
      current_->answered.notify_all();
    }
  }
  wake_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

bool channel_poller::wait_for(std::chrono::milliseconds delay) {
  std::unique_lock lock(mutex_);
  return !wake_.wait_for(lock, delay, [this] { return stopping_; });
}

void channel_poller::run() {
  spdlog::info("pull channel={} polling {} every {}s", channel_.id, options_.base_url, options_.interval.count() / 1000);
  const delivery::full_jitter_backoff backoff(options_.backoff_base, std::max(options_.interval, options_.backoff_base));
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    poll_verdict verdict = poll_verdict::back_off;
    try {
      verdict = poll_once();
    } catch (const std::exception& e) {  // a deployment fault (charset modules, memory): keep polling
      spdlog::error("pull channel={} poll failed: {}", channel_.id, e.what());
      ++failures_;
      metrics_.poll(channel_.id, "adapter_failed", 0, "INTERNAL_ERROR");
    }
    std::chrono::milliseconds delay{0};
    if (verdict == poll_verdict::wait_interval) delay = options_.interval;
    if (verdict == poll_verdict::back_off) delay = backoff.delay(failures_ == 0 ? 0 : failures_ - 1);
    if (delay.count() > 0 && !wait_for(delay)) return;
  }
}

std::optional<net::client_result> channel_poller::exchange(net::client_request request) {
  auto state = std::make_shared<exchange_state>();
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return std::nullopt;
    current_ = state;
  }
  platform_->send(std::move(request), [state](net::client_result result) {
    std::lock_guard lock(state->mutex);
    state->result = std::move(result);
    state->answered.notify_all();
  });
  std::unique_lock lock(state->mutex);
  state->answered.wait(lock, [&state] { return state->result.has_value() || state->abandoned; });
  auto result = std::move(state->result);
  lock.unlock();
  std::lock_guard poller_lock(mutex_);
  current_.reset();
  if (state->abandoned) return std::nullopt;
  return result;
}

poll_verdict channel_poller::refused(std::string_view outcome, std::string_view request_id, int status,
                                     std::string_view code, std::string_view field) {
  ++failures_;
  metrics_.poll(channel_.id, outcome, status, code);
  spdlog::warn("pull channel={} request_id={} {}: status={} code={} field={} failures={}", channel_.id, request_id,
               outcome, status, code, field.empty() ? "-" : field, failures_);
  return poll_verdict::back_off;
}

poll_verdict channel_poller::poll_once() {
  const std::string request_id = net::new_request_id();
  if (!cursor_) {
    try {
      cursor_ = store_.channel_cursor(channel_.id).value_or("");
    } catch (const std::exception& e) {
      spdlog::error("pull channel={} cannot read its saved cursor: {}", channel_.id, e.what());
      return refused("store_unavailable", request_id, 0, "STORE_UNAVAILABLE", "");
    }
  }
  // Nothing fetched can be kept while the store refuses writes: do not ask the platform.
  if (!store_.writable()) return refused("store_unavailable", request_id, 0, "STORE_UNAVAILABLE", "");

  const auto built = channel_.adapter->build_poll(*cursor_, time::format_rfc3339(time::now_unix_ms()));
  if (built.status != CASEGW_OK && built.status != CASEGW_REJECTED)
    metrics_.plugin_failed(*channel_.adapter, "build_poll", built.status);
  if (built.status != CASEGW_OK)
    return refused(built.status == CASEGW_REJECTED ? "refused" : "adapter_failed", request_id, 0, built.code, built.field);

  auto request = to_client_request(built, options_);
  request.headers.push_back({"X-Request-Id", request_id});
  const auto answer = exchange(std::move(request));
  if (!answer) return poll_verdict::back_off;  // stopping
  if (!answer->completed) {
    // net's transport text ("timeout", "connection refused", "certificate verify failed: ...")
    // says what failed on the way, never what was sent.
    spdlog::warn("pull channel={} request_id={} platform unreachable: {}", channel_.id, request_id, answer->error);
    return refused("unreachable", request_id, answer->status, "UPSTREAM_UNREACHABLE", "");
  }
  return read_answer(request_id, *answer);
}

poll_verdict channel_poller::read_answer(const std::string& request_id, const net::client_result& answer) {
  if (truncated(answer)) return refused("refused", request_id, answer.status, "ANSWER_TOO_LARGE", "");
  const auto media = intake::parse_media_type(answer.header("Content-Type")).value_or(intake::media_type{});
  const auto declared = media.charset.empty() ? charset::charset_name::utf8 : charset::canonical(media.charset);
  auto text = charset::to_utf8(answer.body, declared);
  const bool success_status = answer.status >= 200 && answer.status < 300;
  if (!text.ok() && success_status) return refused("refused", request_id, answer.status, text.error->code, "");
  // A non-2xx answer in bytes it cannot read is still judged by its status.
  if (!text.ok()) text.text.clear();

  std::vector<std::pair<std::string, std::string>> headers;
  for (const auto& h : answer.headers) headers.emplace_back(h.name, h.value);
  const auto outcome = channel_.adapter->read_poll(
      {static_cast<unsigned>(answer.status), media.type, media.charset, &headers, text.text, *cursor_});
  if (outcome.status != CASEGW_OK && outcome.status != CASEGW_REJECTED)
    metrics_.plugin_failed(*channel_.adapter, "read_poll", outcome.status);
  if (outcome.status != CASEGW_OK)
    return refused(outcome.status == CASEGW_REJECTED ? "refused" : "adapter_failed", request_id, answer.status,
                   outcome.code, outcome.field);

  const auto page = store_page({channel_, *pipeline_->rules, store_, metrics_}, request_id, outcome.items);
  spdlog::info("pull channel={} request_id={} status={} items={} accepted={} duplicate={} conflict={} rejected={} "
               "unavailable={} more={}",
               channel_.id, request_id, answer.status, outcome.items.size(), page.accepted, page.duplicate,
               page.conflict, page.rejected, page.unavailable, outcome.more);
  if (!page.committed()) return refused("store_unavailable", request_id, answer.status, "STORE_UNAVAILABLE", "");

  if (outcome.cursor && *outcome.cursor != *cursor_) {
    const auto saved = save_cursor(*outcome.cursor);
    if (saved == poll_verdict::back_off) return refused("store_unavailable", request_id, answer.status, "STORE_UNAVAILABLE", "");
  }
  failures_ = 0;
  metrics_.poll(channel_.id, "ok");
  const auto verdict = outcome.more ? poll_verdict::poll_again : poll_verdict::wait_interval;
  spdlog::debug("pull channel={} request_id={} next={}", channel_.id, request_id, verdict_word(verdict));
  return verdict;
}

poll_verdict channel_poller::save_cursor(const std::string& next) {
  auto state = std::make_shared<std::pair<std::mutex, std::condition_variable>>();
  auto outcome = std::make_shared<std::optional<bool>>();
  store_.save_channel_cursor(channel_.id, next, [state, outcome](bool ok) {
    std::lock_guard lock(state->first);
    *outcome = ok;
    state->second.notify_all();
  });
  std::unique_lock lock(state->first);
  state->second.wait(lock, [&outcome] { return outcome->has_value(); });
  if (!**outcome) return poll_verdict::back_off;
  cursor_ = next;
  return poll_verdict::wait_interval;
}

}  // namespace casegw::pull
