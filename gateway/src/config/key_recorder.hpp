// Collects every key the loader knows, for the test that keeps the configuration catalogue
// (config_catalogue.hpp) in step with the loader. A load_context holds one only when asked;
// loads without it pay one null check per mapping.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::config {

class key_recorder {
 public:
  // Called by each yaml_map_reader with its dotted path and the keys it accepts.
  void record(std::string_view path, const std::vector<std::string>& known_keys);

  // Catalogue paths: "intake.tls.min_version", "channels[].auth.secrets".
  const std::set<std::string>& keys() const { return keys_; }

 private:
  std::set<std::string> keys_;
};

// "channels[2].auth.client_certificates[0]" -> "channels[].auth.client_certificates[]": the
// catalogue describes a list item once, whichever item the loader was reading.
std::string without_list_indexes(std::string_view path);

}  // namespace casegw::config
