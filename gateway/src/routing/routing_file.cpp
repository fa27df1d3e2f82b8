#include "routing/routing_file.hpp"

#include "config/closest_name.hpp"

#include <algorithm>

namespace casegw::routing {

std::optional<YAML::Node> parse_routing_file(const std::string& path, config::load_context& context) {
  return config::parse_yaml_file(path, context, "routing");
}

void read_any_of(const config::yaml_map_reader& reader, std::string_view key, std::vector<std::string>& out) {
  const YAML::Node node = reader.node(key);
  if (!node.IsDefined()) return;
  if (node.IsScalar()) {
    reader.read_text(key, out.emplace_back());
    if (out.back().empty()) out.pop_back();
    return;
  }
  reader.read_text_list(key, out);
  if (node.IsSequence() && node.size() == 0) reader.report(key, "must list at least one value");
}

void check_identifier(const config::yaml_map_reader& reader, std::string_view key, const std::string& value) {
  const bool valid = !value.empty() && value.size() <= 64 && value.front() >= 'a' && value.front() <= 'z' &&
                     std::all_of(value.begin(), value.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                     });
  if (!valid && !value.empty()) reader.report(key, "'" + value + "' must be a-z, 0-9 and _, starting with a letter, at most 64");
}

bool check_known(const config::yaml_map_reader& reader, std::string_view key, const std::string& value,
                 const std::vector<std::string>& known, std::string_view what) {
  if (std::find(known.begin(), known.end(), value) != known.end()) return true;
  std::string problem = "unknown " + std::string(what) + " '" + value + "'";
  if (auto meant = config::closest_name(value, known)) problem += " (did you mean '" + *meant + "'?)";
  reader.report(key, problem + "; known: " + (known.empty() ? std::string("none") : config::join_names(known)));
  return false;
}

}  // namespace casegw::routing
