// The live connections of a server (or the in-flight exchanges of a client), so that stop()
// can close every one of them and active_connections() can count them. Entries are weak:
// a connection owns itself (shared_ptr held by its pending operations) and leaves the
// registry from its destructor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace casegw::net {

class closable_connection {
 public:
  virtual ~closable_connection() = default;
  // Thread-safe; ends the connection soon (pending operations complete with an error).
  virtual void close() = 0;
};

class connection_registry {
 public:
  // nullopt once close_all() has run: the caller must close the connection itself.
  std::optional<std::uint64_t> add(std::weak_ptr<closable_connection> connection);
  void remove(std::uint64_t id) noexcept;
  std::size_t size() const;
  bool closed() const;

  // Refuses further adds and runs, and closes every live connection.
  void close_all();

  // Runs `action` unless close_all() has begun, under the registry's lock: lets a late
  // responder post work to an io_context only while that io_context is still being run.
  bool run_unless_closed(const std::function<void()>& action);

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::uint64_t, std::weak_ptr<closable_connection>> live_;
  std::uint64_t next_id_ = 0;
  bool closed_ = false;
};

}  // namespace casegw::net
