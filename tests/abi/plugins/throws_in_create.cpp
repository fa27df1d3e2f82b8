// Failure mode: the adapter's constructor throws std::runtime_error. The SDK thunk turns it
// into CASEGW_FAILED, code ADAPTER_FAILED, message "boom in create"; nothing escapes.
#include "test_plugin_description.hpp"

#include <stdexcept>

namespace casegw::abi_test {

class throws_in_create final : public sdk::adapter, public test_plugin_description {
 public:
  static constexpr const char* name = "throws_in_create";
  static constexpr const char* description = "ABI test: create() fails with an exception";

  explicit throws_in_create(sdk::host) { throw std::runtime_error("boom in create"); }
  void decode(const sdk::request&, sdk::case_builder&) override {}
};

}  // namespace casegw::abi_test

CASEGW_PLUGIN(casegw::abi_test::throws_in_create)
