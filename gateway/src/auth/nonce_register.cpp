#include "auth/nonce_register.hpp"

namespace casegw::auth {

bool in_memory_nonce_register::remember_once(std::string_view channel, std::string_view nonce,
                                             unix_time_ms expires_at) {
  const std::lock_guard lock(mutex_);
  return expiry_by_nonce_.try_emplace({std::string(channel), std::string(nonce)}, expires_at).second;
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
