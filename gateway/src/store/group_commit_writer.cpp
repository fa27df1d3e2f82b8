#include "store/group_commit_writer.hpp"

#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>
#include <optional>
#include <string>
#include <utility>

namespace casegw::store {

namespace {

std::int64_t unix_now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string store_error(const std::exception& e) { return std::string("store_error: ") + e.what(); }

// A callback that throws must not take the writer thread (and every later case) down with it.
template <typename Call>
void answer_guarded(Call&& call) noexcept {
  try {
    call();
  } catch (const std::exception& e) {
    spdlog::error("store: a completion callback threw: {}", e.what());
  } catch (...) {
    spdlog::error("store: a completion callback threw");
  }
}

}  // namespace

group_commit_writer::group_commit_writer(sqlite_connection connection, writer_settings settings)
    : connection_(std::move(connection)),
      statements_(connection_),
      settings_(std::move(settings)),
      pending_rows_(settings_.pending_rows_at_start),
      thread_([this] { run(); }) {
  writer_thread_id_ = thread_.get_id();
}

group_commit_writer::~group_commit_writer() { close(); }

void group_commit_writer::enqueue(std::unique_ptr<write_task> task) {
  {
    std::lock_guard lock(queue_mutex_);
    if (!closing_) {
      queue_.push_back(std::move(task));
      queue_ready_.notify_one();
      return;
    }
  }
  answer_guarded([&] { task->failed("store_error: store closed"); });
}

void group_commit_writer::close() {
  {
    std::lock_guard lock(queue_mutex_);
    closing_ = true;
  }
  closed_ = true;
  queue_ready_.notify_one();
  // From a completion callback (the writer thread itself) the loop ends after this batch; it
  // cannot wait for itself.
  if (std::this_thread::get_id() == writer_thread_id_) return;
  std::lock_guard close_lock(close_mutex_);
  if (thread_.joinable()) thread_.join();
}

void group_commit_writer::on_outbox_change(std::function<void()> listener) {
  std::lock_guard lock(listener_mutex_);
  listener_ = std::move(listener);
}

void group_commit_writer::run() {
  for (;;) {
    batch tasks = take_batch();
    if (tasks.empty()) return;  // closing and drained
    write_batch(tasks);
  }
}

group_commit_writer::batch group_commit_writer::take_batch() {
  std::unique_lock lock(queue_mutex_);
  queue_ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
  batch tasks;
  while (!queue_.empty() && tasks.size() < settings_.max_batch) {
    tasks.push_back(std::move(queue_.front()));
    queue_.pop_front();
  }
  return tasks;
}

void group_commit_writer::write_batch(batch& tasks) {
  const std::int64_t now_ms = unix_now_ms();
  try {
    statements_.begin();
  } catch (const sqlite_error& e) {
    healthy_ = false;
    fail_all(tasks, store_error(e));
    return;
  }

  // Each task in its own savepoint: one failing task is rolled back alone and answered with
  // its own error, the rest of the batch still commits.
  std::vector<std::optional<std::string>> task_errors(tasks.size());
  task_effect effect;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (sqlite3_get_autocommit(connection_.handle()) != 0) {
      // SQLite rolled the whole transaction back (disk full, I/O error): a SAVEPOINT now
      // would silently open a new one, so stop here and let the COMMIT below fail.
      task_errors[i] = "store_error: transaction aborted";
      continue;
    }
    try {
      statements_.savepoint();
      const task_effect task_did = tasks[i]->apply(statements_, now_ms);
      statements_.release_savepoint();
      effect += task_did;
    } catch (const std::exception& e) {
      statements_.rollback_to_savepoint();
      task_errors[i] = store_error(e);
    }
  }

  try {
    statements_.commit();
  } catch (const sqlite_error& e) {
    statements_.rollback();
    healthy_ = false;
    spdlog::error("store: commit of {} tasks failed: {}", tasks.size(), e.what());
    fail_all(tasks, store_error(e));
    return;
  }

  healthy_ = true;
  pending_rows_.fetch_add(effect.pending_rows_delta, std::memory_order_relaxed);
  if (settings_.on_commit) answer_guarded([&] { settings_.on_commit(tasks.size()); });
  // The forwarder first: it can start claiming while the intake answers go out, and whoever
  // holds an answer knows the forwarder has already been told.
  if (effect.outbox_schedule_changed) notify_outbox_change();
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    write_task& task = *tasks[i];
    if (task_errors[i]) {
      answer_guarded([&] { task.failed(*task_errors[i]); });
    } else {
      answer_guarded([&] { task.committed(); });
    }
  }
}

void group_commit_writer::fail_all(batch& tasks, const std::string& detail) {
  for (auto& task : tasks) answer_guarded([&] { task->failed(detail); });
}

void group_commit_writer::notify_outbox_change() {
  // Called under the lock so that whoever replaces or clears the listener knows that the old
  // one is no longer running once on_outbox_change() returns.
  std::lock_guard lock(listener_mutex_);
  if (listener_) answer_guarded([&] { listener_(); });
}

}  // namespace casegw::store
