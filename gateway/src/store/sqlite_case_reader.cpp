#include "store/sqlite_case_reader.hpp"

#include <string>
#include <utility>

namespace casegw::store {

namespace {

constexpr const char* case_columns =
    "SELECT case_id, channel_id, case_ref, case_json, received_at_ms, raw_content_type, raw_charset, raw_sha256,"
    " raw_size FROM cases ";

constexpr const char* deliveries_sql =
    "SELECT id, destination, state, attempts, next_attempt_at_ms, COALESCE(delivered_at_ms, 0),"
    " COALESCE(last_error, '') FROM outbox WHERE case_id = ?1 ORDER BY id";

constexpr const char* trail_sql = "SELECT at_ms, event, detail FROM case_trail WHERE case_id = ?1 ORDER BY seq";

constexpr const char* dead_letters_sql =
    "SELECT o.id, o.case_id, c.channel_id, o.destination, o.attempts, COALESCE(o.last_error, ''),"
    " COALESCE(o.dead_at_ms, 0) FROM outbox o JOIN cases c ON c.case_id = o.case_id"
    " WHERE o.state = 'dead' ORDER BY o.dead_at_ms, o.id LIMIT ?1";

constexpr const char* pending_backlog_sql =
    "SELECT COUNT(*), COALESCE(MIN(c.received_at_ms), 0) FROM outbox o JOIN cases c ON c.case_id = o.case_id"
    " WHERE o.state = 'pending' AND (?1 = '' OR o.destination = ?1)";

constexpr const char* dead_count_sql =
    "SELECT COUNT(*) FROM outbox WHERE state = 'dead' AND (?1 = '' OR destination = ?1)";

// A leased row is not claimable before its lease ends, whatever its next attempt time says.
constexpr const char* next_due_sql =
    "SELECT MIN(MAX(next_attempt_at_ms, lease_until_ms)) FROM outbox WHERE destination = ?1 AND state = 'pending'";

delivery_state parse_state(const std::string& text) {
  if (text == "delivered") return delivery_state::delivered;
  if (text == "dead") return delivery_state::dead;
  return delivery_state::pending;
}

// Ends the read transaction however the scope is left, so the WAL can be checkpointed.
class read_transaction {
 public:
  explicit read_transaction(sqlite_connection& connection) : connection_(connection) { connection_.execute("BEGIN"); }
  ~read_transaction() {
    try {
      connection_.execute("COMMIT");
    } catch (const sqlite_error&) {
    }
  }
  read_transaction(const read_transaction&) = delete;
  read_transaction& operator=(const read_transaction&) = delete;

 private:
  sqlite_connection& connection_;
};

}  // namespace

sqlite_case_reader::sqlite_case_reader(sqlite_connection connection)
    : connection_(std::move(connection)),
      case_by_id_(connection_.prepare(std::string(case_columns) + "WHERE case_id = ?1")),
      case_by_ref_(connection_.prepare(std::string(case_columns) + "WHERE channel_id = ?1 AND case_ref = ?2")),
      deliveries_(connection_.prepare(deliveries_sql)),
      trail_(connection_.prepare(trail_sql)),
      dead_letters_(connection_.prepare(dead_letters_sql)),
      pending_backlog_(connection_.prepare(pending_backlog_sql)),
      dead_count_(connection_.prepare(dead_count_sql)),
      next_due_(connection_.prepare(next_due_sql)) {}

std::optional<stored_case> sqlite_case_reader::find_case(std::string_view case_id) {
  std::lock_guard lock(mutex_);
  case_by_id_.bind_text(1, case_id);
  return load_case(case_by_id_);
}

std::optional<stored_case> sqlite_case_reader::find_by_ref(std::string_view channel_id, std::string_view case_ref) {
  std::lock_guard lock(mutex_);
  case_by_ref_.bind_text(1, channel_id).bind_text(2, case_ref);
  return load_case(case_by_ref_);
}

std::optional<stored_case> sqlite_case_reader::load_case(sqlite_statement& case_query) {
  read_transaction transaction(connection_);
  stored_case c;
  {
    statement_reset_guard guard(case_query);
    if (!case_query.step()) return std::nullopt;
    c.case_id = case_query.column_bytes(0);
    c.channel_id = case_query.column_bytes(1);
    c.case_ref = case_query.column_bytes(2);
    c.case_json = case_query.column_bytes(3);
    c.received_at_ms = case_query.column_int64(4);
    c.raw_content_type = case_query.column_bytes(5);
    c.raw_charset = case_query.column_bytes(6);
    c.raw_sha256 = case_query.column_bytes(7);
    c.raw_size = case_query.column_int64(8);
  }
  c.deliveries = load_deliveries(c.case_id);
  c.trail = load_trail(c.case_id);
  return c;
}

std::vector<delivery_record> sqlite_case_reader::load_deliveries(std::string_view case_id) {
  statement_reset_guard guard(deliveries_);
  deliveries_.bind_text(1, case_id);
  std::vector<delivery_record> records;
  while (deliveries_.step()) {
    records.push_back(delivery_record{deliveries_.column_int64(0), deliveries_.column_bytes(1),
                                      parse_state(deliveries_.column_bytes(2)),
                                      static_cast<int>(deliveries_.column_int64(3)), deliveries_.column_int64(4),
                                      deliveries_.column_int64(5), deliveries_.column_bytes(6)});
  }
  return records;
}

std::vector<trail_entry> sqlite_case_reader::load_trail(std::string_view case_id) {
  statement_reset_guard guard(trail_);
  trail_.bind_text(1, case_id);
  std::vector<trail_entry> entries;
  while (trail_.step()) {
    entries.push_back(trail_entry{trail_.column_int64(0), trail_.column_bytes(1), trail_.column_bytes(2)});
  }
  return entries;
}

std::vector<dead_letter> sqlite_case_reader::dead_letters(std::size_t limit) {
  std::lock_guard lock(mutex_);
  statement_reset_guard guard(dead_letters_);
  dead_letters_.bind_int64(1, static_cast<std::int64_t>(limit));
  std::vector<dead_letter> letters;
  while (dead_letters_.step()) {
    letters.push_back(dead_letter{dead_letters_.column_int64(0), dead_letters_.column_bytes(1),
                                  dead_letters_.column_bytes(2), dead_letters_.column_bytes(3),
                                  static_cast<int>(dead_letters_.column_int64(4)), dead_letters_.column_bytes(5),
                                  dead_letters_.column_int64(6)});
  }
  return letters;
}

backlog_stats sqlite_case_reader::backlog(std::string_view destination) {
  std::lock_guard lock(mutex_);
  read_transaction transaction(connection_);
  backlog_stats stats;
  {
    statement_reset_guard guard(pending_backlog_);
    pending_backlog_.bind_text(1, destination);
    pending_backlog_.step();
    stats.pending = static_cast<std::size_t>(pending_backlog_.column_int64(0));
    stats.oldest_pending_ms = pending_backlog_.column_int64(1);
  }
  statement_reset_guard guard(dead_count_);
  dead_count_.bind_text(1, destination);
  dead_count_.step();
  stats.dead = static_cast<std::size_t>(dead_count_.column_int64(0));
  return stats;
}

std::optional<std::int64_t> sqlite_case_reader::next_due(std::string_view destination) {
  std::lock_guard lock(mutex_);
  statement_reset_guard guard(next_due_);
  next_due_.bind_text(1, destination);
  next_due_.step();
  if (next_due_.column_is_null(0)) return std::nullopt;
  return next_due_.column_int64(0);
}

std::int64_t sqlite_case_reader::count_pending() {
  std::lock_guard lock(mutex_);
  auto count = connection_.prepare("SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
  count.step();
  return count.column_int64(0);
}

// Once, at start: no cached statement.
std::vector<remembered_nonce> sqlite_case_reader::unexpired_nonces(std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  auto query = connection_.prepare("SELECT channel_id, nonce, expires_at_ms FROM auth_nonces WHERE expires_at_ms >= ?1");
  query.bind_int64(1, now_ms);
  std::vector<remembered_nonce> out;
  while (query.step()) out.push_back({query.column_bytes(0), query.column_bytes(1), query.column_int64(2)});
  return out;
}

std::optional<std::string> sqlite_case_reader::channel_cursor(std::string_view channel_id) {
  std::lock_guard lock(mutex_);
  auto query = connection_.prepare("SELECT cursor FROM channel_cursors WHERE channel_id = ?1");
  query.bind_text(1, channel_id);
  if (!query.step()) return std::nullopt;
  return query.column_bytes(0);
}

}  // namespace casegw::store
