#include "app/commands.hpp"

#include "app/conformance_command.hpp"
#include "app/config_reference_command.hpp"

#include "app/gateway.hpp"
#include "app/policy_commands.hpp"
#include "app/route_command.hpp"
#include "app/startup.hpp"

#include <casegw/plugin_abi.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::app {
namespace {

constexpr std::string_view usage = R"(usage: casegw <command> [options]

commands:
  run --config FILE            start the gateway in the foreground (SIGINT/SIGTERM stop it)
  check-config --config FILE   validate the configuration, its plugins and their settings
  plugins --config FILE        list the plugins the configuration loads
  deadline --config FILE --channel ID --kind KIND [--class handed_down|supervised|verification]
           --submitted TIME [--assigned-due TIME]
                               compute a case's deadlines (JSON) on the working-day calendar
  calendar --config FILE is-working-day DATE | add-working-days DATE N
                               ask the holiday calendar (调休 included)
  evaluation --config FILE --channel ID --value LABEL [--due TIME --resolved TIME]
                               normalize a channel's satisfaction label (JSON)
  route explain --config FILE [--channel ID] [--json] CASE.json
                               which route rule a case takes, the rules tried before it and why
  conformance --plugin FILE --golden DIR [--divisions DIR]
                               replay a plugin's golden cases through the gateway's decoding
  config-reference [--config FILE]
                               print every configuration key and plugin setting (Markdown)
  --version                    print the version
  help                         print this text
)";

std::string version_line() {
  return std::string("casegw ") + CASEGW_VERSION + " (plugin ABI " + std::to_string(CASEGW_ABI_MAJOR) + "." +
         std::to_string(CASEGW_ABI_MINOR) + ")";
}

// "--config FILE" or "--config=FILE"; empty when absent.
std::string config_argument(const std::vector<std::string_view>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) return std::string(args[i + 1]);
    if (args[i].starts_with("--config=")) return std::string(args[i].substr(9));
  }
  return {};
}

void print_problems(const std::vector<config::config_problem>& problems) {
  for (const auto& p : problems) std::cerr << p.to_string() << '\n';
}

int check_config(const std::string& file) {
  const auto loaded = load_configuration(file);
  if (!loaded.problems.empty()) {
    print_problems(loaded.problems);
    std::cerr << file << ": " << loaded.problems.size() << " problem(s); the configuration is not usable\n";
    return 1;
  }
  const auto& rules = *loaded.pipeline->rules;
  std::cout << file << ": configuration OK (" << loaded.channels->all().size() << " channel(s), "
            << loaded.config->destinations.size() << " destination(s), " << loaded.plugins->loaded().size()
            << " plugin(s), " << rules.routing().unit_count() << " unit(s), " << rules.routing().rule_count()
            << " route(s), " << rules.screening().rule_count() << " scope rule(s))\n";
  return 0;
}

int list_plugins(const std::string& file) {
  const auto loaded = load_configuration(file);
  if (!loaded.plugins) {
    print_problems(loaded.problems);
    return 1;
  }
  std::printf("%-24s %-10s %-5s %s\n", "NAME", "VERSION", "ABI", "FILE");
  for (const auto& p : loaded.plugins->loaded())
    std::printf("%-24s %-10s %u.%-3u %s\n", p->name.c_str(), p->version.c_str(), p->abi_major, p->abi_minor,
                p->file.c_str());
  if (!loaded.problems.empty()) {
    print_problems(loaded.problems);
    return 1;
  }
  return 0;
}

}  // namespace

int run_command_line(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::cout << usage;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version" || args[0] == "version") {
    std::cout << version_line() << '\n';
    return 0;
  }
  if (args[0] == "conformance") return conformance_command(args);
  if (args[0] == "config-reference") return config_reference_command(args);
  const std::string file = config_argument(args);
  if (file.empty()) {
    std::cerr << "casegw " << args[0] << ": --config FILE is required\n" << usage;
    return 2;
  }
  if (args[0] == "run") return run_gateway(file, version_line());
  if (args[0] == "deadline") return deadline_command(args);
  if (args[0] == "calendar") return calendar_command(args);
  if (args[0] == "evaluation") return evaluation_command(args);
  if (args[0] == "route") return route_command(args);
  if (args[0] == "check-config") return check_config(file);
  if (args[0] == "plugins") return list_plugins(file);
  std::cerr << "casegw: unknown command '" << args[0] << "'\n" << usage;
  return 2;
}

}  // namespace casegw::app
