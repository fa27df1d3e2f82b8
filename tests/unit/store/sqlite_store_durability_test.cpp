// What survives closing and reopening the database file, and how the file is set up.
#include "scratch_directory.hpp"
#include "store_test_cases.hpp"
#include "store/sqlite_schema.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace casegw::store {
namespace {

using testing::make_case;
using testing::submit_and_wait;

// Runs one query returning one value on a connection of its own.
std::string query_text(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  sqlite3_stmt* statement = nullptr;
  std::string value = "<error>";
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

class SqliteStoreDurability : public ::testing::Test {
 protected:
  sqlite_options options() {
    sqlite_options o;
    o.path = dir_.file("cases.db");
    return o;
  }
  testing::scratch_directory dir_;
};

TEST_F(SqliteStoreDurability, ReopenKeepsCasesAndReleasesTheLeasesOfThePreviousProcess) {
  std::int64_t now = 0;
  std::string case_id;
  {
    auto store = open_sqlite_store(options());
    case_id = submit_and_wait(*store, make_case("A-1", "fp", {"workflow", "archive"})).case_id;
    now = testing::now_ms();
    const auto delivered = store->claim_due("archive", now, 1, 60'000);
    ASSERT_EQ(delivered.size(), 1u);
    store->record_delivered(delivered[0].id, "written");
    ASSERT_EQ(store->claim_due("workflow", now, 1, 60'000).size(), 1u);  // in flight at the "crash"
    store->close();  // outcomes queued before close() are committed by it
  }

  auto reopened = open_sqlite_store(options());

  const auto stored = reopened->find_case(case_id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->case_json, make_case("A-1").case_json);
  EXPECT_EQ(stored->trail.size(), 3u);
  EXPECT_TRUE(reopened->claim_due("archive", now + 120'000, 10, 60'000).empty());  // delivered stays delivered
  // The attempt in flight died with its process: the row is due again at once, not after the lease.
  const auto recovered = reopened->claim_due("workflow", now + 1'000, 10, 60'000);
  ASSERT_EQ(recovered.size(), 1u);
  EXPECT_EQ(recovered[0].case_id, case_id);
  EXPECT_TRUE(reopened->claim_due("workflow", now + 2'000, 10, 60'000).empty()) << "and leased again by this process";
  EXPECT_EQ(submit_and_wait(*reopened, make_case("A-1", "fp")).outcome, submit_outcome::duplicate);
}

TEST_F(SqliteStoreDurability, ASecondProcessCannotOpenAStoreInUse) {
  auto first = open_sqlite_store(options());
  try {
    open_sqlite_store(options());
    FAIL() << "the store is already open";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("is in use by another casegw process"), std::string::npos) << e.what();
  }
  first->close();
  first.reset();
  EXPECT_NO_THROW(open_sqlite_store(options())) << "the lock goes with the store";
}

TEST_F(SqliteStoreDurability, FileUsesWalWithForeignKeysAndRecordsItsSchemaVersion) {
  { auto store = open_sqlite_store(options()); }

  EXPECT_EQ(query_text(options().path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(query_text(options().path, "SELECT MAX(version) FROM schema_version"), std::to_string(current_schema_version));
  EXPECT_EQ(query_text(options().path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox_claim'"), "1");
}

TEST_F(SqliteStoreDurability, OutboxRejectsAnUnknownStateAndAnOrphanRow) {
  { auto store = open_sqlite_store(options()); }
  sqlite3* db = nullptr;
  sqlite3_open(options().path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);

  const int orphan = sqlite3_exec(db,
                                  "INSERT INTO outbox (case_id, destination, next_attempt_at_ms, created_at_ms)"
                                  " VALUES ('missing', 'workflow', 0, 0)",
                                  nullptr, nullptr, nullptr);
  EXPECT_EQ(orphan, SQLITE_CONSTRAINT);
  sqlite3_close(db);

  auto store = open_sqlite_store(options());
  const auto id = submit_and_wait(*store, make_case("B-1")).case_id;
  store->close();
  sqlite3_open(options().path.c_str(), &db);
  const std::string bad_state = "UPDATE outbox SET state = 'lost' WHERE case_id = '" + id + "'";
  EXPECT_EQ(sqlite3_exec(db, bad_state.c_str(), nullptr, nullptr, nullptr), SQLITE_CONSTRAINT);
  sqlite3_close(db);
}

TEST_F(SqliteStoreDurability, NewerSchemaVersionIsRefusedNamingTheFile) {
  { auto store = open_sqlite_store(options()); }
  sqlite3* db = nullptr;
  sqlite3_open(options().path.c_str(), &db);
  sqlite3_exec(db, "INSERT INTO schema_version VALUES (99, 0)", nullptr, nullptr, nullptr);
  sqlite3_close(db);

  try {
    open_sqlite_store(options());
    FAIL() << "a newer schema must be refused";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(options().path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("99"), std::string::npos) << e.what();
  }
}

TEST_F(SqliteStoreDurability, MissingDirectoryFailsToOpenWithTheFileName) {
  sqlite_options o;
  o.path = dir_.file("no/such/dir/cases.db");
  EXPECT_THROW(open_sqlite_store(o), std::runtime_error);
}

}  // namespace
}  // namespace casegw::store
