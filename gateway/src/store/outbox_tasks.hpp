// The writer's outbox work: leasing due rows, recording each attempt's outcome, and reviving
// dead letters. Claims and revivals answer through a promise once committed; outcomes are
// fire-and-forget (a lost outcome only means the row is delivered again after its lease).
#pragma once

#include "store/case_store.hpp"
#include "store/write_task.hpp"

#include <cstddef>
#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace casegw::store {

class claim_task final : public write_task {
 public:
  claim_task(std::string destination, std::int64_t now_ms, std::size_t limit, std::int64_t lease_ms);
  std::future<std::vector<outbox_item>> result() { return promise_.get_future(); }

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override;
  void failed(const std::string& detail) override;  // nothing leased: an empty claim

 private:
  std::string destination_;
  std::int64_t now_ms_;
  std::size_t limit_;
  std::int64_t lease_ms_;
  std::vector<outbox_item> items_;
  std::promise<std::vector<outbox_item>> promise_;
};

enum class attempt_outcome { delivered, retry, dead };

class attempt_outcome_task final : public write_task {
 public:
  attempt_outcome_task(std::int64_t outbox_id, attempt_outcome outcome, std::string detail,
                       std::int64_t next_attempt_at_ms = 0);

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override {}
  void failed(const std::string& detail) override;

 private:
  std::int64_t outbox_id_;
  attempt_outcome outcome_;
  std::string detail_;
  std::int64_t next_attempt_at_ms_;
};

class revive_dead_task final : public write_task {
 public:
  explicit revive_dead_task(std::optional<std::int64_t> outbox_id);  // empty = all dead rows
  std::future<std::size_t> result() { return promise_.get_future(); }

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override;
  void failed(const std::string& detail) override;

 private:
  std::optional<std::int64_t> outbox_id_;
  std::size_t revived_ = 0;
  std::promise<std::size_t> promise_;
};

}  // namespace casegw::store
