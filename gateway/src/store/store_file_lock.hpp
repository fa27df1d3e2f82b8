// An exclusive lock on a store file (flock on "<path>.lock"), held for the store's lifetime.
// The embedded SQLite store belongs to one gateway process: a second casegw pointed at the
// same file is refused at start instead of sharing outbox rows with the first. Holding it
// also makes every outbox lease found at open a leftover of a process that is gone.
#pragma once

#include <string>

namespace casegw::store {

class store_file_lock {
 public:
  // Throws std::runtime_error when another process holds it or the file cannot be created.
  explicit store_file_lock(const std::string& store_path);
  ~store_file_lock();
  store_file_lock(const store_file_lock&) = delete;
  store_file_lock& operator=(const store_file_lock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace casegw::store
