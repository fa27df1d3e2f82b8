// Safe reload through the real binary: a route change applies to the next case, a broken
// configuration is refused with file:line and the gateway keeps serving on the old one, and
// reloads while cases are arriving fail no request and lose no case.
#include "city_portal_payloads.hpp"
#include "gateway_fixture.hpp"

#include <boost/json.hpp>

#include <atomic>
#include <filesystem>
#include <csignal>
#include <set>
#include <thread>

namespace casegw::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

// The same directory with a second route in front of the default: city_portal cases go
// top-down to the city centre under the rule id `portal_top_down`.
const std::string routes_with_portal_rule =
    "routes:\n"
    "  - {id: portal_top_down, match: {channel: [city_portal]}, direction: top_down, unit: city_centre}\n"
    "  - {id: default, direction: bottom_up, fallback_unit: city_centre}\n";

// Refers to a destination that does not exist, on line 3.
const std::string routes_with_unknown_destination =
    "routes:\n"
    "  - {id: portal_top_down, match: {channel: [city_portal]}, direction: top_down, unit: city_centre,\n"
    "     also: [no_such_destination]}\n"
    "  - {id: default, direction: bottom_up, fallback_unit: city_centre}\n";

class reload_test : public gateway_test {
 protected:
  // The configuration with city_portal's plugin loaded from a copy of the built one under
  // another name: what installing a new version beside the old one looks like.
  std::string config_with_plugin_copy(const std::string& copy_name) const {
    const auto copy = dir_->file(copy_name);
    std::filesystem::copy_file(std::filesystem::path(CASEGW_PLUGIN_DIR) / "libcasegw_city_portal.so", copy,
                               std::filesystem::copy_options::overwrite_existing);
    auto yaml = config_yaml();
    const std::string adapter_line = "    adapter: city_portal\n";
    yaml.insert(yaml.find(adapter_line) + adapter_line.size(), "    plugin_file: " + copy.string() + "\n");
    return yaml;
  }

  std::string plugin_files() {
    const auto r = admin_get("/admin/v1/plugins");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body;
  }

  std::string push_case(const std::string& ref) {
    const auto r = push(city_portal_payload(ref, test_reporters()[0]));
    EXPECT_EQ(r.status, 202) << r.body;
    return r.status == 202 ? std::string(json::parse(r.body).at("case_id").as_string()) : std::string();
  }

  // The `route` group of a case as the workflow received it.
  json::object delivered_route(const std::string& case_id) {
    for (const auto& d : workflow_->received())
      if (d.idempotency_key() == case_id) return json::parse(d.body).at("route").as_object();
    ADD_FAILURE() << "case " << case_id << " was not delivered";
    return {};
  }

  std::int64_t generation() {
    const auto r = admin_get("/admin/v1/routes");
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body).at("generation").as_int64();
  }
};

TEST_F(reload_test, RouteChangeTakesEffectForTheNextCase) {
  const auto before = push_case(unique_ref("RL"));
  ASSERT_TRUE(workflow_->wait_for(1, 10s));
  EXPECT_EQ(delivered_route(before).at("rule"), "default");

  rewrite_routes(routes_with_portal_rule);
  const auto answer = admin_reload();
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(json::parse(answer.body).at("generation"), 2);

  const auto after = push_case(unique_ref("RL"));
  ASSERT_TRUE(workflow_->wait_for(2, 10s));
  const auto route = delivered_route(after);
  EXPECT_EQ(route.at("rule"), "portal_top_down");
  EXPECT_EQ(route.at("direction"), "top_down");
  EXPECT_EQ(delivered_route(before).at("rule"), "default") << "a stored case keeps the route it was given";

  // The admin view names the places above the case's region code (500103003: 解放碑街道).
  const auto view = json::parse(admin_get("/admin/v1/cases/" + after).body).as_object();
  const auto& path = view.at("division_path").as_array();
  ASSERT_FALSE(path.empty()) << view;
  EXPECT_EQ(path.front().at("name"), "重庆市");
  EXPECT_EQ(path.back().at("code"), "500103003");
}

TEST_F(reload_test, BrokenReloadIsRefusedWithFileAndLineAndTheGatewayKeepsServing) {
  rewrite_routes(routes_with_unknown_destination);
  const auto answer = admin_reload();
  ASSERT_EQ(answer.status, 422) << answer.body;
  EXPECT_EQ(answer.error_code(), "RELOAD_REFUSED");
  const auto problems = json::parse(answer.body).at("problems").as_array();
  ASSERT_FALSE(problems.empty());
  bool names_the_line = false;
  for (const auto& p : problems) {
    const std::string text(p.as_string());
    if (text.find("routes.yaml:") != std::string::npos && text.find("no_such_destination") != std::string::npos)
      names_the_line = true;
  }
  EXPECT_TRUE(names_the_line) << answer.body;
  EXPECT_EQ(generation(), 1);

  // The old configuration still serves, and routes as before.
  const auto served = push_case(unique_ref("RB"));
  ASSERT_TRUE(workflow_->wait_for(1, 10s));
  EXPECT_EQ(delivered_route(served).at("rule"), "default");

  // The same through SIGHUP: refused in the log, still serving.
  gateway_->send_signal(SIGHUP);
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (gateway_->log_text().find("reload (SIGHUP) refused") == std::string::npos &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(50ms);
  EXPECT_NE(gateway_->log_text().find("reload (SIGHUP) refused"), std::string::npos);
  push_case(unique_ref("RB"));
  EXPECT_EQ(generation(), 1);
}

TEST_F(reload_test, SighupAppliesAValidConfiguration) {
  rewrite_routes(routes_with_portal_rule);
  gateway_->send_signal(SIGHUP);
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (generation() != 2 && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(50ms);
  ASSERT_EQ(generation(), 2);
  const auto after = push_case(unique_ref("RS"));
  ASSERT_TRUE(workflow_->wait_for(1, 10s));
  EXPECT_EQ(delivered_route(after).at("rule"), "portal_top_down");
}

TEST_F(reload_test, RestartOnlyChangesAreRefusedNamingTheKey) {
  auto yaml = config_yaml();
  const auto at = yaml.find("  threads: 2");
  ASSERT_NE(at, std::string::npos);
  yaml.replace(at, 12, "  threads: 3");
  rewrite_config(yaml);
  const auto answer = admin_reload();
  ASSERT_EQ(answer.status, 422) << answer.body;
  EXPECT_NE(answer.body.find("gateway.yaml:"), std::string::npos) << answer.body;
  EXPECT_NE(answer.body.find("intake.threads"), std::string::npos) << answer.body;
  EXPECT_NE(answer.body.find("restart"), std::string::npos) << answer.body;
  EXPECT_EQ(generation(), 1);
}

// A new plugin version is installed beside the old one and the channel pointed at it: the
// reload loads it, the next case is decoded by it, and nothing was restarted.
TEST_F(reload_test, ANewPluginFileIsLoadedByAReload) {
  push_case(unique_ref("RP"));
  rewrite_config(config_with_plugin_copy("libcasegw_city_portal-2.so"));
  const auto answer = admin_reload();
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_NE(plugin_files().find("libcasegw_city_portal-2.so"), std::string::npos);
  push_case(unique_ref("RP"));
  ASSERT_TRUE(workflow_->wait_for(2, 10s));
}

// Two pushers keep cases coming while the configuration is reloaded back and forth: every
// request is answered 202, and every case is delivered exactly once.
TEST_F(reload_test, ReloadUnderLoadFailsNoRequest) {
  constexpr int per_pusher = 60;
  std::atomic<int> failed{0}, accepted{0};
  std::atomic<bool> first_seen{false};
  const auto pusher = [&](const std::string& stem) {
    for (int i = 0; i < per_pusher; ++i) {
      try {
        const auto r = push(city_portal_payload(stem + "-" + std::to_string(i), test_reporters()[i % 2]));
        (r.status == 202 ? accepted : failed)++;
      } catch (const std::exception&) {
        failed++;
      }
      first_seen = true;
    }
  };
  std::thread a(pusher, unique_ref("LA")), b(pusher, unique_ref("LB"));
  while (!first_seen) std::this_thread::sleep_for(1ms);
  int applied = 0;
  for (int i = 0; i < 6; ++i) {
    // Routes and plugin library both change: requests in flight keep the old library loaded
    // until they are answered, and it is unloaded after.
    rewrite_routes(i % 2 == 0 ? routes_with_portal_rule : fixture_options::default_routes_yaml);
    // A fresh file each time: overwriting a library a process has mapped is never safe.
    rewrite_config(config_with_plugin_copy("libcasegw_city_portal-" + std::to_string(i) + ".so"));
    const auto answer = admin_reload();
    if (answer.status == 200) ++applied;
    std::this_thread::sleep_for(20ms);
  }
  const int answered_during_reloads = accepted + failed;
  a.join();
  b.join();
  EXPECT_LT(answered_during_reloads, 2 * per_pusher) << "the reloads must overlap the traffic";
  EXPECT_EQ(applied, 6);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(accepted.load(), 2 * per_pusher);
  ASSERT_TRUE(workflow_->wait_for(2 * per_pusher, 30s));
  std::set<std::string> keys, rules;
  for (const auto& d : workflow_->received()) {
    keys.insert(d.idempotency_key());
    rules.insert(std::string(json::parse(d.body).at("route").at("rule").as_string()));
  }
  EXPECT_EQ(keys.size(), static_cast<std::size_t>(2 * per_pusher)) << "each case exactly once";
  EXPECT_EQ(rules, (std::set<std::string>{"default", "portal_top_down"})) << "cases were routed by both tables";
  EXPECT_EQ(generation(), 7);
}

}  // namespace
}  // namespace casegw::integration
