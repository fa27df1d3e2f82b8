#include "app/division_check.hpp"

#include "divisions/division_directory.hpp"

#include <iostream>
#include <memory>

namespace casegw::app {

std::optional<plugin_host::division_check> load_division_check(const std::string& directory) {
  if (directory.empty()) return plugin_host::division_check{};
  auto [loaded, problems] = divisions::division_directory::load(directory);
  if (!loaded) {
    for (const auto& p : problems) std::cerr << p.to_string() << '\n';
    return std::nullopt;
  }
  return division_check_of(std::make_shared<const divisions::division_directory>(std::move(*loaded)));
}

plugin_host::division_check division_check_of(std::shared_ptr<const divisions::division_directory> data) {
  return [data = std::move(data)](std::string_view code) { return data->known(code); };
}

}  // namespace casegw::app
