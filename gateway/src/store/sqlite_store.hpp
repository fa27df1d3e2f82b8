// The embedded default store: SQLite in WAL mode with synchronous=FULL, one writer thread
// doing group commit (every submission waiting when a transaction starts joins it, and each
// is answered only after COMMIT has been synced).
#pragma once

#include "store/case_store.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace casegw::store {

struct sqlite_options {
  std::string path;                     // database file; its directory must exist
  std::size_t max_batch = 256;          // submissions per transaction at most
  std::size_t high_water_pending = 100'000;  // pending outbox rows above which submit() is unavailable
  std::chrono::milliseconds busy_timeout{5'000};
  // Called on the writer thread after each successful COMMIT with the number of tasks it held
  // (submissions, outcomes, claims): for metrics, and for tests that prove commits are shared.
  std::function<void(std::size_t tasks)> on_commit;
};

// Throws std::runtime_error naming the file when the database cannot be opened or migrated.
std::unique_ptr<case_store> open_sqlite_store(const sqlite_options& options);

}  // namespace casegw::store
