// Every key of gateway.yaml, declared once: its type, bounds, the default the loader applies and
// what it is for. `casegw config-reference` prints it as docs/config-reference.md, and
// tests/unit/config/config_catalogue_test.cpp fails when the loader knows a key the catalogue
// does not, or the other way round, so the reference cannot drift from the code.
#pragma once

#include <string_view>
#include <vector>

namespace casegw::config {

enum class key_type {
  text, identifier, ip_address, url, header_name, path, readable_file, duration, size, integer, boolean,
  choice, text_list, text_map, file_map, secret_list, mapping, mapping_list
};

struct catalogue_key {
  std::string_view path;           // "intake.tls.min_version"; a list's items as "channels[]"
  key_type type;
  std::string_view constraint;     // bounds ("1..64", ">= 100ms") or choices ("1.2 | 1.3"); "" if none
  std::string_view default_value;  // as the loader applies it; "" = none
  std::string_view required;       // "" = optional, "yes", or when ("for sm2")
  std::string_view description;
};

struct catalogue_section {
  std::string_view name;  // "intake", "channels[].auth"; "" for the top level
  std::string_view note;  // one sentence printed under the section's heading
  std::vector<catalogue_key> keys;
};

const std::vector<catalogue_section>& config_catalogue();

// "integer", "readable file", "list of {from_file} / {from_env}", ...
std::string_view key_type_name(key_type type);

}  // namespace casegw::config
