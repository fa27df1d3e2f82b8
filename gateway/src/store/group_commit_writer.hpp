// The store's single writer: one thread, one connection. Whatever is queued when a transaction
// starts (up to max_batch tasks) shares it, and so shares one fsync of the WAL at COMMIT; every
// task is answered only after that COMMIT returned.
#pragma once

#include "store/sqlite_connection.hpp"
#include "store/sqlite_write_statements.hpp"
#include "store/write_task.hpp"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace casegw::store {

struct writer_settings {
  std::size_t max_batch = 256;
  std::int64_t pending_rows_at_start = 0;  // the one COUNT(*) done at open
  std::function<void(std::size_t tasks)> on_commit;
};

class group_commit_writer {
 public:
  group_commit_writer(sqlite_connection connection, writer_settings settings);
  ~group_commit_writer();
  group_commit_writer(const group_commit_writer&) = delete;
  group_commit_writer& operator=(const group_commit_writer&) = delete;

  // After close() the task is failed at once, on the caller's thread.
  void enqueue(std::unique_ptr<write_task> task);
  // Refuses new tasks, writes everything already queued, then stops the thread. Idempotent.
  void close();

  void on_outbox_change(std::function<void()> listener);

  std::int64_t pending_rows() const noexcept { return pending_rows_.load(std::memory_order_relaxed); }
  // False after a failed transaction, until one succeeds again.
  bool healthy() const noexcept { return healthy_.load(std::memory_order_relaxed); }
  // True from the moment close() starts: new tasks are refused.
  bool closed() const noexcept { return closed_.load(); }

 private:
  using batch = std::vector<std::unique_ptr<write_task>>;

  void run();
  batch take_batch();
  void write_batch(batch& tasks);
  void fail_all(batch& tasks, const std::string& detail);
  void notify_outbox_change();

  sqlite_connection connection_;
  sqlite_write_statements statements_;
  writer_settings settings_;

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<std::unique_ptr<write_task>> queue_;
  bool closing_ = false;
  std::atomic<bool> closed_{false};

  std::atomic<std::int64_t> pending_rows_;
  std::atomic<bool> healthy_{true};

  std::mutex listener_mutex_;
  std::function<void()> listener_;

  std::mutex close_mutex_;
  std::thread::id writer_thread_id_;
  std::thread thread_;  // last: it starts once everything above exists
};

}  // namespace casegw::store
