// The durable store behind the gateway: cases, their outbox (one row per destination) and
// their trail. An interface so that SQLite (embedded default) and, later, PostgreSQL (shared
// state behind several gateways) are interchangeable without touching the pipeline.
//
// Times are Unix milliseconds (UTC) to keep every backend's arithmetic simple.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::store {

// The nonce of an authenticated request (docs/authentication.md): committed with its case, so
// that a replay is refused even after a restart, for as long as its timestamp is in the window.
struct nonce_use {
  std::string nonce;
  std::int64_t expires_at_ms = 0;
};

struct new_case {
  std::string case_id;      // gateway-assigned UUIDv7
  std::string channel_id;
  std::string case_ref;     // the channel's own number; UNIQUE together with channel_id
  std::string fingerprint;  // SHA-256 hex of the canonical adapter output: same ref + other fingerprint = conflict
  std::string case_json;    // the unified case, casegw.case/v1
  std::int64_t received_at_ms = 0;
  std::string raw_content_type;
  std::string raw_charset;
  std::string raw_sha256;
  std::string raw_body;     // the bytes as received, kept for audit
  std::vector<std::string> destinations;  // one outbox row each
  std::string request_id;   // for the trail
  std::string ruling;       // what the rules decided, for the trail: ids and codes only (scope=… route=… unit=…)
  std::optional<nonce_use> nonce;  // signed channels only
};

enum class submit_outcome {
  accepted,     // stored and fsync'd; case_id is the new id
  duplicate,    // same channel + case_ref + fingerprint already stored; case_id is the original
  conflict,     // same channel + case_ref with another fingerprint; case_id is the original
  replayed,     // the request's nonce was already committed on this channel: nothing stored
  unavailable,  // not stored: store error or over its high-water mark (detail says which)
};

struct submit_result {
  submit_outcome outcome = submit_outcome::unavailable;
  std::string case_id;
  std::string detail;  // for unavailable: "over_high_water" or "store_error: ..." (no case content)
};

// Called exactly once, after the transaction holding the case has been committed and synced
// (or has failed). Runs on the store's writer thread: do not block in it. A submission refused
// without writing (store closed, over its high-water mark) is answered at once, on the caller's
// thread.
using submit_callback = std::function<void(submit_result)>;

enum class delivery_state { pending, delivered, dead };
std::string_view to_string(delivery_state s) noexcept;

struct outbox_item {
  std::int64_t id = 0;
  std::string case_id;
  std::string destination;
  int attempts = 0;         // attempts made before this one
  std::string case_json;
};

struct delivery_record {
  std::int64_t outbox_id = 0;
  std::string destination;
  delivery_state state = delivery_state::pending;
  int attempts = 0;
  std::int64_t next_attempt_at_ms = 0;
  std::int64_t delivered_at_ms = 0;  // 0 unless delivered
  std::string last_error;
};

struct trail_entry {
  std::int64_t at_ms = 0;
  std::string event;   // received, stored, delivery_attempt_failed, delivered, dead_lettered, replayed
  std::string detail;  // ids, destinations, status codes; never case content
};

struct stored_case {
  std::string case_id;
  std::string channel_id;
  std::string case_ref;
  std::string case_json;
  std::int64_t received_at_ms = 0;
  std::string raw_content_type;
  std::string raw_charset;
  std::string raw_sha256;
  std::int64_t raw_size = 0;
  std::vector<delivery_record> deliveries;
  std::vector<trail_entry> trail;
};

struct dead_letter {
  std::int64_t outbox_id = 0;
  std::string case_id;
  std::string channel_id;
  std::string destination;
  int attempts = 0;
  std::string last_error;
  std::int64_t dead_at_ms = 0;
};

struct remembered_nonce {
  std::string channel_id;
  std::string nonce;
  std::int64_t expires_at_ms = 0;
};

// A pulled item its adapter refused. Nobody upstream hears a 400 for it, so it is kept for the
// operator (raw bytes included, like a case's raw payload) instead of vanishing.
struct rejected_item {
  std::string channel_id;
  std::int64_t received_at_ms = 0;
  std::string code, field, message;  // message names fields, never content
  std::string raw_sha256;
  std::string raw_body;
};

// Answered once the write is synced (true) or has failed (false), on the writer thread.
using write_callback = std::function<void(bool ok)>;

struct backlog_stats {
  std::size_t pending = 0;
  std::int64_t oldest_pending_ms = 0;  // received_at of the oldest pending row, 0 when none
  std::size_t dead = 0;
};

class case_store {
 public:
  virtual ~case_store() = default;

  // Intake. Concurrent submissions share one transaction and one fsync (group commit).
  virtual void submit(new_case c, submit_callback done) = 0;

  // Delivery. claim_due leases up to `limit` pending rows of a destination that are due at
  // now_ms and not leased by someone else, until now_ms + lease_ms; a crash lets the lease lapse
  // and the row is claimed again. Rows come oldest first.
  virtual std::vector<outbox_item> claim_due(std::string_view destination, std::int64_t now_ms,
                                             std::size_t limit, std::int64_t lease_ms) = 0;
  virtual void record_delivered(std::int64_t outbox_id, std::string_view detail) = 0;
  virtual void record_retry(std::int64_t outbox_id, std::string_view error, std::int64_t next_attempt_at_ms) = 0;
  virtual void record_dead(std::int64_t outbox_id, std::string_view error) = 0;
  // Earliest next_attempt_at_ms of a pending row of this destination, if any (for sleeping).
  virtual std::optional<std::int64_t> next_due(std::string_view destination) = 0;

  // Operators.
  virtual std::optional<stored_case> find_case(std::string_view case_id) = 0;
  virtual std::optional<stored_case> find_by_ref(std::string_view channel_id, std::string_view case_ref) = 0;
  virtual std::vector<dead_letter> dead_letters(std::size_t limit) = 0;
  virtual bool replay_dead_letter(std::int64_t outbox_id) = 0;  // false if not dead
  virtual std::size_t replay_all_dead_letters() = 0;
  virtual backlog_stats backlog(std::string_view destination) = 0;  // "" = all destinations

  // Authentication: the nonces still inside their window, reloaded when the gateway starts.
  virtual std::vector<remembered_nonce> unexpired_nonces(std::int64_t now_ms) = 0;

  // Pulled channels: where the next poll starts ("" never polled), and the items refused.
  virtual std::optional<std::string> channel_cursor(std::string_view channel_id) = 0;
  virtual void save_channel_cursor(std::string channel_id, std::string cursor, write_callback done) = 0;
  virtual void record_rejected_item(rejected_item item, write_callback done) = 0;

  // Health: the store accepts writes (not failed, not over its high-water mark).
  virtual bool writable() = 0;

  // Called (on the writer thread) after each commit that made outbox rows due, so that the
  // forwarder wakes at once instead of at its next poll.
  virtual void on_outbox_change(std::function<void()> listener) = 0;

  // Finishes pending work and stops the writer. Submissions after close() are unavailable.
  virtual void close() = 0;
};

}  // namespace casegw::store
