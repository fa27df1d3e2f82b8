#include "intake/channel_registry.hpp"

#include "intake/media_type.hpp"
#include "plugin_host/settings_validator.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace casegw::intake {

bool channel::accepts_media_type(std::string_view type) const {
  return std::find(media_types.begin(), media_types.end(), type) != media_types.end();
}

bool channel::accepts_charset(std::string_view charset) const {
  const std::string wanted = charset.empty() ? "utf-8" : canonical_charset(charset);
  return std::find(charsets.begin(), charsets.end(), wanted) != charsets.end();
}

channel_registry::channel_registry(std::vector<channel> channels) : channels_(std::move(channels)) {}

const channel* channel_registry::find(std::string_view id) const {
  for (const auto& c : channels_)
    if (c.id == id) return &c;
  return nullptr;
}

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// The channel narrows what its plugin can decode; it cannot widen it.
std::vector<std::string> accepted_media_types(const config::channel_config& cfg, const plugin_host::loaded_plugin& plugin,
                                              const std::string& where, std::vector<config::config_problem>& problems) {
  if (cfg.media_types.empty()) return plugin.media_types;
  std::vector<std::string> out;
  for (const auto& requested : cfg.media_types) {
    const auto parsed = parse_media_type(requested);
    const std::string type = parsed ? parsed->type : requested;
    if (std::find(plugin.media_types.begin(), plugin.media_types.end(), type) == plugin.media_types.end())
      problems.push_back({cfg.mark, where + ".media_types",
                          "plugin '" + plugin.name + "' cannot decode '" + requested + "'; it decodes: " +
                              joined(plugin.media_types)});
    else
      out.push_back(type);
  }
  return out;
}

std::optional<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

auth::channel_auth_options auth_options(const config::channel_config& cfg) {
  auth::channel_auth_options o;
  o.channel_id = cfg.id;
  o.scheme = auth::scheme_named(cfg.auth.scheme).value_or(auth::scheme::none);
  for (const auto& s : cfg.auth.secrets) o.secrets.emplace_back(s);
  o.distinguishing_id = cfg.auth.distinguishing_id;
  o.api_key_header = cfg.auth.header;
  o.window = cfg.auth.window;
  for (const auto& rule : cfg.auth.client_certificates) o.certificates.push_back({rule.subject, rule.sha256});
  return o;
}

// The config stage checked the shape; what can still fail is the key itself (not SM2, not PEM).
std::shared_ptr<const auth::channel_authenticator> build_authenticator(const config::channel_config& cfg,
                                                                       auth::nonce_register& nonces, const std::string& where,
                                                                       std::vector<config::config_problem>& problems) {
  auto options = auth_options(cfg);
  if (options.scheme == auth::scheme::sm2) {
    auto pem = read_text_file(cfg.auth.public_key_file);
    if (!pem) {
      problems.push_back({cfg.auth.mark, where + ".auth.public_key", "cannot read '" + cfg.auth.public_key_file + "'"});
      return nullptr;
    }
    options.public_key_pem = std::move(*pem);
  }
  try {
    return std::make_shared<const auth::channel_authenticator>(std::move(options), nonces);
  } catch (const std::invalid_argument& e) {
    problems.push_back({cfg.auth.mark, where + ".auth", e.what()});
    return nullptr;
  }
}

// Only the plugin knows whether its channel is pulled (build_poll and read_poll, ABI 1.1): a
// pulled channel needs pull: (where to poll), a pushed one must not carry it.
void check_pull_section(const config::channel_config& cfg, const plugin_host::loaded_plugin& plugin,
                        const std::string& where, std::vector<config::config_problem>& problems) {
  const bool builds = plugin.descriptor.build_poll != nullptr;
  const bool reads = plugin.descriptor.read_poll != nullptr;
  if (builds != reads) {
    problems.push_back({cfg.mark, where + ".adapter",
                        "plugin '" + plugin.name + "' (" + plugin.file + ") has " + (builds ? "build_poll" : "read_poll") +
                            " without " + (builds ? "read_poll" : "build_poll") + "; a pulled plugin needs both: rebuild it"});
  } else if (builds && !cfg.pull) {
    problems.push_back({cfg.mark, where + ".pull",
                        "is required: plugin '" + plugin.name + "' pulls its channel; give at least pull.base_url"});
  } else if (!builds && cfg.pull) {
    problems.push_back({cfg.pull->mark, where + ".pull",
                        "plugin '" + plugin.name + "' does not poll (the platform pushes to the gateway); remove pull:"});
  }
}

std::optional<channel> build_channel(const config::gateway_config& config, const config::channel_config& cfg,
                                     const std::string& where, plugin_host::plugin_registry& plugins,
                                     const channel_services& services, std::vector<config::config_problem>& problems) {
  std::shared_ptr<const plugin_host::loaded_plugin> plugin;
  try {
    plugin = plugins.load(cfg.plugin_file.empty() ? plugins.locate(cfg.adapter) : std::filesystem::path(cfg.plugin_file));
  } catch (const plugin_host::plugin_load_error& e) {
    problems.push_back({cfg.mark, where + ".adapter", e.what()});
    return std::nullopt;
  }
  const std::size_t before = problems.size();
  auto settings = plugin_host::validate_settings(*plugin, cfg, where);
  problems.insert(problems.end(), settings.problems.begin(), settings.problems.end());
  channel out;
  out.id = cfg.id;
  out.enabled = cfg.enabled;
  out.body_limit = cfg.body_bytes.value_or(config.intake.limits.body_bytes);
  out.media_types = accepted_media_types(cfg, *plugin, where, problems);
  for (const auto& c : plugin->charsets) out.charsets.push_back(canonical_charset(c));
  out.destinations = cfg.destinations;
  out.auth = build_authenticator(cfg, *services.nonces, where, problems);
  check_pull_section(cfg, *plugin, where, problems);
  if (problems.size() != before) return std::nullopt;
  try {
    out.adapter = std::make_shared<const plugin_host::adapter_instance>(plugin, cfg.id, std::move(settings.settings),
                                                                        services.divisions);
  } catch (const plugin_host::adapter_create_error& e) {
    problems.push_back({cfg.mark, where, e.what()});
    return std::nullopt;
  }
  return out;
}

}  // namespace

channels_result build_channels(const config::gateway_config& config, plugin_host::plugin_registry& plugins,
                               const channel_services& services) {
  channels_result result;
  std::vector<channel> channels;
  for (std::size_t i = 0; i < config.channels.size(); ++i) {
    const std::string where = "channels[" + std::to_string(i) + "]";
    if (auto built = build_channel(config, config.channels[i], where, plugins, services, result.problems))
      channels.push_back(std::move(*built));
  }
  if (result.problems.empty()) result.registry = std::make_shared<const channel_registry>(std::move(channels));
  return result;
}

}  // namespace casegw::intake
