// logging:, store: and plugins: — how the gateway runs, as opposed to what it connects.
#include "config/config_sections.hpp"

#include <filesystem>

namespace casegw::config {
namespace {

bool is_month_day_or_never(const std::string& text) {
  if (text == "never") return true;
  if (text.size() != 5 || text[2] != '-') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (text[i] < '0' || text[i] > '9') return false;
  const int month = std::stoi(text.substr(0, 2)), day = std::stoi(text.substr(3, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

logging_config read_logging(const yaml_map_reader& root) {
  const auto map = root.child("logging", {"level", "format", "file"});
  logging_config logging;
  map.read_choice("level", logging.level, {"trace", "debug", "info", "warn", "error", "critical"});
  map.read_choice("format", logging.format, {"text", "json"});
  map.read_path("file", logging.file);
  return logging;
}

store_config read_store(const yaml_map_reader& root) {
  const auto map = root.child("store", {"driver", "path", "max_batch", "high_water_pending", "retry_after"});
  store_config store;
  map.read_choice("driver", store.driver, {"sqlite"});
  map.read_path("path", store.path);  // the default depends on data_dir; set by the loader
  map.read_integer("max_batch", store.max_batch, 1, 100'000);
  map.read_integer("high_water_pending", store.high_water_pending, 1, 100'000'000);
  // Retry-After is sent in whole seconds, so anything finer would be silently rounded.
  std::chrono::milliseconds retry_after = store.retry_after;
  map.read_duration("retry_after", retry_after, std::chrono::seconds(1));
  if (retry_after.count() % 1000 != 0) {
    map.report("retry_after", "must be whole seconds (it is sent as Retry-After)");
  } else {
    store.retry_after = std::chrono::duration_cast<std::chrono::seconds>(retry_after);
  }
  return store;
}

// Only the paths are read here; the files themselves are loaded and checked by the policy
// stage, which reports their problems with their own file:line.
policy_config read_policy(const yaml_map_reader& root) {
  const auto map = root.child("policy", {"calendar", "deadline_profiles", "evaluation_rules", "divisions",
                                          "scope_rules", "next_year_calendar_due"});
  policy_config policy;
  policy.calendar_directory = map.context().resolve_path("calendar/holidays-cn");
  policy.deadline_profiles = map.context().resolve_path("policy/deadlines.yaml");
  policy.evaluation_rules = map.context().resolve_path("policy/evaluation.yaml");
  map.read_path("calendar", policy.calendar_directory);
  map.read_path("deadline_profiles", policy.deadline_profiles);
  map.read_path("evaluation_rules", policy.evaluation_rules);
  policy.divisions_directory = map.context().resolve_path("divisions");
  map.read_path("divisions", policy.divisions_directory);
  policy.scope_rules = map.context().resolve_path("policy/scope.yaml");
  map.read_path("scope_rules", policy.scope_rules);
  map.read_text("next_year_calendar_due", policy.next_year_calendar_due);
  if (!is_month_day_or_never(policy.next_year_calendar_due))
    map.report("next_year_calendar_due", "must be a day of the year as MM-DD (e.g. 12-01) or 'never'");
  policy.mark = map.context().file_mark();
  return policy;
}

// Only the paths: the routing stage loads the files and reports their problems with their own
// file:line (it needs the divisions, destinations and channels to check them).
routing_config read_routing(const yaml_map_reader& root) {
  const auto map = root.child("routing", {"units", "routes"});
  routing_config routing;
  routing.units_file = map.context().resolve_path("routing/units.yaml");
  routing.routes_file = map.context().resolve_path("routing/routes.yaml");
  map.read_path("units", routing.units_file);
  map.read_path("routes", routing.routes_file);
  routing.mark = map.context().file_mark();
  return routing;
}

std::vector<std::string> read_plugin_directories(const yaml_map_reader& root) {
  const auto map = root.child("plugins", {"directories"});
  std::vector<std::string> given;
  map.read_text_list("directories", given);
  const YAML::Node list = map.node("directories");
  std::vector<std::string> directories;
  for (std::size_t i = 0; i < given.size(); ++i) {
    directories.push_back(map.context().resolve_path(given[i]));
    std::error_code error;
    if (std::filesystem::is_directory(directories.back(), error)) continue;
    // Items that were not text were reported and skipped, so only then do indexes line up.
    const YAML::Node item = given.size() == list.size() ? list[i] : list;
    map.context().report(item, "plugins.directories[" + std::to_string(i) + "]",
                         "'" + directories.back() + "' is not a directory");
  }
  return directories;
}

}  // namespace casegw::config
