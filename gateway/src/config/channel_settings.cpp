#include "config/channel_settings.hpp"

#include "config/secret_reference.hpp"


namespace casegw::config {
namespace {

constexpr std::string_view value_forms = "a single value, {from_file: PATH} or {from_env: NAME}";

std::optional<setting_value> read_setting(load_context& context, const YAML::Node& value, const std::string& key) {
  setting_value setting;
  setting.mark = context.mark_of(value);
  if (value.IsScalar()) {
    setting.text = value.Scalar();
    return setting;
  }
  if (is_secret_reference(value)) {
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
