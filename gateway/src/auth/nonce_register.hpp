// Remembers the nonces of accepted requests so that each is used once per channel.
//
// This is only the interface and an in-memory implementation for tests. The production one is
// NOT written yet: it must be durable (SQLite, in the store stage, committed with the case) so
// that a replay after a restart is still refused; an in-memory register forgets everything
// when the process restarts, re-opening the whole window to replays.
#pragma once

#include "auth/replay_window.hpp"

#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace casegw::auth {

class nonce_register {
 public:
  virtual ~nonce_register() = default;

  // Records (channel, nonce) until expires_at and returns true; returns false, recording
  // nothing, when the pair is already remembered. Must be atomic: two concurrent requests with
  // the same nonce see exactly one true.
  virtual bool remember_once(std::string_view channel, std::string_view nonce, unix_time_ms expires_at) = 0;
};

// For tests and for tooling: a mutex-guarded map. Not for production (see above).
class in_memory_nonce_register final : public nonce_register {
 public:
  bool remember_once(std::string_view channel, std::string_view nonce, unix_time_ms expires_at) override;

  // Drops entries whose expiry is before now; the caller decides when (e.g. a periodic sweep).
  void forget_expired(unix_time_ms now);
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, unix_time_ms> expiry_by_nonce_;
};

}  // namespace casegw::auth
