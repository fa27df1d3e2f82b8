#include "app/conformance_command.hpp"

#include "app/division_check.hpp"
#include "app/golden_case.hpp"
#include "app/json_difference.hpp"
#include "intake/case_decoding.hpp"
#include "intake/media_type.hpp"
#include "plugin_host/plugin_loader.hpp"
#include "plugin_host/settings_validator.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

namespace casegw::app {
namespace {

namespace fs = std::filesystem;

// The time every golden case is received at: fixed, so outputs that echo it stay stable.
constexpr std::string_view golden_received_at = "2026-11-20T10:00:00+08:00";

struct kit_options {
  std::string plugin_file;
  std::string golden_directory;
  std::string divisions_directory;
};

std::optional<kit_options> parse_options(const std::vector<std::string_view>& args) {
  kit_options out;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--plugin") out.plugin_file = args[i + 1];
    else if (args[i] == "--golden") out.golden_directory = args[i + 1];
    else if (args[i] == "--divisions") out.divisions_directory = args[i + 1];
    else return std::nullopt;
  }
  if (args.size() % 2 == 0 || out.plugin_file.empty() || out.golden_directory.empty()) return std::nullopt;
  return out;
}

// DIR/settings.yaml: a flat map of the channel settings the golden cases assume.
std::optional<config::channel_config> read_settings(const fs::path& golden, std::string& problem) {
  config::channel_config channel;
  channel.id = "conformance";
  const fs::path file = golden / "settings.yaml";
  if (!fs::exists(file)) return channel;
  try {
    const YAML::Node root = YAML::LoadFile(file.string());
    if (!root.IsNull() && !root.IsMap()) {
      problem = file.string() + ": must be a map of setting names to values";
      return std::nullopt;
    }
    for (const auto& item : root) {
      if (!item.second.IsScalar()) {
        problem = file.string() + ":" + std::to_string(item.second.Mark().line + 1) + ": " +
                  item.first.as<std::string>() + ": must be a plain value";
        return std::nullopt;
      }
      channel.settings[item.first.as<std::string>()] =
          config::setting_value{item.second.as<std::string>(), {file.string(), item.second.Mark().line + 1}, false};
    }
  } catch (const YAML::Exception& e) {
    problem = file.string() + ": " + e.what();
    return std::nullopt;
  }
  return channel;
}

// The channel as the intake would build it from this plugin with these settings.
std::optional<intake::channel> build_channel(const kit_options& options, plugin_host::division_check divisions) {
  try {
    const auto plugin = plugin_host::load_plugin(options.plugin_file);
    std::string problem;
    const auto channel_config = read_settings(options.golden_directory, problem);
    if (!channel_config) {
      std::cerr << problem << '\n';
      return std::nullopt;
    }
    auto settings = plugin_host::validate_settings(*plugin, *channel_config, "settings");
    for (const auto& p : settings.problems) std::cerr << p.to_string() << '\n';
    if (!settings.problems.empty()) return std::nullopt;
    intake::channel ch;
    ch.id = channel_config->id;
    ch.media_types = plugin->media_types;
    for (const auto& c : plugin->charsets) ch.charsets.push_back(intake::canonical_charset(c));
    ch.adapter = std::make_shared<const plugin_host::adapter_instance>(plugin, ch.id, std::move(settings.settings),
                                                                      std::move(divisions));
    return ch;
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return std::nullopt;
  }
}

std::string header_value(const golden_case& c, std::string_view name) {
  for (const auto& [n, v] : c.headers)
    if (n.size() == name.size() && std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        }))
      return v;
  return {};
}

std::string describe(const intake::decoding_failure& f) {
  return f.code + (f.field.empty() ? "" : " (field '" + f.field + "')") + ": " + f.message;
}

// Every way the outcome differs from the expectation; empty when the case passes.
std::vector<std::string> check(const golden_case& c, const intake::decoded_case& got) {
  const auto& want = c.expected;
  if (want.adapter_part) {
    if (got.failure) return {"expected a case, got the error " + describe(*got.failure)};
    return json_differences(*want.adapter_part, got.adapter_part);
  }
  if (!got.failure) return {"expected the error " + want.error_code + ", got a case"};
  std::vector<std::string> out;
  if (got.failure->code != want.error_code) out.push_back("expected the error " + want.error_code + ", got " + describe(*got.failure));
  if (want.error_field && got.failure->field != *want.error_field)
    out.push_back("expected the field '" + *want.error_field + "', got '" + got.failure->field + "'");
  return out;
}

}  // namespace

int conformance_command(const std::vector<std::string_view>& args) {
  const auto options = parse_options(args);
  if (!options) {
    std::cerr << "usage: casegw conformance --plugin FILE --golden DIR [--divisions DIR]\n";
    return 2;
  }
  auto divisions = load_division_check(options->divisions_directory);
  if (!divisions) return 1;
  const auto channel = build_channel(*options, std::move(*divisions));
  if (!channel) return 1;
  const auto golden = load_golden_cases(options->golden_directory);
  for (const auto& p : golden.problems) std::cout << "BROKEN " << p << '\n';

  std::size_t failed = 0;
  for (const auto& c : golden.cases) {
    const auto got = intake::decode_case(
        *channel, {"conformance-" + c.name, golden_received_at, header_value(c, "Content-Type"), &c.headers, c.body});
    const auto differences = check(c, got);
    std::cout << (differences.empty() ? "PASS " : "FAIL ") << c.name << '\n';
    for (const auto& d : differences) std::cout << "     " << d << '\n';
    if (!differences.empty()) ++failed;
  }
  std::cout << golden.cases.size() << " golden case(s): " << golden.cases.size() - failed << " passed, " << failed
            << " failed" << (golden.problems.empty() ? "" : ", " + std::to_string(golden.problems.size()) + " broken") << '\n';
  if (golden.cases.empty()) std::cout << "no golden cases in " << options->golden_directory << '\n';
  return failed == 0 && golden.problems.empty() && !golden.cases.empty() ? 0 : 1;
}

}  // namespace casegw::app
