// The store's read side: its own connection, serialised by a mutex, so that operators' queries
// and the forwarder's scheduling never wait behind the writer's fsync (WAL readers see the last
// committed state while a transaction is being written).
#pragma once

#include "store/case_store.hpp"
#include "store/sqlite_connection.hpp"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::store {

class sqlite_case_reader {
 public:
  explicit sqlite_case_reader(sqlite_connection connection);

  std::optional<stored_case> find_case(std::string_view case_id);
  std::optional<stored_case> find_by_ref(std::string_view channel_id, std::string_view case_ref);
  std::vector<dead_letter> dead_letters(std::size_t limit);
  // An empty destination means every destination.
  backlog_stats backlog(std::string_view destination);
  // When the next pending row of the destination can be claimed (due and not leased).
  std::optional<std::int64_t> next_due(std::string_view destination);
  std::int64_t count_pending();
  std::vector<remembered_nonce> unexpired_nonces(std::int64_t now_ms);
  std::optional<std::string> channel_cursor(std::string_view channel_id);

 private:
  // One read transaction, so the case, its deliveries and its trail are one snapshot.
  std::optional<stored_case> load_case(sqlite_statement& case_query);
  std::vector<delivery_record> load_deliveries(std::string_view case_id);
  std::vector<trail_entry> load_trail(std::string_view case_id);

  std::mutex mutex_;
  sqlite_connection connection_;
  sqlite_statement case_by_id_;
  sqlite_statement case_by_ref_;
  sqlite_statement deliveries_;
  sqlite_statement trail_;
  sqlite_statement dead_letters_;
  sqlite_statement pending_backlog_;
  sqlite_statement dead_count_;
  sqlite_statement next_due_;
};

}  // namespace casegw::store
