// Thin RAII wrappers over the SQLite C API: a connection, a prepared statement and the error
// they throw. Only the store uses them; nothing here knows about cases.
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace casegw::store {

// The message carries SQLite's own text (which names tables and constraints, never values),
// so it is safe to log and to put in a "store_error: ..." detail.
class sqlite_error : public std::runtime_error {
 public:
  sqlite_error(int code, const std::string& message);
  int code() const noexcept { return code_; }

 private:
  int code_;
};

class sqlite_statement {
 public:
  sqlite_statement(sqlite3* db, std::string_view sql);
  ~sqlite_statement();
  sqlite_statement(sqlite_statement&& other) noexcept;
  sqlite_statement& operator=(sqlite_statement&&) = delete;
  sqlite_statement(const sqlite_statement&) = delete;
  sqlite_statement& operator=(const sqlite_statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  sqlite_statement& bind_text(int index, std::string_view value);
  sqlite_statement& bind_blob(int index, std::string_view value);
  sqlite_statement& bind_int64(int index, std::int64_t value);
  sqlite_statement& bind_null(int index);

  // true: a row is available; false: done. Throws sqlite_error.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  // Back to the start with no bindings, so that a cached statement holds no read snapshot.
  void reset() noexcept;

  // Columns are 0-based. Text and blob columns both come back as bytes.
  std::int64_t column_int64(int index) const;
  std::string column_bytes(int index) const;
  bool column_is_null(int index) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_;
};

// Resets a cached statement when the scope that used it ends, even on an exception.
class statement_reset_guard {
 public:
  explicit statement_reset_guard(sqlite_statement& statement) noexcept : statement_(statement) {}
  ~statement_reset_guard() { statement_.reset(); }
  statement_reset_guard(const statement_reset_guard&) = delete;
  statement_reset_guard& operator=(const statement_reset_guard&) = delete;

 private:
  sqlite_statement& statement_;
};

class sqlite_connection {
 public:
  // Opens (creating if needed) in multi-thread mode: each connection is used by one thread at
  // a time, which the store guarantees itself.
  sqlite_connection(const std::string& path, std::chrono::milliseconds busy_timeout);
  ~sqlite_connection();
  sqlite_connection(sqlite_connection&& other) noexcept;
  sqlite_connection& operator=(sqlite_connection&&) = delete;
  sqlite_connection(const sqlite_connection&) = delete;
  sqlite_connection& operator=(const sqlite_connection&) = delete;

  sqlite3* handle() const noexcept { return db_; }
  void execute(std::string_view sql);
  sqlite_statement prepare(std::string_view sql) { return sqlite_statement(db_, sql); }
  // Rows changed by the most recent INSERT/UPDATE/DELETE.
  std::int64_t changes() const noexcept;

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace casegw::store
