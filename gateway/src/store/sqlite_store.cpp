// case_store on SQLite: writes (submissions, claims, outcomes, replays) go through the single
// group-commit writer; reads use their own connection.
#include "store/sqlite_store.hpp"

#include "store/channel_state_tasks.hpp"
#include "store/group_commit_writer.hpp"
#include "store/outbox_tasks.hpp"
#include "store/sqlite_case_reader.hpp"
#include "store/sqlite_schema.hpp"
#include "store/store_file_lock.hpp"
#include "store/submission_task.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace casegw::store {

namespace {

sqlite_connection open_configured(const sqlite_options& options) {
  sqlite_connection connection(options.path, options.busy_timeout);
  configure_connection(connection);
  return connection;
}

// With the store locked, a lease found at open belongs to a process that died (kill -9, power
// loss): its attempts ended with it, so the rows are due again now rather than when the lease
// would have lapsed.
void release_leases_of_a_previous_process(sqlite_connection& connection) {
  connection.execute("UPDATE outbox SET lease_until_ms = 0 WHERE state = 'pending' AND lease_until_ms > 0");
}

sqlite_connection open_read_connection(const sqlite_options& options) {
  sqlite_connection connection = open_configured(options);
  connection.execute("PRAGMA query_only=ON");  // every write belongs to the writer
  return connection;
}

// The same destination named twice would break UNIQUE(case_id, destination) and fail the case.
void remove_repeated_destinations(std::vector<std::string>& destinations) {
  std::vector<std::string> unique;
  for (std::string& d : destinations) {
    if (std::find(unique.begin(), unique.end(), d) == unique.end()) unique.push_back(std::move(d));
  }
  destinations = std::move(unique);
}

class sqlite_case_store final : public case_store {
 public:
  sqlite_case_store(const sqlite_options& options, std::unique_ptr<store_file_lock> lock,
                    sqlite_connection writer_connection)
      : lock_(std::move(lock)),
        high_water_pending_(static_cast<std::int64_t>(options.high_water_pending)),
        reader_(open_read_connection(options)),
        writer_(std::move(writer_connection),
                writer_settings{std::max<std::size_t>(1, options.max_batch), reader_.count_pending(),
                                options.on_commit}) {}

  ~sqlite_case_store() override { writer_.close(); }

  void submit(new_case c, submit_callback done) override {
    if (over_high_water()) {
      done({submit_outcome::unavailable, {}, "over_high_water"});
      return;
    }
    remove_repeated_destinations(c.destinations);
    writer_.enqueue(std::make_unique<submission_task>(std::move(c), std::move(done)));
  }

  std::vector<outbox_item> claim_due(std::string_view destination, std::int64_t now_ms, std::size_t limit,
                                     std::int64_t lease_ms) override {
    if (limit == 0 || writer_.closed()) return {};
    auto task = std::make_unique<claim_task>(std::string(destination), now_ms, limit, lease_ms);
    auto items = task->result();
    writer_.enqueue(std::move(task));
    return items.get();
  }

  void record_delivered(std::int64_t outbox_id, std::string_view detail) override {
    writer_.enqueue(std::make_unique<attempt_outcome_task>(outbox_id, attempt_outcome::delivered, std::string(detail)));
  }

  void record_retry(std::int64_t outbox_id, std::string_view error, std::int64_t next_attempt_at_ms) override {
    writer_.enqueue(std::make_unique<attempt_outcome_task>(outbox_id, attempt_outcome::retry, std::string(error),
                                                           next_attempt_at_ms));
  }

  void record_dead(std::int64_t outbox_id, std::string_view error) override {
    writer_.enqueue(std::make_unique<attempt_outcome_task>(outbox_id, attempt_outcome::dead, std::string(error)));
  }

  std::optional<std::int64_t> next_due(std::string_view destination) override {
    return reader_.next_due(destination);
  }

  std::optional<stored_case> find_case(std::string_view case_id) override { return reader_.find_case(case_id); }

  std::optional<stored_case> find_by_ref(std::string_view channel_id, std::string_view case_ref) override {
    return reader_.find_by_ref(channel_id, case_ref);
  }

  std::vector<dead_letter> dead_letters(std::size_t limit) override { return reader_.dead_letters(limit); }

  bool replay_dead_letter(std::int64_t outbox_id) override { return revive(outbox_id) > 0; }

  std::size_t replay_all_dead_letters() override { return revive(std::nullopt); }

  backlog_stats backlog(std::string_view destination) override { return reader_.backlog(destination); }

  std::vector<remembered_nonce> unexpired_nonces(std::int64_t now_ms) override { return reader_.unexpired_nonces(now_ms); }

  std::optional<std::string> channel_cursor(std::string_view channel_id) override {
    return reader_.channel_cursor(channel_id);
  }

  void save_channel_cursor(std::string channel_id, std::string cursor, write_callback done) override {
    writer_.enqueue(std::make_unique<save_cursor_task>(std::move(channel_id), std::move(cursor), std::move(done)));
  }

  void record_rejected_item(rejected_item item, write_callback done) override {
    writer_.enqueue(std::make_unique<rejected_item_task>(std::move(item), std::move(done)));
  }

  bool writable() override { return !writer_.closed() && writer_.healthy() && !over_high_water(); }

  void on_outbox_change(std::function<void()> listener) override { writer_.on_outbox_change(std::move(listener)); }

  void close() override { writer_.close(); }

 private:
  bool over_high_water() const noexcept { return writer_.pending_rows() >= high_water_pending_; }

  std::size_t revive(std::optional<std::int64_t> outbox_id) {
    auto task = std::make_unique<revive_dead_task>(outbox_id);
    auto revived = task->result();
    writer_.enqueue(std::move(task));
    return revived.get();
  }

  std::unique_ptr<store_file_lock> lock_;  // first: released only after everything else closed
  std::int64_t high_water_pending_;
  sqlite_case_reader reader_;
  group_commit_writer writer_;  // last: its thread stops before the reader goes
};

}  // namespace

std::unique_ptr<case_store> open_sqlite_store(const sqlite_options& options) {
  try {
    auto lock = std::make_unique<store_file_lock>(options.path);
    sqlite_connection writer_connection = open_configured(options);
    migrate_schema(writer_connection);
    release_leases_of_a_previous_process(writer_connection);
    return std::make_unique<sqlite_case_store>(options, std::move(lock), std::move(writer_connection));
  } catch (const std::exception& e) {
    throw std::runtime_error("store " + options.path + ": " + e.what());
  }
}

}  // namespace casegw::store
