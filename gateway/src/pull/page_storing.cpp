#include "pull/page_storing.hpp"

#include "crypto/sha256.hpp"
#include "intake/case_assembly.hpp"
#include "intake/case_decoding.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

namespace casegw::pull {
namespace {

// The store answers on its writer thread; the poller waits here until every item is answered.
class page_answers {
 public:
  void expect() {
    std::lock_guard lock(mutex_);
    ++pending_;
  }
  void answer(std::string_view outcome) {
    std::lock_guard lock(mutex_);
    if (outcome == "accepted") ++result_.accepted;
    else if (outcome == "duplicate") ++result_.duplicate;
    else if (outcome == "conflict") ++result_.conflict;
    else if (outcome == "rejected") ++result_.rejected;
    else ++result_.unavailable;
    settle();
  }
  // Every item has been handed to the store (ends the hold taken before the first one).
  void handed_over() {
    std::lock_guard lock(mutex_);
    settle();
  }
  page_result wait() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return pending_ == 0; });
    return result_;
  }

 private:
  void settle() {
    if (--pending_ == 0) done_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable done_;
  std::size_t pending_ = 0;
  page_result result_;
};

std::string_view outcome_word(store::submit_outcome outcome) {
  switch (outcome) {
    case store::submit_outcome::accepted: return "accepted";
    case store::submit_outcome::duplicate: return "duplicate";
    case store::submit_outcome::conflict: return "conflict";
    case store::submit_outcome::replayed:  // pulled items carry no nonce; never expected
    case store::submit_outcome::unavailable: break;
  }
  return "unavailable";
}

void record_refusal(const page_context& context, const std::shared_ptr<page_answers>& answers, const std::string& item_id,
                    const plugin_host::poll_item& item, intake::decoding_failure failure, std::int64_t received_ms) {
  // The code (and the wire field's path) only: the message is kept in the store for the operator.
  spdlog::warn("pull channel={} item={} refused: code={} field={}", context.channel.id, item_id, failure.code,
               failure.field.empty() ? "-" : failure.field);
  if (failure.stage == intake::decoding_stage::adapter_fault) context.metrics.adapter_fault(context.channel, failure);
  store::rejected_item rejected;
  rejected.channel_id = context.channel.id;
  rejected.received_at_ms = received_ms;
  rejected.code = std::move(failure.code);
  rejected.field = std::move(failure.field);
  rejected.message = std::move(failure.message);
  rejected.raw_sha256 = crypto::sha256_hex(item.body);
  rejected.raw_body = item.body;
  answers->expect();
  std::string code = rejected.code;  // kept apart: `rejected` is moved into the call
  context.store.record_rejected_item(std::move(rejected), [answers, &metrics = context.metrics,
                                                          channel_id = context.channel.id,
                                                          code = std::move(code)](bool ok) {
    metrics.item(channel_id, ok ? "rejected" : "unavailable", code);
    answers->answer(ok ? "rejected" : "unavailable");
  });
}

void submit_case(const page_context& context, const std::shared_ptr<page_answers>& answers, const std::string& item_id,
                 const plugin_host::poll_item& item, const intake::decoded_case& decoded, std::int64_t received_ms) {
  intake::ruling decided;
  auto new_case = intake::to_new_case(context.channel, {item_id, item.media_type, item.body, received_ms}, decoded.media,
                                      decoded.adapter_part, context.rules, &decided);
  answers->expect();
  context.store.submit(std::move(new_case), [answers, &metrics = context.metrics, channel_id = context.channel.id,
                                             item_id, decided = std::move(decided)](store::submit_result result) {
    const auto outcome = outcome_word(result.outcome);
    if (result.outcome == store::submit_outcome::conflict)
      spdlog::warn("pull channel={} item={} conflicts with stored case {} (same case_ref, other content)", channel_id,
                   item_id, result.case_id);
    else if (outcome == "unavailable")
      spdlog::warn("pull channel={} item={} not stored: {}", channel_id, item_id, result.detail);
    else
      spdlog::info("pull channel={} item={} {} case_id={}", channel_id, item_id, outcome, result.case_id);
    metrics.item(channel_id, outcome);
    if (result.outcome == store::submit_outcome::accepted) metrics.stored(channel_id, decided);
    answers->answer(outcome);
  });
}

}  // namespace

page_result store_page(const page_context& context, std::string_view poll_request_id,
                       const std::vector<plugin_host::poll_item>& items) {
  auto answers = std::make_shared<page_answers>();
  answers->expect();  // held until every item is handed over, so an early answer cannot end the wait
  const std::int64_t received_ms = time::now_unix_ms();
  const std::string received_at = time::format_rfc3339(received_ms);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string item_id = std::string(poll_request_id) + "-" + std::to_string(i);
    const auto& item = items[i];
    auto decoded = intake::decode_case(context.channel, {item_id, received_at, item.media_type, nullptr, item.body});
    if (decoded.failure) {
      record_refusal(context, answers, item_id, item, std::move(*decoded.failure), received_ms);
    } else {
      submit_case(context, answers, item_id, item, decoded, received_ms);
    }
  }
  answers->handed_over();
  return answers->wait();
}

}  // namespace casegw::pull
