#include "net/connection_registry.hpp"

#include <vector>

namespace casegw::net {

std::optional<std::uint64_t> connection_registry::add(std::weak_ptr<closable_connection> connection) {
  std::lock_guard lock(mutex_);
  if (closed_) return std::nullopt;
  const std::uint64_t id = next_id_++;
  live_.emplace(id, std::move(connection));
  return id;
}

void connection_registry::remove(std::uint64_t id) noexcept {
  std::lock_guard lock(mutex_);
  live_.erase(id);
}

std::size_t connection_registry::size() const {
  std::lock_guard lock(mutex_);
  return live_.size();
}

bool connection_registry::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

void connection_registry::close_all() {
  std::vector<std::shared_ptr<closable_connection>> to_close;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    for (auto& [id, weak] : live_) {
      if (auto connection = weak.lock()) to_close.push_back(std::move(connection));
    }
  }
  // Outside the lock: a connection's destructor (possibly run when to_close is cleared)
  // calls remove().
  for (auto& connection : to_close) connection->close();
}

bool connection_registry::run_unless_closed(const std::function<void()>& action) {
  std::lock_guard lock(mutex_);
  if (closed_) return false;
  action();
  return true;
}

}  // namespace casegw::net
