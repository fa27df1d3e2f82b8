// Remembers the nonces of accepted requests so that each is used once per channel.
//
// Durability is layered (docs/authentication.md, "Replay protection"): the in-memory register
// below decides, atomically, within the process; each accepted request's nonce then travels with
// its case and is committed in the same transaction (store: auth_nonces), and the gateway
// reloads the unexpired ones into memory at start. A request that ends without being stored
// releases its nonce (forget), so that the sender may retry the same signed bytes.
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

  // Drops one pair (its request was not stored after all).
  virtual void forget(std::string_view channel, std::string_view nonce) = 0;
};

// A mutex-guarded map; expired entries are swept every sweep_every insertions.
class in_memory_nonce_register final : public nonce_register {
 public:
  bool remember_once(std::string_view channel, std::string_view nonce, unix_time_ms expires_at) override;
  void forget(std::string_view channel, std::string_view nonce) override;

  // Drops entries whose expiry is before now; the caller decides when (e.g. a periodic sweep).
  void forget_expired(unix_time_ms now);
  std::size_t size() const;

 private:
  static constexpr std::size_t sweep_every = 4096;

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, unix_time_ms> expiry_by_nonce_;
  std::size_t inserted_since_sweep_ = 0;
};

}  // namespace casegw::auth
