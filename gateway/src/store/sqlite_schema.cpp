#include "store/sqlite_schema.hpp"

#include <chrono>
#include <span>
#include <stdexcept>
#include <string>

namespace casegw::store {

namespace {

struct migration {
  int version;
  const char* sql;
};

// Append-only: a released migration is never edited, a change is a new entry.
//
// case_json and raw_body are BLOBs the store never looks into, so that sealing them (encryption
// at rest) changes no query; encryption_key_id stays NULL until then and will name the key.
constexpr migration migrations[] = {
    {1, R"sql(
CREATE TABLE cases (
  case_id           TEXT PRIMARY KEY NOT NULL,
  channel_id        TEXT NOT NULL,
  case_ref          TEXT NOT NULL,
  fingerprint       TEXT NOT NULL,
  case_json         BLOB NOT NULL,
  received_at_ms    INTEGER NOT NULL,
  stored_at_ms      INTEGER NOT NULL,
  raw_content_type  TEXT NOT NULL DEFAULT '',
  raw_charset       TEXT NOT NULL DEFAULT '',
  raw_sha256        TEXT NOT NULL DEFAULT '',
  raw_size          INTEGER NOT NULL DEFAULT 0 CHECK (raw_size >= 0),
  raw_body          BLOB,
  encryption_key_id TEXT,
  UNIQUE (channel_id, case_ref)
);

CREATE TABLE outbox (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id            TEXT NOT NULL REFERENCES cases (case_id),
  destination        TEXT NOT NULL,
  state              TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at_ms INTEGER NOT NULL,
  lease_until_ms     INTEGER NOT NULL DEFAULT 0,
  last_error         TEXT,
  created_at_ms      INTEGER NOT NULL,
  delivered_at_ms    INTEGER,
  dead_at_ms         INTEGER,
  UNIQUE (case_id, destination)
);
-- Claiming reads only pending rows of one destination in due order: a partial index keeps
-- delivered history out of that path however large it grows.
CREATE INDEX outbox_claim ON outbox (destination, next_attempt_at_ms, id) WHERE state = 'pending';
CREATE INDEX outbox_dead ON outbox (dead_at_ms, id) WHERE state = 'dead';

CREATE TABLE case_trail (
  case_id TEXT NOT NULL REFERENCES cases (case_id),
  seq     INTEGER NOT NULL,
  at_ms   INTEGER NOT NULL,
  event   TEXT NOT NULL,
  detail  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;
)sql"},
    {2, R"sql(
-- Nonces of authenticated requests, committed with their case; kept until the request's
-- timestamp leaves the channel's replay window.
CREATE TABLE auth_nonces (
  channel_id    TEXT NOT NULL,
  nonce         TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  PRIMARY KEY (channel_id, nonce)
) WITHOUT ROWID;
CREATE INDEX auth_nonces_expiry ON auth_nonces (expires_at_ms);

-- Pulled channels: the platform cursor the next poll starts from.
CREATE TABLE channel_cursors (
  channel_id    TEXT PRIMARY KEY NOT NULL,
  cursor        TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL
);

-- Pulled items their adapter refused (no upstream heard a 400 for them).
CREATE TABLE rejected_items (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  channel_id     TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL,
  code           TEXT NOT NULL,
  field          TEXT NOT NULL DEFAULT '',
  message        TEXT NOT NULL DEFAULT '',
  raw_sha256     TEXT NOT NULL,
  raw_body       BLOB
);
)sql"},
};

std::int64_t unix_now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int installed_version(sqlite_connection& connection) {
  connection.execute(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY NOT NULL, applied_at_ms INTEGER NOT NULL)");
  auto query = connection.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  query.step();
  return static_cast<int>(query.column_int64(0));
}

void apply(sqlite_connection& connection, const migration& step) {
  connection.execute("BEGIN IMMEDIATE");
  try {
    connection.execute(step.sql);
    auto record = connection.prepare("INSERT INTO schema_version (version, applied_at_ms) VALUES (?1, ?2)");
    record.bind_int64(1, step.version).bind_int64(2, unix_now_ms()).run();
    connection.execute("COMMIT");
  } catch (...) {
    connection.execute("ROLLBACK");
    throw;
  }
}

}  // namespace

void configure_connection(sqlite_connection& connection) {
  auto journal = connection.prepare("PRAGMA journal_mode=WAL");
  journal.step();
  if (journal.column_bytes(0) != "wal") {
    throw std::runtime_error("WAL journal mode is not available (journal_mode=" + journal.column_bytes(0) + ")");
  }
  connection.execute("PRAGMA synchronous=FULL");
  connection.execute("PRAGMA foreign_keys=ON");
}

void migrate_schema(sqlite_connection& connection) {
  const int installed = installed_version(connection);
  if (installed > current_schema_version) {
    throw std::runtime_error("schema version " + std::to_string(installed) + " is newer than this gateway (" +
                             std::to_string(current_schema_version) + ")");
  }
  for (const migration& step : migrations) {
    if (step.version > installed) apply(connection, step);
  }
}

}  // namespace casegw::store
