// A place the forwarder delivers unified cases to. Destinations do one attempt each; the
// forwarder owns retries, backoff, dead-lettering and the outbox bookkeeping.
#pragma once

#include "store/case_store.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::delivery {

struct attempt_result {
  enum class verdict { delivered, retry, reject };  // reject = permanent: dead letter now
  verdict outcome = verdict::retry;
  std::string detail;  // "HTTP 503", "timeout", ...: no case content
  std::optional<std::chrono::milliseconds> retry_after;  // the receiver's wish, if it said
};

class destination {
 public:
  virtual ~destination() = default;
  virtual const std::string& id() const noexcept = 0;
  // Calls done exactly once, from any thread.
  virtual void deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) = 0;
};

}  // namespace casegw::delivery
