// One fuzz target per channel adapter, all built from this file (fuzz/CMakeLists.txt,
// casegw_add_adapter_fuzzer): CASEGW_FUZZ_ADAPTER_HEADER names the adapter's header and
// CASEGW_FUZZ_ADAPTER its class; CASEGW_FUZZ_SETTINGS the golden settings file it runs with.
// Input: a request in the golden-case format (headers, empty line, body); invariants in
// support/adapter_harness.hpp.
#include CASEGW_FUZZ_ADAPTER_HEADER

#include "adapter_harness.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using harness = casegw::fuzz::adapter_harness<CASEGW_FUZZ_ADAPTER>;

harness& adapter() {
  static harness instance(casegw::fuzz::read_flat_settings(CASEGW_FUZZ_SETTINGS));
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  adapter().push(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
