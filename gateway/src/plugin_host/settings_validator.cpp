#include "plugin_host/settings_validator.hpp"

#include "config/config_values.hpp"

#include <algorithm>
#include <optional>

namespace casegw::plugin_host {
namespace {

std::string known_keys(const loaded_plugin& plugin) {
  if (plugin.settings.empty()) return "(none: this plugin takes no settings)";
  std::string out;
  for (const auto& s : plugin.settings) out += (out.empty() ? "" : ", ") + s.name;
  return out;
}

std::optional<std::int64_t> parse_number(casegw_field_type type, const std::string& text) {
  switch (type) {
    case CASEGW_FIELD_INT: return config::parse_int(text);
    case CASEGW_FIELD_DURATION_MS: return config::parse_duration_ms(text);
    case CASEGW_FIELD_SIZE: return config::parse_size_bytes(text);
    case CASEGW_FIELD_BOOL: {
      auto b = config::parse_bool(text);
      return b ? std::optional<std::int64_t>(*b ? 1 : 0) : std::nullopt;
    }
    default: return std::nullopt;
  }
}

std::string expected_form(casegw_field_type type) {
  switch (type) {
    case CASEGW_FIELD_INT: return "an integer";
    case CASEGW_FIELD_DURATION_MS: return "a duration such as 250ms, 30s, 5m or 1h";
    case CASEGW_FIELD_SIZE: return "a size such as 512, 64KiB or 2MiB";
    case CASEGW_FIELD_BOOL: return "true or false";
    default: return "a string";
  }
}

// Types one value; returns the problem text, or "" when the value is good.
std::string type_value(const setting_schema& schema, const std::string& text, typed_setting& out) {
  out.type = schema.type;
  out.text = text;
  out.secret = schema.secret;
  if (schema.type == CASEGW_FIELD_STRING) return "";
  const auto number = parse_number(schema.type, text);
  if (!number) return "must be " + expected_form(schema.type);
  const bool bounded = schema.min <= schema.max && schema.type != CASEGW_FIELD_BOOL;
  if (bounded && (*number < schema.min || *number > schema.max))
    return "must be between " + std::to_string(schema.min) + " and " + std::to_string(schema.max) +
           (schema.type == CASEGW_FIELD_DURATION_MS ? " ms" : schema.type == CASEGW_FIELD_SIZE ? " bytes" : "");
  out.number = *number;
  return "";
}

}  // namespace

settings_result validate_settings(const loaded_plugin& plugin, const config::channel_config& channel,
                                  const std::string& where) {
  settings_result result;
  auto problem = [&](const config::source_mark& mark, const std::string& key, std::string text) {
    result.problems.push_back({mark, where + ".settings" + (key.empty() ? "" : "." + key), std::move(text)});
  };

  for (const auto& [key, value] : channel.settings) {
    const bool known = std::any_of(plugin.settings.begin(), plugin.settings.end(),
                                   [&](const setting_schema& s) { return s.name == key; });
    if (!known)
      problem(value.mark, key, "unknown setting of plugin '" + plugin.name + "'; known: " + known_keys(plugin));
  }

  for (const auto& schema : plugin.settings) {
    typed_setting typed;
    if (auto it = channel.settings.find(schema.name); it != channel.settings.end()) {
      if (schema.secret && !it->second.secret_source)
        problem(it->second.mark, schema.name, "is a secret: give it as {from_file: PATH} or {from_env: NAME}, never inline");
      else if (auto why = type_value(schema, it->second.text, typed); !why.empty())
        problem(it->second.mark, schema.name, why);
      else
        result.settings.emplace(schema.name, std::move(typed));
    } else if (schema.default_value) {
      if (auto why = type_value(schema, *schema.default_value, typed); !why.empty())
        problem(channel.mark, schema.name, "plugin '" + plugin.name + "' declares a default that " + why);
      else
        result.settings.emplace(schema.name, std::move(typed));
    } else if (schema.required) {
      problem(channel.mark, schema.name, "is required by plugin '" + plugin.name + "' (" + schema.description + ")");
    }
  }
  return result;
}

}  // namespace casegw::plugin_host
