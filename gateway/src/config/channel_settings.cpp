#include "config/channel_settings.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace casegw::config {
namespace {

constexpr std::string_view value_forms = "a single value, {from_file: PATH} or {from_env: NAME}";

std::optional<std::string> read_secret_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  std::string value = text.str();
  // Editors end files with a newline; the secret does not include it.
  if (value.ends_with("\r\n")) {
    value.resize(value.size() - 2);
  } else if (value.ends_with('\n')) {
    value.pop_back();
  }
  return value;
}

// {from_file: PATH} or {from_env: NAME}. Problems name the file or variable, never the secret.
std::optional<std::string> read_secret_reference(load_context& context, const YAML::Node& reference,
                                                 const std::string& key) {
  const bool single = reference.size() == 1 && reference.begin()->first.IsScalar() && reference.begin()->second.IsScalar();
  const std::string source = single ? reference.begin()->first.Scalar() : std::string();
  if (source != "from_file" && source != "from_env") {
    context.report(reference, key, "must be " + std::string(value_forms));
    return std::nullopt;
  }
  const YAML::Node where = reference.begin()->second;
  if (source == "from_file") {
    const std::string path = context.resolve_path(where.Scalar());
    if (auto why = file_readability_problem(path); !why.empty()) {
      context.report(where, key, "from_file '" + path + "' " + why);
      return std::nullopt;
    }
    auto value = read_secret_file(path);
    if (!value) context.report(where, key, "from_file '" + path + "' could not be read");
    return value;
  }
  const char* value = std::getenv(where.Scalar().c_str());
  if (value == nullptr) {
    context.report(where, key, "from_env: the environment variable " + where.Scalar() + " is not set");
    return std::nullopt;
  }
  return std::string(value);
}

std::optional<setting_value> read_setting(load_context& context, const YAML::Node& value, const std::string& key) {
  setting_value setting;
  setting.mark = context.mark_of(value);
  if (value.IsScalar()) {
    setting.text = value.Scalar();
    return setting;
  }
  if (value.IsMap()) {
    auto secret = read_secret_reference(context, value, key);
    if (!secret) return std::nullopt;
    setting.text = std::move(*secret);
    setting.secret_source = true;
    return setting;
  }
  context.report(value, key, "must be " + std::string(value_forms));
  return std::nullopt;
}

}  // namespace

std::map<std::string, setting_value> read_channel_settings(const yaml_map_reader& channel) {
  std::map<std::string, setting_value> settings;
  const YAML::Node map = channel.node("settings");
  if (!map.IsDefined() || map.IsNull()) return settings;
  if (!map.IsMap()) {
    channel.report("settings", "must be a mapping of setting names to values");
    return settings;
  }
  for (const auto& member : map) {
    const std::string name = member.first.IsScalar() ? member.first.Scalar() : std::string();
    const std::string key = channel.key_path("settings") + "." + name;
    if (name.empty()) {
      channel.context().report(member.first, channel.key_path("settings"), "setting names must be plain names");
    } else if (settings.contains(name)) {
      channel.context().report(member.first, key, "is given more than once");
    } else if (member.second.IsNull()) {
      // Reported at the key: an empty value's own mark is the token after it.
      channel.context().report(member.first, key, "has no value; write \"\" for an empty text");
    } else if (auto setting = read_setting(channel.context(), member.second, key)) {
      settings.emplace(name, std::move(*setting));
    }
  }
  return settings;
}

}  // namespace casegw::config
