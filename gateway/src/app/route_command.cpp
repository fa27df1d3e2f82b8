#include "app/route_command.hpp"

#include "app/startup.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

namespace casegw::app {
namespace {

constexpr std::string_view usage =
    "usage: casegw route explain --config FILE [--channel ID] [--json] CASE.json\n"
    "  CASE.json: a unified case, or an adapter's output with --channel naming the channel it came by\n";

// The one argument that is neither an option nor an option's value.
std::optional<std::string> case_file_argument(const std::vector<std::string_view>& args) {
  for (std::size_t i = 2; i < args.size(); ++i) {
    if (args[i] == "--config" || args[i] == "--channel") {
      ++i;
      continue;
    }
    if (args[i].starts_with("--")) continue;
    return std::string(args[i]);
  }
  return std::nullopt;
}

std::optional<boost::json::object> read_case(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "casegw route explain: cannot read '" << file << "'\n";
    return std::nullopt;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  boost::system::error_code error;
  auto value = boost::json::parse(text, error);
  if (error || !value.is_object()) {
    std::cerr << "casegw route explain: '" << file << "' is not a JSON object" << (error ? ": " + error.message() : "")
              << '\n';
    return std::nullopt;
  }
  return std::move(value.get_object());
}

std::string channel_of(const boost::json::object& c) {
  const auto* channel = c.if_contains("channel");
  if (channel == nullptr || !channel->is_object()) return {};
  const auto* id = channel->get_object().if_contains("id");
  return id != nullptr && id->is_string() ? std::string(id->get_string()) : std::string();
}

}  // namespace

int route_command(const std::vector<std::string_view>& args) {
  if (args.size() < 2 || args[1] != "explain") {
    std::cerr << usage;
    return 2;
  }
  std::string config_file;
  std::string channel;
  bool as_json = false;
  for (std::size_t i = 2; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) config_file = args[i + 1];
    if (args[i].starts_with("--config=")) config_file = args[i].substr(9);
    if (args[i] == "--channel" && i + 1 < args.size()) channel = args[i + 1];
    if (args[i] == "--json") as_json = true;
  }
  const auto case_file = case_file_argument(args);
  if (config_file.empty() || !case_file) {
    std::cerr << usage;
    return 2;
  }
  const auto loaded = load_configuration(config_file);
  if (!loaded.problems.empty()) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << '\n';
    std::cerr << config_file << ": " << loaded.problems.size() << " problem(s); cannot explain a route\n";
    return 1;
  }
  auto c = read_case(*case_file);
  if (!c) return 1;
  if (channel.empty() && channel_of(*c).empty()) {
    std::cerr << "casegw route explain: '" << *case_file << "' has no channel.id: name it with --channel ID\n";
    return 1;
  }
  const auto explained = loaded.pipeline->rules->explain(channel, *c);
  std::cout << (as_json ? boost::json::serialize(intake::to_json(explained)) + "\n" : intake::to_text(explained));
  return 0;
}

}  // namespace casegw::app
