#include "store/submission_task.hpp"

#include <string>
#include <utility>

namespace casegw::store {

namespace {

// Trail details carry ids, sizes and hashes only: never the case or its reporter.
std::string received_detail(const new_case& c) {
  return "request_id=" + c.request_id + " content_type=" + c.raw_content_type + " charset=" + c.raw_charset +
         " raw_size=" + std::to_string(c.raw_body.size()) + " raw_sha256=" + c.raw_sha256;
}

std::string stored_detail(const new_case& c) {
  std::string detail = "destinations=";
  for (std::size_t i = 0; i < c.destinations.size(); ++i) {
    if (i > 0) detail += ',';
    detail += c.destinations[i];
  }
  if (!c.ruling.empty()) detail += " " + c.ruling;
  return detail;
}

}  // namespace

submission_task::submission_task(new_case c, submit_callback done) : case_(std::move(c)), done_(std::move(done)) {}

task_effect submission_task::apply(sqlite_write_statements& statements, std::int64_t now_ms) {
  // The nonce first: a replay (another gateway on a shared store, or one that survived a
  // restart) stores nothing and touches no case.
  if (case_.nonce) {
    statements.purge_expired_nonces(now_ms);
    if (!statements.insert_nonce(case_.channel_id, *case_.nonce)) {
      result_ = {submit_outcome::replayed, {}, {}};
      return {};
    }
  }
  // Runs after every earlier task of the batch, inside the same transaction: a second push of
  // the same reference in one batch finds the first one here, exactly as if sequential.
  if (auto original = statements.find_by_ref(case_.channel_id, case_.case_ref)) {
    const bool same = original->fingerprint == case_.fingerprint;
    result_ = {same ? submit_outcome::duplicate : submit_outcome::conflict, original->case_id, {}};
    // The original's trail shows every later push of it: traceability includes repeats.
    statements.append_trail(original->case_id, now_ms, same ? "duplicate_received" : "conflict_received",
                            "request_id=" + case_.request_id);
    return {};
  }
  return store_new_case(statements, now_ms);
}

task_effect submission_task::store_new_case(sqlite_write_statements& statements, std::int64_t now_ms) {
  statements.insert_case(case_, now_ms);
  for (const std::string& destination : case_.destinations) {
    statements.insert_outbox(case_.case_id, destination, now_ms);
  }
  statements.append_trail(case_.case_id, case_.received_at_ms, "received", received_detail(case_));
  statements.append_trail(case_.case_id, now_ms, "stored", stored_detail(case_));
  result_ = {submit_outcome::accepted, case_.case_id, {}};
  const auto rows = static_cast<std::int64_t>(case_.destinations.size());
  return {rows, rows > 0};
}

void submission_task::committed() { done_(std::move(result_)); }

void submission_task::failed(const std::string& detail) { done_({submit_outcome::unavailable, {}, detail}); }

}  // namespace casegw::store
