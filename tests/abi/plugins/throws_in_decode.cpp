// Failure mode: decode() throws std::runtime_error. The SDK thunk turns it into CASEGW_FAILED,
// code ADAPTER_FAILED, message "boom in decode" (upstream: 500 ADAPTER_FAILED). create()
// succeeds; encode_event is not implemented (CASEGW_UNSUPPORTED).
#include "test_plugin_description.hpp"

#include <stdexcept>

namespace casegw::abi_test {

class throws_in_decode final : public sdk::adapter, public test_plugin_description {
 public:
  static constexpr const char* name = "throws_in_decode";
  static constexpr const char* description = "ABI test: decode() fails with an exception";

  explicit throws_in_decode(sdk::host) {}
  void decode(const sdk::request&, sdk::case_builder&) override { throw std::runtime_error("boom in decode"); }
};

}  // namespace casegw::abi_test

CASEGW_PLUGIN(casegw::abi_test::throws_in_decode)
