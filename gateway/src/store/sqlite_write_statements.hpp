// Every write the store makes, as prepared statements on the writer connection. Each method runs
// inside the writer's open transaction and throws sqlite_error on failure; none commits.
#pragma once

#include "store/case_store.hpp"
#include "store/sqlite_connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::store {

struct existing_case {
  std::string case_id;
  std::string fingerprint;
};

// The row a state change touched, for the trail.
struct changed_outbox_row {
  std::string case_id;
  std::string destination;
  int attempts = 0;
};

class sqlite_write_statements {
 public:
  explicit sqlite_write_statements(sqlite_connection& connection);

  void begin();     // BEGIN IMMEDIATE
  void commit();
  void rollback() noexcept;
  void savepoint();
  void release_savepoint();
  void rollback_to_savepoint() noexcept;

  std::optional<existing_case> find_by_ref(std::string_view channel_id, std::string_view case_ref);
  // False, writing nothing, when the channel already has this nonce.
  bool insert_nonce(std::string_view channel_id, const nonce_use& nonce);
  void purge_expired_nonces(std::int64_t now_ms);
  void save_cursor(std::string_view channel_id, std::string_view cursor, std::int64_t now_ms);
  void insert_rejected_item(const rejected_item& item);
  void insert_case(const new_case& c, std::int64_t now_ms);
  void insert_outbox(std::string_view case_id, std::string_view destination, std::int64_t now_ms);
  void append_trail(std::string_view case_id, std::int64_t at_ms, std::string_view event, std::string_view detail);

  std::vector<outbox_item> claim_due(std::string_view destination, std::int64_t now_ms, std::size_t limit,
                                     std::int64_t lease_ms);
  // Each returns the row if it was pending (and is now changed), nothing otherwise.
  std::optional<changed_outbox_row> mark_delivered(std::int64_t outbox_id, std::int64_t now_ms);
  std::optional<changed_outbox_row> mark_retry(std::int64_t outbox_id, std::string_view error,
                                               std::int64_t next_attempt_at_ms);
  std::optional<changed_outbox_row> mark_dead(std::int64_t outbox_id, std::string_view error, std::int64_t now_ms);
  // Dead rows back to pending, due now, with a fresh attempt budget. Empty id = every dead row.
  std::vector<changed_outbox_row> revive_dead(std::optional<std::int64_t> outbox_id, std::int64_t now_ms);

 private:
  std::optional<changed_outbox_row> single_changed_row(sqlite_statement& statement);

  sqlite_connection& connection_;
  sqlite_statement select_case_by_ref_;
  sqlite_statement insert_case_;
  sqlite_statement insert_outbox_;
  sqlite_statement insert_trail_;
  sqlite_statement select_due_;
  sqlite_statement set_lease_;
  sqlite_statement mark_delivered_;
  sqlite_statement mark_retry_;
  sqlite_statement mark_dead_;
  sqlite_statement revive_one_;
  sqlite_statement revive_all_;
  sqlite_statement insert_nonce_;
  sqlite_statement purge_nonces_;
  sqlite_statement save_cursor_;
  sqlite_statement insert_rejected_;
};

}  // namespace casegw::store
