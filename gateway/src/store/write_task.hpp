// One unit of work for the group-commit writer: applied inside the batch transaction in its own
// savepoint, answered only once the batch's COMMIT has been synced (or has failed).
#pragma once

#include "store/sqlite_write_statements.hpp"

#include <cstdint>
#include <string>

namespace casegw::store {

// What a task did to the outbox, so the writer can keep the pending count without COUNT(*)
// and wake the forwarder only when something changed for it.
struct task_effect {
  std::int64_t pending_rows_delta = 0;
  bool outbox_schedule_changed = false;

  task_effect& operator+=(const task_effect& other) noexcept {
    pending_rows_delta += other.pending_rows_delta;
    outbox_schedule_changed = outbox_schedule_changed || other.outbox_schedule_changed;
    return *this;
  }
};

class write_task {
 public:
  virtual ~write_task() = default;
  // Throws (sqlite_error) to have only this task's savepoint rolled back.
  virtual task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) = 0;
  // Exactly one of these is called, on the writer thread, after the batch ended.
  virtual void committed() = 0;
  virtual void failed(const std::string& detail) = 0;  // detail: "store_error: ..."
};

}  // namespace casegw::store
