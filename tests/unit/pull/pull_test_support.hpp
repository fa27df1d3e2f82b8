// What the poller tests share: the real state_council adapter on the shipped policy, a real
// SQLite store behind a decorator that can fail or count what the poller asks of it, and a
// scripted platform that answers by the cursor it is asked for.
#pragma once

#include "intake/channel_registry.hpp"
#include "intake/media_type.hpp"
#include "plugin_host/plugin_loader.hpp"
#include "plugin_host/settings_validator.hpp"
#include "policy/case_policy.hpp"
#include "policy/policy_set.hpp"
#include "pull/platform_client.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace casegw::pull::testing {

inline std::string payload(const std::string& name) {
  std::ifstream in(std::filesystem::path(CASEGW_SOURCE_DIR) / "examples/payloads/state_council" / name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A poll answer of the platform (docs/channels/state_council.md §2.2) holding these items.
inline std::string page_of(const std::vector<std::string>& items, const std::string& next_cursor, bool more) {
  std::string out = R"({"code":0,"message":"ok","data":{"items":[)";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
  return out + R"(],"nextCursor":")" + next_cursor + R"(","hasMore":)" + (more ? "true" : "false") + "}}";
}

inline std::shared_ptr<const policy::case_policy> shipped_policy() {
  const std::filesystem::path config = std::filesystem::path(CASEGW_SOURCE_DIR) / "config";
  auto loaded = policy::load_policy_set({(config / "calendar" / "holidays-cn").string(),
                                         (config / "policy" / "deadlines.yaml").string(),
                                         (config / "policy" / "evaluation.yaml").string()});
  EXPECT_TRUE(loaded.problems.empty());
  return std::make_shared<const policy::case_policy>(loaded.value);
}

// The state_council channel as build_channels makes it, with the adapter's default settings.
inline std::shared_ptr<const intake::channel_registry> state_council_channels() {
  auto plugin = plugin_host::load_plugin(std::filesystem::path(CASEGW_PLUGIN_DIR) / "libcasegw_state_council.so");
  config::channel_config cfg;
  cfg.id = "state_council";
  auto settings = plugin_host::validate_settings(*plugin, cfg, "channels[0]");
  EXPECT_TRUE(settings.problems.empty());
  intake::channel ch;
  ch.id = "state_council";
  ch.media_types = plugin->media_types;
  for (const auto& c : plugin->charsets) ch.charsets.push_back(intake::canonical_charset(c));
  ch.destinations = {"workflow"};
  ch.adapter = std::make_shared<const plugin_host::adapter_instance>(plugin, ch.id, std::move(settings.settings));
  return std::make_shared<const intake::channel_registry>(std::vector<intake::channel>{std::move(ch)});
}

// The platform: answers each poll by its cursor ("" = the first poll), records every target.
class scripted_platform final : public platform_client {
 public:
  struct state {
    std::mutex mutex;
    std::map<std::string, net::client_result> answers;  // by cursor
    std::vector<net::client_request> requests;
  };
  explicit scripted_platform(std::shared_ptr<state> s) : state_(std::move(s)) {}

  static net::client_result answer(int status, std::string body) {
    net::client_result r;
    r.completed = true;
    r.status = status;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    r.body = std::move(body);
    return r;
  }

  void send(net::client_request request, std::function<void(net::client_result)> done) override {
    const auto at = request.url.find("cursor=");
    const std::string cursor = at == std::string::npos ? "" : request.url.substr(at + 7, request.url.find('&', at) - at - 7);
    net::client_result result;
    {
      std::lock_guard lock(state_->mutex);
      state_->requests.push_back(request);
      auto it = state_->answers.find(cursor);
      if (it != state_->answers.end()) result = it->second;
      else result.error = "connection refused";
    }
    done(std::move(result));
  }

 private:
  std::shared_ptr<state> state_;
};

// The real SQLite store, with what a test wants to break or count.
class test_store final : public store::case_store {
 public:
  explicit test_store(const std::filesystem::path& file) : inner_(store::open_sqlite_store({file.string()})) {}

  std::atomic<bool> cursor_writes_fail{false};  // "crash" between storing the items and the cursor
  std::atomic<bool> submissions_unavailable{false};
  std::atomic<int> rejected_items{0};
  std::vector<store::rejected_item> rejected;

  void submit(store::new_case c, store::submit_callback done) override {
    if (submissions_unavailable) return done({store::submit_outcome::unavailable, "", "store_error: test"});
    inner_->submit(std::move(c), std::move(done));
  }
  std::optional<std::string> channel_cursor(std::string_view id) override { return inner_->channel_cursor(id); }
  void save_channel_cursor(std::string id, std::string cursor, store::write_callback done) override {
    if (cursor_writes_fail) return done(false);
    inner_->save_channel_cursor(std::move(id), std::move(cursor), std::move(done));
  }
  void record_rejected_item(store::rejected_item item, store::write_callback done) override {
    ++rejected_items;
    rejected.push_back(item);
    inner_->record_rejected_item(std::move(item), std::move(done));
  }
  std::vector<store::outbox_item> claim_due(std::string_view d, std::int64_t n, std::size_t l, std::int64_t ms) override {
    return inner_->claim_due(d, n, l, ms);
  }
  void record_delivered(std::int64_t id, std::string_view d) override { inner_->record_delivered(id, d); }
  void record_retry(std::int64_t id, std::string_view e, std::int64_t at) override { inner_->record_retry(id, e, at); }
  void record_dead(std::int64_t id, std::string_view e) override { inner_->record_dead(id, e); }
  std::optional<std::int64_t> next_due(std::string_view d) override { return inner_->next_due(d); }
  std::optional<store::stored_case> find_case(std::string_view id) override { return inner_->find_case(id); }
  std::optional<store::stored_case> find_by_ref(std::string_view ch, std::string_view ref) override {
    return inner_->find_by_ref(ch, ref);
  }
  std::vector<store::dead_letter> dead_letters(std::size_t l) override { return inner_->dead_letters(l); }
  bool replay_dead_letter(std::int64_t id) override { return inner_->replay_dead_letter(id); }
  std::size_t replay_all_dead_letters() override { return inner_->replay_all_dead_letters(); }
  store::backlog_stats backlog(std::string_view d) override { return inner_->backlog(d); }
  std::vector<store::remembered_nonce> unexpired_nonces(std::int64_t n) override { return inner_->unexpired_nonces(n); }
  bool writable() override { return inner_->writable(); }
  void on_outbox_change(std::function<void()> l) override { inner_->on_outbox_change(std::move(l)); }
  void close() override { inner_->close(); }

 private:
  std::unique_ptr<store::case_store> inner_;
};

}  // namespace casegw::pull::testing
