#include "store/outbox_tasks.hpp"

#include <spdlog/spdlog.h>

#include <utility>

namespace casegw::store {

claim_task::claim_task(std::string destination, std::int64_t now_ms, std::size_t limit, std::int64_t lease_ms)
    : destination_(std::move(destination)), now_ms_(now_ms), limit_(limit), lease_ms_(lease_ms) {}

task_effect claim_task::apply(sqlite_write_statements& statements, std::int64_t) {
  // The caller's clock decides what is due, so that tests and the forwarder agree on "now".
  items_ = statements.claim_due(destination_, now_ms_, limit_, lease_ms_);
  return {};
}

void claim_task::committed() { promise_.set_value(std::move(items_)); }

void claim_task::failed(const std::string& detail) {
  spdlog::warn("outbox claim for destination {} failed: {}", destination_, detail);
  promise_.set_value({});
}

attempt_outcome_task::attempt_outcome_task(std::int64_t outbox_id, attempt_outcome outcome, std::string detail,
                                           std::int64_t next_attempt_at_ms)
    : outbox_id_(outbox_id), outcome_(outcome), detail_(std::move(detail)), next_attempt_at_ms_(next_attempt_at_ms) {}

task_effect attempt_outcome_task::apply(sqlite_write_statements& statements, std::int64_t now_ms) {
  switch (outcome_) {
    case attempt_outcome::delivered: {
      const auto row = statements.mark_delivered(outbox_id_, now_ms);
      if (!row) return {};
      statements.append_trail(row->case_id, now_ms, "delivered",
                              "destination=" + row->destination + " attempt=" + std::to_string(row->attempts) +
                                  " detail=" + detail_);
      return {-1, false};
    }
    case attempt_outcome::retry: {
      const auto row = statements.mark_retry(outbox_id_, detail_, next_attempt_at_ms_);
      if (!row) return {};
      statements.append_trail(row->case_id, now_ms, "delivery_attempt_failed",
                              "destination=" + row->destination + " attempt=" + std::to_string(row->attempts) +
                                  " error=" + detail_ + " next_attempt_at_ms=" + std::to_string(next_attempt_at_ms_));
      return {0, true};
    }
    case attempt_outcome::dead: {
      const auto row = statements.mark_dead(outbox_id_, detail_, now_ms);
      if (!row) return {};
      statements.append_trail(row->case_id, now_ms, "dead_lettered",
                              "destination=" + row->destination + " attempts=" + std::to_string(row->attempts) +
                                  " error=" + detail_);
      return {-1, false};
    }
  }
  return {};
}

void attempt_outcome_task::failed(const std::string& detail) {
  // The row keeps its lease and comes back when it lapses: delivered again, never lost.
  spdlog::warn("outbox row {}: recording the attempt outcome failed: {}", outbox_id_, detail);
}

revive_dead_task::revive_dead_task(std::optional<std::int64_t> outbox_id) : outbox_id_(outbox_id) {}

task_effect revive_dead_task::apply(sqlite_write_statements& statements, std::int64_t now_ms) {
  const auto rows = statements.revive_dead(outbox_id_, now_ms);
  for (const changed_outbox_row& row : rows) {
    statements.append_trail(row.case_id, now_ms, "replayed", "destination=" + row.destination);
  }
  revived_ = rows.size();
  const auto count = static_cast<std::int64_t>(revived_);
  return {count, count > 0};
}

void revive_dead_task::committed() { promise_.set_value(revived_); }

void revive_dead_task::failed(const std::string& detail) {
  spdlog::warn("replaying dead letters failed: {}", detail);
  promise_.set_value(0);
}

}  // namespace casegw::store
