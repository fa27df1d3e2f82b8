// The Markdown of docs/config-reference.md: one table per section of the configuration catalogue
// (config/config_catalogue.hpp), then one table of channel settings per plugin, from the schema
// the plugin declares. Only what the catalogue and the schemas say: no file paths, no versions,
// so the output changes exactly when a key, a default or a setting does.
#pragma once

#include "config/config_catalogue.hpp"
#include "plugin_host/loaded_plugin.hpp"

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

namespace casegw::app {

void write_catalogue_markdown(std::ostream& out);

// The keys of a file gateway.yaml names (units.yaml, routes.yaml, the scope rules).
struct file_catalogue {
  std::string_view title;  // "Units (`routing.units`, config/routing/units.yaml)"
  std::string_view note;
  const std::vector<config::catalogue_section>& sections;
};
void write_file_catalogue_markdown(std::ostream& out, const file_catalogue& file);
void write_plugin_settings_markdown(std::ostream& out,
                                    const std::vector<std::shared_ptr<const plugin_host::loaded_plugin>>& plugins);

}  // namespace casegw::app
