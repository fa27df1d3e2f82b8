#include "app/config_reference_markdown.hpp"

#include "config/config_catalogue.hpp"

#include <string>
#include <string_view>

namespace casegw::app {
namespace {

// A '|' would end the table cell; descriptions and choices use it as "or".
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string code(std::string_view text) { return "`" + std::string(text) + "`"; }

std::string or_dash(std::string_view text, bool as_code) {
  if (text.empty()) return "—";
  return as_code ? code(text) : cell(text);
}

// "choice `1.2` \| `1.3`", "integer 0..65535", "duration ≥ 100ms", "list (destination ids)".
std::string type_cell(const config::catalogue_key& key) {
  using config::key_type;
  std::string out(config::key_type_name(key.type));
  if (key.constraint.empty()) return out;
  const bool bounds = key.type == key_type::integer || key.type == key_type::size || key.type == key_type::duration;
  if (bounds) return out + " " + cell(key.constraint);
  if (key.type != key_type::choice) return out + " (" + cell(key.constraint) + ")";
  std::string_view rest = key.constraint;
  for (std::string separator = " "; !rest.empty(); separator = " \\| ") {
    const std::size_t end = rest.find(" | ");
    out += separator + code(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 3);
  }
  return out;
}

std::string required_cell(std::string_view required) {
  if (required == "yes") return "**yes**";
  return cell(required);
}

// Keys are shown relative to their section: "tls.min_version" under intake.
std::string_view relative_key(const config::catalogue_section& section, std::string_view path) {
  return section.name.empty() ? path : path.substr(section.name.size() + 1);
}

void write_section(std::ostream& out, const config::catalogue_section& section, std::string_view heading = "##") {
  out << "\n" << heading << " " << (section.name.empty() ? std::string("Top level") : code(section.name)) << "\n\n"
      << section.note << "\n\n"
      << "| key | type | default | required | description |\n|---|---|---|---|---|\n";
  for (const auto& key : section.keys) {
    out << "| " << code(relative_key(section, key.path)) << " | " << type_cell(key) << " | "
        << or_dash(key.default_value, true) << " | " << required_cell(key.required) << " | " << cell(key.description)
        << " |\n";
  }
}

// Bounds apply only when min <= max (plugin_abi.h); durations are declared in milliseconds,
// sizes in bytes.
std::string bounds_cell(const plugin_host::setting_schema& setting) {
  if (setting.min > setting.max) return "—";
  const std::string range = std::to_string(setting.min) + ".." + std::to_string(setting.max);
  if (setting.type == CASEGW_FIELD_DURATION_MS) return range + " ms";
  if (setting.type == CASEGW_FIELD_SIZE) return range + " bytes";
  return range;
}

std::string setting_default_cell(const plugin_host::setting_schema& setting) {
  if (!setting.default_value) return "—";
  return setting.default_value->empty() ? std::string("`\"\"`") : code(cell(*setting.default_value));
}

void write_plugin(std::ostream& out, const plugin_host::loaded_plugin& plugin) {
  out << "\n### " << code(plugin.name) << "\n\n" << cell(plugin.description) << "\n\n";
  if (plugin.settings.empty()) {
    out << "No settings.\n";
    return;
  }
  out << "| setting | type | default | bounds | required | secret | description |\n|---|---|---|---|---|---|---|\n";
  for (const auto& s : plugin.settings) {
    out << "| " << code(s.name) << " | " << plugin_host::field_type_name(s.type) << " | " << setting_default_cell(s)
        << " | " << bounds_cell(s) << " | " << (s.required ? "**yes**" : "") << " | " << (s.secret ? "yes" : "")
        << " | " << cell(s.description) << " |\n";
  }
}

}  // namespace

void write_catalogue_markdown(std::ostream& out) {
  for (const auto& section : config::config_catalogue()) write_section(out, section);
}

void write_file_catalogue_markdown(std::ostream& out, const file_catalogue& file) {
  out << "\n## " << file.title << "\n\n" << file.note << "\n";
  for (const auto& section : file.sections) write_section(out, section, "###");
}

void write_plugin_settings_markdown(std::ostream& out,
                                    const std::vector<std::shared_ptr<const plugin_host::loaded_plugin>>& plugins) {
  out << "\n## Channel settings (`channels[].settings`)\n\n"
      << "Each adapter plugin declares its settings; `check-config` checks a channel's settings against the schema "
         "of its plugin. A secret setting must be given as `{from_file: PATH}` or `{from_env: NAME}`.\n";
  for (const auto& plugin : plugins) write_plugin(out, *plugin);
}

}  // namespace casegw::app
