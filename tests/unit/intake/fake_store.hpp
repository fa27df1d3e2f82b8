// A case_store that answers what each intake test needs, without SQLite.
#pragma once

#include "store/case_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace casegw::intake {

class fake_store final : public store::case_store {
 public:
  store::submit_outcome outcome = store::submit_outcome::accepted;
  bool writable_now = true;
  std::vector<store::new_case> submitted;

  void submit(store::new_case c, store::submit_callback done) override {
    submitted.push_back(c);
    done({outcome, outcome == store::submit_outcome::accepted ? c.case_id : "original-id", ""});
  }
  std::vector<store::outbox_item> claim_due(std::string_view, std::int64_t, std::size_t, std::int64_t) override { return {}; }
  void record_delivered(std::int64_t, std::string_view) override {}
  void record_retry(std::int64_t, std::string_view, std::int64_t) override {}
  void record_dead(std::int64_t, std::string_view) override {}
  std::optional<std::int64_t> next_due(std::string_view) override { return std::nullopt; }
  std::optional<store::stored_case> find_case(std::string_view) override { return std::nullopt; }
  std::optional<store::stored_case> find_by_ref(std::string_view, std::string_view) override { return std::nullopt; }
  std::vector<store::dead_letter> dead_letters(std::size_t) override { return {}; }
  std::vector<store::remembered_nonce> unexpired_nonces(std::int64_t) override { return {}; }
  std::optional<std::string> channel_cursor(std::string_view) override { return std::nullopt; }
  void save_channel_cursor(std::string, std::string, store::write_callback done) override { done(true); }
  void record_rejected_item(store::rejected_item, store::write_callback done) override { done(true); }
  bool replay_dead_letter(std::int64_t) override { return false; }
  std::size_t replay_all_dead_letters() override { return 0; }
  store::backlog_stats backlog(std::string_view) override { return {}; }
  bool writable() override { return writable_now; }
  void on_outbox_change(std::function<void()>) override {}
  void close() override {}
};

}  // namespace casegw::intake
