#include "store/sqlite_write_statements.hpp"

namespace casegw::store {

namespace {

constexpr const char* select_case_by_ref_sql =
    "SELECT case_id, fingerprint FROM cases WHERE channel_id = ?1 AND case_ref = ?2";

constexpr const char* insert_case_sql =
    "INSERT INTO cases (case_id, channel_id, case_ref, fingerprint, case_json, received_at_ms, stored_at_ms,"
    " raw_content_type, raw_charset, raw_sha256, raw_size, raw_body)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

constexpr const char* insert_outbox_sql =
    "INSERT INTO outbox (case_id, destination, state, attempts, next_attempt_at_ms, lease_until_ms, created_at_ms)"
    " VALUES (?1, ?2, 'pending', 0, ?3, 0, ?3)";

// seq numbers a case's trail 1, 2, 3... in the order the writer recorded it.
constexpr const char* insert_trail_sql =
    "INSERT INTO case_trail (case_id, seq, at_ms, event, detail)"
    " SELECT ?1, COALESCE(MAX(seq), 0) + 1, ?2, ?3, ?4 FROM case_trail WHERE case_id = ?1";

// Most overdue first; ties by creation order. A lease still running hides the row.
constexpr const char* select_due_sql =
    "SELECT o.id, o.case_id, o.attempts, c.case_json FROM outbox o JOIN cases c ON c.case_id = o.case_id"
    " WHERE o.destination = ?1 AND o.state = 'pending' AND o.next_attempt_at_ms <= ?2 AND o.lease_until_ms <= ?2"
    " ORDER BY o.next_attempt_at_ms, o.id LIMIT ?3";

constexpr const char* set_lease_sql = "UPDATE outbox SET lease_until_ms = ?2 WHERE id = ?1";

constexpr const char* mark_delivered_sql =
    "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, delivered_at_ms = ?2, lease_until_ms = 0,"
    " last_error = NULL WHERE id = ?1 AND state = 'pending' RETURNING case_id, destination, attempts";

constexpr const char* mark_retry_sql =
    "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at_ms = ?3, lease_until_ms = 0"
    " WHERE id = ?1 AND state = 'pending' RETURNING case_id, destination, attempts";

constexpr const char* mark_dead_sql =
    "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?2, dead_at_ms = ?3,"
    " lease_until_ms = 0 WHERE id = ?1 AND state = 'pending' RETURNING case_id, destination, attempts";

// last_error is kept: it says why the row died until the replayed attempt says otherwise.
constexpr const char* revive_one_sql =
    "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at_ms = ?2, lease_until_ms = 0,"
    " dead_at_ms = NULL WHERE id = ?1 AND state = 'dead' RETURNING case_id, destination, attempts";

constexpr const char* revive_all_sql =
    "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at_ms = ?1, lease_until_ms = 0,"
    " dead_at_ms = NULL WHERE state = 'dead' RETURNING case_id, destination, attempts";

constexpr const char* insert_nonce_sql =
    "INSERT INTO auth_nonces (channel_id, nonce, expires_at_ms) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

constexpr const char* purge_nonces_sql = "DELETE FROM auth_nonces WHERE expires_at_ms < ?1";

constexpr const char* save_cursor_sql =
    "INSERT INTO channel_cursors (channel_id, cursor, updated_at_ms) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (channel_id) DO UPDATE SET cursor = excluded.cursor, updated_at_ms = excluded.updated_at_ms";

constexpr const char* insert_rejected_sql =
    "INSERT INTO rejected_items (channel_id, received_at_ms, code, field, message, raw_sha256, raw_body)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

changed_outbox_row read_changed_row(const sqlite_statement& statement) {
  return {statement.column_bytes(0), statement.column_bytes(1), static_cast<int>(statement.column_int64(2))};
}

}  // namespace

sqlite_write_statements::sqlite_write_statements(sqlite_connection& connection)
    : connection_(connection),
      select_case_by_ref_(connection.prepare(select_case_by_ref_sql)),
      insert_case_(connection.prepare(insert_case_sql)),
      insert_outbox_(connection.prepare(insert_outbox_sql)),
      insert_trail_(connection.prepare(insert_trail_sql)),
      select_due_(connection.prepare(select_due_sql)),
      set_lease_(connection.prepare(set_lease_sql)),
      mark_delivered_(connection.prepare(mark_delivered_sql)),
      mark_retry_(connection.prepare(mark_retry_sql)),
      mark_dead_(connection.prepare(mark_dead_sql)),
      revive_one_(connection.prepare(revive_one_sql)),
      revive_all_(connection.prepare(revive_all_sql)),
      insert_nonce_(connection.prepare(insert_nonce_sql)),
      purge_nonces_(connection.prepare(purge_nonces_sql)),
      save_cursor_(connection.prepare(save_cursor_sql)),
      insert_rejected_(connection.prepare(insert_rejected_sql)) {}

bool sqlite_write_statements::insert_nonce(std::string_view channel_id, const nonce_use& nonce) {
  statement_reset_guard guard(insert_nonce_);
  insert_nonce_.bind_text(1, channel_id).bind_text(2, nonce.nonce).bind_int64(3, nonce.expires_at_ms).run();
  return connection_.changes() > 0;
}

void sqlite_write_statements::purge_expired_nonces(std::int64_t now_ms) {
  statement_reset_guard guard(purge_nonces_);
  purge_nonces_.bind_int64(1, now_ms).run();
}

void sqlite_write_statements::save_cursor(std::string_view channel_id, std::string_view cursor, std::int64_t now_ms) {
  statement_reset_guard guard(save_cursor_);
  save_cursor_.bind_text(1, channel_id).bind_text(2, cursor).bind_int64(3, now_ms).run();
}

void sqlite_write_statements::insert_rejected_item(const rejected_item& item) {
  statement_reset_guard guard(insert_rejected_);
  insert_rejected_.bind_text(1, item.channel_id)
      .bind_int64(2, item.received_at_ms)
      .bind_text(3, item.code)
      .bind_text(4, item.field)
      .bind_text(5, item.message)
      .bind_text(6, item.raw_sha256)
      .bind_blob(7, item.raw_body)
      .run();
}

void sqlite_write_statements::begin() { connection_.execute("BEGIN IMMEDIATE"); }
void sqlite_write_statements::commit() { connection_.execute("COMMIT"); }

void sqlite_write_statements::rollback() noexcept {
  try {
    connection_.execute("ROLLBACK");
  } catch (const sqlite_error&) {
    // Nothing to roll back: SQLite already ended the transaction when the COMMIT failed.
  }
}

void sqlite_write_statements::savepoint() { connection_.execute("SAVEPOINT submission"); }
void sqlite_write_statements::release_savepoint() { connection_.execute("RELEASE submission"); }

void sqlite_write_statements::rollback_to_savepoint() noexcept {
  try {
    connection_.execute("ROLLBACK TO submission; RELEASE submission");
  } catch (const sqlite_error&) {
    // The transaction itself is gone; the COMMIT that follows will report it.
  }
}

std::optional<existing_case> sqlite_write_statements::find_by_ref(std::string_view channel_id,
                                                                  std::string_view case_ref) {
  statement_reset_guard guard(select_case_by_ref_);
  select_case_by_ref_.bind_text(1, channel_id).bind_text(2, case_ref);
  if (!select_case_by_ref_.step()) return std::nullopt;
  return existing_case{select_case_by_ref_.column_bytes(0), select_case_by_ref_.column_bytes(1)};
}

void sqlite_write_statements::insert_case(const new_case& c, std::int64_t now_ms) {
  statement_reset_guard guard(insert_case_);
  insert_case_.bind_text(1, c.case_id)
      .bind_text(2, c.channel_id)
      .bind_text(3, c.case_ref)
      .bind_text(4, c.fingerprint)
      .bind_blob(5, c.case_json)
      .bind_int64(6, c.received_at_ms)
      .bind_int64(7, now_ms)
      .bind_text(8, c.raw_content_type)
      .bind_text(9, c.raw_charset)
      .bind_text(10, c.raw_sha256)
      .bind_int64(11, static_cast<std::int64_t>(c.raw_body.size()))
      .bind_blob(12, c.raw_body);
  insert_case_.run();
}

void sqlite_write_statements::insert_outbox(std::string_view case_id, std::string_view destination,
                                            std::int64_t now_ms) {
  statement_reset_guard guard(insert_outbox_);
  insert_outbox_.bind_text(1, case_id).bind_text(2, destination).bind_int64(3, now_ms);
  insert_outbox_.run();
}

void sqlite_write_statements::append_trail(std::string_view case_id, std::int64_t at_ms, std::string_view event,
                                           std::string_view detail) {
  statement_reset_guard guard(insert_trail_);
  insert_trail_.bind_text(1, case_id).bind_int64(2, at_ms).bind_text(3, event).bind_text(4, detail);
  insert_trail_.run();
}

std::vector<outbox_item> sqlite_write_statements::claim_due(std::string_view destination, std::int64_t now_ms,
                                                            std::size_t limit, std::int64_t lease_ms) {
  std::vector<outbox_item> items;
  {
    statement_reset_guard guard(select_due_);
    select_due_.bind_text(1, destination).bind_int64(2, now_ms).bind_int64(3, static_cast<std::int64_t>(limit));
    while (select_due_.step()) {
      items.push_back(outbox_item{select_due_.column_int64(0), select_due_.column_bytes(1),
                                  std::string(destination), static_cast<int>(select_due_.column_int64(2)),
                                  select_due_.column_bytes(3)});
    }
  }
  for (const outbox_item& item : items) {
    statement_reset_guard guard(set_lease_);
    set_lease_.bind_int64(1, item.id).bind_int64(2, now_ms + lease_ms);
    set_lease_.run();
  }
  return items;
}

std::optional<changed_outbox_row> sqlite_write_statements::single_changed_row(sqlite_statement& statement) {
  statement_reset_guard guard(statement);
  if (!statement.step()) return std::nullopt;
  changed_outbox_row row = read_changed_row(statement);
  statement.run();  // finish the statement so that the UPDATE is complete before the reset
  return row;
}

std::optional<changed_outbox_row> sqlite_write_statements::mark_delivered(std::int64_t outbox_id,
                                                                          std::int64_t now_ms) {
  mark_delivered_.bind_int64(1, outbox_id).bind_int64(2, now_ms);
  return single_changed_row(mark_delivered_);
}

std::optional<changed_outbox_row> sqlite_write_statements::mark_retry(std::int64_t outbox_id, std::string_view error,
                                                                      std::int64_t next_attempt_at_ms) {
  mark_retry_.bind_int64(1, outbox_id).bind_text(2, error).bind_int64(3, next_attempt_at_ms);
  return single_changed_row(mark_retry_);
}

std::optional<changed_outbox_row> sqlite_write_statements::mark_dead(std::int64_t outbox_id, std::string_view error,
                                                                     std::int64_t now_ms) {
  mark_dead_.bind_int64(1, outbox_id).bind_text(2, error).bind_int64(3, now_ms);
  return single_changed_row(mark_dead_);
}

std::vector<changed_outbox_row> sqlite_write_statements::revive_dead(std::optional<std::int64_t> outbox_id,
                                                                     std::int64_t now_ms) {
  sqlite_statement& statement = outbox_id ? revive_one_ : revive_all_;
  statement_reset_guard guard(statement);
  if (outbox_id) {
    statement.bind_int64(1, *outbox_id).bind_int64(2, now_ms);
  } else {
    statement.bind_int64(1, now_ms);
  }
  std::vector<changed_outbox_row> rows;
  while (statement.step()) rows.push_back(read_changed_row(statement));
  return rows;
}

}  // namespace casegw::store
