// The `match` block of a route rule: each key a list of accepted values (docs/routing.md).
#include "routing/routes_file.hpp"

#include "config/config_values.hpp"
#include "config/yaml_map_reader.hpp"
#include "routing/routing_file.hpp"
#include "routing/unit_directory.hpp"

namespace casegw::routing {
namespace {

// A prefix of a division code: "50" for all of Chongqing, "500103" for 渝中区. A full-length
// prefix must be a real code, which catches a mistyped district before it silently matches nothing.
bool check_region_prefix(const config::yaml_map_reader& r, const std::string& prefix,
                         const divisions::division_directory& divisions) {
  if (!all_digits(prefix) || prefix.size() < 2 || prefix.size() > 12) {
    r.report("region_prefix", "'" + prefix + "' must be 2 to 12 digits of a division code");
    return false;
  }
  const bool full_code = prefix.size() == 6 || prefix.size() == 9 || prefix.size() == 12;
  if (full_code && !divisions.known(prefix)) {
    r.report("region_prefix", "'" + prefix + "' is not a known division code (config/divisions)");
    return false;
  }
  return true;
}

bool value_accepted(const config::yaml_map_reader& r, const match_key& key, const std::string& value,
                    const route_references& references) {
  if (const auto* vocabulary = vocabulary_of(key.key)) return check_known(r, key.key, value, *vocabulary, key.key);
  if (key.key == "channel") return check_known(r, key.key, value, references.channel_ids, "channel");
  if (key.key == "region_prefix") return check_region_prefix(r, value, references.divisions);
  return true;
}

std::vector<std::string> read_values(const config::yaml_map_reader& r, const match_key& key) {
  std::vector<std::string> values;
  if (key.key != "urgent") {
    read_any_of(r, key.key, values);
    return values;
  }
  // urgent is a yes/no, kept as the text the case fact is compared with.
  const auto text = r.scalar(key.key);
  if (!text) return values;
  if (const auto value = config::parse_bool(*text)) {
    values.push_back(*value ? "true" : "false");
  } else {
    r.report(key.key, "must be true or false");
  }
  return values;
}

}  // namespace

std::vector<match_condition> read_match(const config::yaml_map_reader& rule_reader, const route_references& references) {
  const config::yaml_map_reader r = rule_reader.child("match", match_key_names());
  std::vector<match_condition> conditions;
  for (const auto& key : match_keys()) {
    if (!r.has(key.key)) continue;
    match_condition condition{&key, {}};
    for (auto& value : read_values(r, key)) {
      if (value_accepted(r, key, value, references)) condition.wanted.push_back(std::move(value));
    }
    conditions.push_back(std::move(condition));
  }
  return conditions;
}

}  // namespace casegw::routing
