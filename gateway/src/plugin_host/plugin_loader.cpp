#include "plugin_host/plugin_loader.hpp"

#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <regex>

namespace casegw::plugin_host {
namespace {

namespace dll = boost::dll;

std::string version_text(unsigned major, unsigned minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

class refusal {
 public:
  explicit refusal(std::string file) : file_(std::move(file)) {}
  plugin_load_error operator()(const std::string& why) const {
    return plugin_load_error("plugin '" + file_ + "': " + why);
  }

 private:
  std::string file_;
};

// RTLD_NOW makes a missing dependency fail here, with dlerror's text, not mid-request;
// RTLD_LOCAL keeps one plugin's symbols from resolving another's.
std::shared_ptr<dll::shared_library> open_library(const std::filesystem::path& file, const refusal& refuse) {
  try {
    return std::make_shared<dll::shared_library>(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local);
  } catch (const std::exception& e) {  // the throwing overload keeps dlerror()'s message
    throw refuse(std::string("cannot be loaded: ") + e.what());
  }
}

const casegw_plugin* call_entry(dll::shared_library& lib, const refusal& refuse) {
  if (!lib.has(CASEGW_PLUGIN_ENTRY_SYMBOL)) {
    if (lib.has("casegw_plugin_entry_v2"))
      throw refuse("built for plugin ABI 2 (exports casegw_plugin_entry_v2); this gateway speaks ABI " +
                   std::to_string(CASEGW_ABI_MAJOR) + ": rebuild it against a casegw SDK 1.x");
    throw refuse("does not export " CASEGW_PLUGIN_ENTRY_SYMBOL
                 " (build it with CASEGW_PLUGIN(...) and casegw_add_plugin() from the casegw SDK)");
  }
  return lib.get<const casegw_plugin*()>(CASEGW_PLUGIN_ENTRY_SYMBOL)();
}

constexpr std::size_t v1_0_descriptor_size = offsetof(casegw_plugin, encode_event) + sizeof(casegw_plugin::encode_event);
constexpr std::size_t v1_0_field_size = offsetof(casegw_config_field, description) + sizeof(const char*);

void check_header(const casegw_plugin* d, const refusal& refuse) {
  if (d == nullptr || d->magic != CASEGW_ABI_MAGIC)
    throw refuse("the entry returned no valid descriptor (bad magic): is it a casegw plugin?");
  if (d->abi_major != CASEGW_ABI_MAJOR || d->abi_minor > CASEGW_ABI_MINOR)
    throw refuse("built against plugin ABI " + version_text(d->abi_major, d->abi_minor) +
                 "; this gateway supports " + version_text(CASEGW_ABI_MAJOR, 0) + " to " +
                 version_text(CASEGW_ABI_MAJOR, CASEGW_ABI_MINOR) +
                 ": rebuild it against this gateway's SDK (sdk/include/casegw)");
  if (d->struct_size < v1_0_descriptor_size || d->field_size < v1_0_field_size)
    throw refuse("its descriptor is truncated (struct_size " + std::to_string(d->struct_size) + ", expected at least " +
                 std::to_string(v1_0_descriptor_size) + "): rebuild it against this gateway's SDK");
}

// Copies at most the plugin's struct_size into a zeroed descriptor, so fields the plugin was
// built without read as NULL (the OBS pattern), then checks what v1.0 requires.
casegw_plugin copy_descriptor(const casegw_plugin* d, const refusal& refuse) {
  casegw_plugin copy{};
  std::memcpy(&copy, d, std::min<std::size_t>(d->struct_size, sizeof copy));
  const std::pair<const void*, const char*> required[] = {
      {copy.name, "name"}, {copy.version, "version"}, {reinterpret_cast<const void*>(copy.create), "create"},
      {reinterpret_cast<const void*>(copy.destroy), "destroy"}, {reinterpret_cast<const void*>(copy.decode), "decode"}};
  for (const auto& [pointer, what] : required)
    if (pointer == nullptr) throw refuse(std::string("its descriptor lacks the required '") + what + "'");
  static const std::regex name_rule("[a-z][a-z0-9_]{0,63}");
  if (!std::regex_match(copy.name, name_rule))
    throw refuse(std::string("its name '") + copy.name + "' does not match [a-z][a-z0-9_]*");
  return copy;
}

std::vector<std::string> copy_strings(const char* const* items, std::size_t count) {
  std::vector<std::string> out;
  for (std::size_t i = 0; items != nullptr && i < count; ++i)
    if (items[i] != nullptr) out.emplace_back(items[i]);
  return out;
}

// Walks the settings table with the plugin's own stride, so a newer gateway reads an older
// plugin's smaller entries correctly.
std::vector<setting_schema> copy_settings(const casegw_plugin& d, const refusal& refuse) {
  std::vector<setting_schema> out;
  const auto* base = reinterpret_cast<const unsigned char*>(d.fields);
  for (std::size_t i = 0; base != nullptr && i < d.field_count; ++i) {
    casegw_config_field f{};
    std::memcpy(&f, base + i * d.field_size, std::min<std::size_t>(d.field_size, sizeof f));
    if (f.name == nullptr) throw refuse("setting #" + std::to_string(i) + " has no name");
    if (f.type < CASEGW_FIELD_STRING || f.type > CASEGW_FIELD_SIZE)
      throw refuse(std::string("setting '") + f.name + "' has an unknown type " + std::to_string(f.type));
    setting_schema s;
    s.name = f.name;
    s.type = f.type;
    s.required = (f.flags & CASEGW_FIELD_REQUIRED) != 0;
    s.secret = (f.flags & CASEGW_FIELD_SECRET) != 0;
    if (f.default_value != nullptr) s.default_value = f.default_value;
    s.min = f.min;
    s.max = f.max;
    s.description = f.description ? f.description : "";
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

std::string_view field_type_name(casegw_field_type type) noexcept {
  switch (type) {
    case CASEGW_FIELD_STRING: return "string";
    case CASEGW_FIELD_INT: return "int";
    case CASEGW_FIELD_BOOL: return "bool";
    case CASEGW_FIELD_DURATION_MS: return "duration";
    case CASEGW_FIELD_SIZE: return "size";
    default: return "unknown";
  }
}

std::shared_ptr<const loaded_plugin> load_plugin(const std::filesystem::path& file) {
  const refusal refuse(file.string());
  if (!std::filesystem::exists(file)) throw refuse("no such file");
  auto library = open_library(file, refuse);
  const casegw_plugin* entry = call_entry(*library, refuse);
  check_header(entry, refuse);

  auto plugin = std::make_shared<loaded_plugin>();
  plugin->file = file.string();
  plugin->descriptor = copy_descriptor(entry, refuse);
  const casegw_plugin& d = plugin->descriptor;
  plugin->name = d.name;
  plugin->version = d.version;
  plugin->description = d.description ? d.description : "";
  plugin->abi_major = d.abi_major;
  plugin->abi_minor = d.abi_minor;
  plugin->media_types = copy_strings(d.media_types, d.media_type_count);
  plugin->charsets = copy_strings(d.charsets, d.charset_count);
  if (plugin->media_types.empty()) throw refuse("it declares no media type it can decode");
  if (plugin->charsets.empty()) plugin->charsets.emplace_back("utf-8");
  plugin->settings = copy_settings(d, refuse);
  plugin->library = std::move(library);
  return plugin;
}

}  // namespace casegw::plugin_host
