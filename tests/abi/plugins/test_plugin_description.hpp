// What the C++ test plugins have in common: version, media types, charsets and, unless a
// plugin declares its own, no settings. Each plugin adds its name, description and behaviour.
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <array>

namespace casegw::abi_test {

struct test_plugin_description {
  static constexpr const char* version = "0.0.1";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr std::array<casegw_config_field, 0> fields{};
};

}  // namespace casegw::abi_test
