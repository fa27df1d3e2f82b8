#include "auth/nonce_register.hpp"

namespace casegw::auth {

bool in_memory_nonce_register::remember_once(std::string_view channel, std::string_view nonce,
                                             unix_time_ms expires_at) {
  const std::lock_guard lock(mutex_);
  // An expired entry no longer protects anything (its timestamp fails the window check), so it
  // may be swept now; amortized, so that the map stays bounded by the traffic of one window.
  if (++inserted_since_sweep_ >= sweep_every) {
    inserted_since_sweep_ = 0;
    const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    std::erase_if(expiry_by_nonce_, [now](const auto& entry) { return entry.second < now; });
  }
  return expiry_by_nonce_.try_emplace({std::string(channel), std::string(nonce)}, expires_at).second;
}

void in_memory_nonce_register::forget(std::string_view channel, std::string_view nonce) {
  const std::lock_guard lock(mutex_);
  expiry_by_nonce_.erase({std::string(channel), std::string(nonce)});
}

void in_memory_nonce_register::forget_expired(unix_time_ms now) {
  const std::lock_guard lock(mutex_);
  std::erase_if(expiry_by_nonce_, [now](const auto& entry) { return entry.second < now; });
}

std::size_t in_memory_nonce_register::size() const {
  const std::lock_guard lock(mutex_);
  return expiry_by_nonce_.size();
}

}  // namespace casegw::auth
