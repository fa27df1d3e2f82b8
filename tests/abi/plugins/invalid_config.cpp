// Failure mode: the constructor rejects the settings with sdk::config_error, whatever they
// are. create() returns CASEGW_INVALID_CONFIG, code INVALID_CONFIG, and the message below;
// a configuration using this plugin must be refused as a whole (and a reload keep the old one).
#include "test_plugin_description.hpp"

namespace casegw::abi_test {

class invalid_config final : public sdk::adapter, public test_plugin_description {
 public:
  static constexpr const char* name = "invalid_config";
  static constexpr const char* description = "ABI test: create() refuses every configuration";

  explicit invalid_config(sdk::host) { throw sdk::config_error("mode: invalid_config accepts no configuration"); }
  void decode(const sdk::request&, sdk::case_builder&) override {}
};

}  // namespace casegw::abi_test

CASEGW_PLUGIN(casegw::abi_test::invalid_config)
