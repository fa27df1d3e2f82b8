#include "store/sqlite_connection.hpp"

#include <sqlite3.h>

#include <utility>

namespace casegw::store {

namespace {

[[noreturn]] void throw_last_error(sqlite3* db, int code, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw sqlite_error(code, message);
}

}  // namespace

sqlite_error::sqlite_error(int code, const std::string& message)
    : std::runtime_error(message), code_(code) {}

sqlite_statement::sqlite_statement(sqlite3* db, std::string_view sql) : db_(db), statement_(nullptr) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &statement_, nullptr);
  if (rc != SQLITE_OK) throw_last_error(db, rc, "prepare");
}

sqlite_statement::~sqlite_statement() { sqlite3_finalize(statement_); }

sqlite_statement::sqlite_statement(sqlite_statement&& other) noexcept
    : db_(other.db_), statement_(std::exchange(other.statement_, nullptr)) {}

sqlite_statement& sqlite_statement::bind_text(int index, std::string_view value) {
  const int rc = sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) throw_last_error(db_, rc, "bind");
  return *this;
}

sqlite_statement& sqlite_statement::bind_blob(int index, std::string_view value) {
  // A zero-length blob must still be a blob, not NULL: SQLite binds NULL for a null pointer.
  static const char empty = 0;
  const char* data = value.empty() ? &empty : value.data();
  const int rc = sqlite3_bind_blob64(statement_, index, data, value.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) throw_last_error(db_, rc, "bind");
  return *this;
}

sqlite_statement& sqlite_statement::bind_int64(int index, std::int64_t value) {
  const int rc = sqlite3_bind_int64(statement_, index, value);
  if (rc != SQLITE_OK) throw_last_error(db_, rc, "bind");
  return *this;
}

sqlite_statement& sqlite_statement::bind_null(int index) {
  const int rc = sqlite3_bind_null(statement_, index);
  if (rc != SQLITE_OK) throw_last_error(db_, rc, "bind");
  return *this;
}

bool sqlite_statement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw_last_error(db_, rc, "step");
}

void sqlite_statement::run() {
  while (step()) {
  }
}

void sqlite_statement::reset() noexcept {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::int64_t sqlite_statement::column_int64(int index) const { return sqlite3_column_int64(statement_, index); }

std::string sqlite_statement::column_bytes(int index) const {
  const void* data = sqlite3_column_blob(statement_, index);
  const int size = sqlite3_column_bytes(statement_, index);
  if (data == nullptr || size <= 0) return {};
  return std::string(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

bool sqlite_statement::column_is_null(int index) const {
  return sqlite3_column_type(statement_, index) == SQLITE_NULL;
}

sqlite_connection::sqlite_connection(const std::string& path, std::chrono::milliseconds busy_timeout) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = "cannot open " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw sqlite_error(rc, message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, static_cast<int>(busy_timeout.count()));
}

sqlite_connection::~sqlite_connection() {
  // close_v2 defers the close until the last statement is finalized, so member order is moot.
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

sqlite_connection::sqlite_connection(sqlite_connection&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

void sqlite_connection::execute(std::string_view sql) {
  const std::string text(sql);
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw sqlite_error(rc, "execute: " + message);
  }
}

std::int64_t sqlite_connection::changes() const noexcept { return sqlite3_changes64(db_); }

}  // namespace casegw::store
