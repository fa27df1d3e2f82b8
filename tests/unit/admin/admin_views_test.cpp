// The admin listener's views over live parts: /readyz with a fixed clock, /admin/v1/channels
// with each channel's activity, /admin/v1/plugins with the channels using each plugin.
#include "admin/admin_handler.hpp"
#include "admin/calendar_metrics.hpp"

#include "../intake/fake_store.hpp"
#include "../intake/intake_test_support.hpp"

#include "plugin_host/plugin_loader.hpp"
#include "plugin_host/settings_validator.hpp"

#include <boost/json.hpp>
#include <casegw_test_plugins.h>
#include <gtest/gtest.h>

#include <optional>

namespace casegw::admin {
namespace {

namespace json = boost::json;

constexpr std::int64_t nov_25_2026 = 1'795'564'800'000;  // 2026-11-25T00:00:00Z (08:00 in Beijing)
constexpr std::int64_t one_day = 86'400'000;

std::shared_ptr<const policy::policy_set> shipped_policy_set() {
  const std::filesystem::path config = std::filesystem::path(CASEGW_SOURCE_DIR) / "config";
  auto loaded = policy::load_policy_set({(config / "calendar" / "holidays-cn").string(),
                                         (config / "policy" / "deadlines.yaml").string(),
                                         (config / "policy" / "evaluation.yaml").string()});
  EXPECT_TRUE(loaded.problems.empty());
  return loaded.value;
}

// A pulled channel: state_council with its default settings (and, as pulled channels may, no
// authenticator).
intake::channel state_council() {
  auto plugin = plugin_host::load_plugin(std::filesystem::path(CASEGW_PLUGIN_DIR) / "libcasegw_state_council.so");
  config::channel_config cfg;
  cfg.id = "state_council";
  auto settings = plugin_host::validate_settings(*plugin, cfg, "channels[0]");
  intake::channel ch;
  ch.id = "state_council";
  ch.destinations = {"workflow"};
  ch.adapter = std::make_shared<const plugin_host::adapter_instance>(plugin, ch.id, std::move(settings.settings));
  return ch;
}

class AdminViews : public ::testing::Test {
 protected:
  AdminViews() {
    plugin_host::typed_settings echo_settings;
    echo_settings["case_prefix"] = {CASEGW_FIELD_STRING, "E", 0, false};
    std::vector<intake::channel> channels;
    channels.push_back(intake::make_channel("echo", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.push_back(intake::make_channel("off", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.back().enabled = false;
    channels.push_back(state_council());
    channels_ = std::make_shared<const intake::channel_registry>(std::move(channels));
    register_calendar_metrics(registry_, [this] { return policy_; });

    admin_context context;
    context.store = &store_;
    context.channels = [this] { return channels_; };
    context.destinations = {"workflow"};
    context.metrics = &registry_;
    context.activity = &activity_;
    context.policy = [this] { return policy_; };
    context.clock = [this] { return now_ms_; };
    handler_ = std::make_unique<admin_handler>(std::move(context));
  }

  net::http_response get(const std::string& target) {
    net::http_request request;
    request.head.method = "GET";
    request.head.target = target;
    request.head.request_id = "rid-admin";
    std::optional<net::http_response> answer;
    handler_->on_request(std::move(request), [&](net::http_response r) { answer = std::move(r); });
    return answer.value_or(net::http_response{});
  }

  json::object channel(const std::string& id) {
    const auto body = json::parse(get("/admin/v1/channels").body);  // kept: the loop reads into it
    for (const auto& c : body.at("channels").as_array())
      if (c.at("id").as_string() == id) return c.as_object();
    throw std::runtime_error("no channel " + id);
  }

  intake::fake_store store_;
  metrics::registry registry_;
  intake::channel_activity activity_;
  std::shared_ptr<const policy::policy_set> policy_ = shipped_policy_set();
  std::shared_ptr<const intake::channel_registry> channels_;
  std::int64_t now_ms_ = nov_25_2026;
  std::unique_ptr<admin_handler> handler_;
};

TEST_F(AdminViews, ReadyBeforeNextYearsCalendarIsDueWithAPendingCheck) {
  const auto r = get("/readyz");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto body = json::parse(r.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "ready");
  const auto& next = body.at("checks").as_array().at(3).as_object();
  EXPECT_EQ(next.at("name").as_string(), "calendar_next_year");
  EXPECT_EQ(next.at("status").as_string(), "pending");
}

TEST_F(AdminViews, NotReadyOnceNextYearsCalendarIsOverdue) {
  now_ms_ = nov_25_2026 + 6 * one_day;  // 2026-12-01 in Beijing
  const auto r = get("/readyz");
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(json::parse(r.body).at("status").as_string(), "not_ready");
}

TEST_F(AdminViews, NotReadyWhileTheStoreRefusesWrites) {
  store_.writable_now = false;
  const auto r = get("/readyz");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(json::parse(r.body).at("checks").at(0).at("status").as_string(), "fail");
}

TEST_F(AdminViews, ChannelsShowModeStateAuthCountsAndTheLastErrorAsCodeOnly) {
  activity_.record_answer("echo", 202, "", nov_25_2026);
  activity_.record_answer("echo", 400, "MISSING_FIELD", nov_25_2026 + 1'000);
  const auto echo = channel("echo");
  EXPECT_EQ(echo.at("adapter").as_string(), "echo");
  EXPECT_EQ(echo.at("mode").as_string(), "push");
  EXPECT_EQ(echo.at("state").as_string(), "enabled");
  EXPECT_EQ(echo.at("auth").as_string(), "none");
  EXPECT_EQ(echo.at("destinations").as_array().at(0).as_string(), "workflow");
  EXPECT_EQ(echo.at("counts").at("received").as_int64(), 2);
  EXPECT_EQ(echo.at("counts").at("accepted").as_int64(), 1);
  EXPECT_EQ(echo.at("counts").at("rejected").as_int64(), 1);
  const auto& error = echo.at("last_error").as_object();
  EXPECT_EQ(error.at("code").as_string(), "MISSING_FIELD");
  EXPECT_EQ(error.at("status").as_int64(), 400);
  EXPECT_EQ(error.at("at").as_string(), "2026-11-25T08:00:01.000+08:00");
  EXPECT_EQ(error.size(), 3u);  // code, status, at: no message
  EXPECT_EQ(echo.at("last_accepted_at").as_string(), "2026-11-25T08:00:00.000+08:00");
  EXPECT_FALSE(echo.contains("last_poll"));

  EXPECT_EQ(channel("off").at("state").as_string(), "disabled");
  EXPECT_TRUE(channel("off").at("last_error").is_null());
}

TEST_F(AdminViews, APulledChannelShowsPollingOrBackingOffAndItsLastPoll) {
  auto pulled = channel("state_council");
  EXPECT_EQ(pulled.at("mode").as_string(), "pull");
  EXPECT_EQ(pulled.at("state").as_string(), "polling");
  EXPECT_TRUE(pulled.at("last_poll").is_null());

  activity_.record_poll("state_council", {"refused", 401, "UPSTREAM_UNAUTHORIZED", nov_25_2026});
  pulled = channel("state_council");
  EXPECT_EQ(pulled.at("state").as_string(), "backing_off");
  EXPECT_EQ(pulled.at("last_poll").at("outcome").as_string(), "refused");
  EXPECT_EQ(pulled.at("last_poll").at("status").as_int64(), 401);
  EXPECT_EQ(pulled.at("last_poll").at("code").as_string(), "UPSTREAM_UNAUTHORIZED");
}

TEST_F(AdminViews, PluginsAreListedOnceWithTheChannelsUsingThem) {
  const auto plugins = json::parse(get("/admin/v1/plugins").body).at("plugins").as_array();
  ASSERT_EQ(plugins.size(), 2u);
  const auto& echo = plugins.at(0).as_object();
  EXPECT_EQ(echo.at("name").as_string(), "echo");
  EXPECT_EQ(echo.at("file").as_string(), CASEGW_TEST_PLUGIN_ECHO);
  EXPECT_EQ(echo.at("abi").as_string().subview().substr(0, 2), "1.");
  EXPECT_FALSE(echo.at("pulls").as_bool());
  EXPECT_EQ(echo.at("channels"), (json::array{"echo", "off"}));
  EXPECT_EQ(plugins.at(1).at("name").as_string(), "state_council");
  EXPECT_TRUE(plugins.at(1).at("pulls").as_bool());
  EXPECT_EQ(plugins.at(1).at("channels"), (json::array{"state_council"}));
}

TEST_F(AdminViews, MetricsExposeTheLastCalendarYear) {
  const auto text = get("/metrics").body;
  EXPECT_NE(text.find("\ncasegw_calendar_last_year 2026\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace casegw::admin
