// The same layout, seen by the C++ compiler, plus what the C++ SDK must keep true about the
// descriptor it builds: no C++ type may change what crosses the boundary.
#include "expected_layout.h"

#include <casegw/sdk/adapter.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <type_traits>

namespace {

template <class T>
constexpr bool is_c_compatible = std::is_standard_layout_v<T> && std::is_trivially_copyable_v<T>;

static_assert(is_c_compatible<casegw_str_view>);
static_assert(is_c_compatible<casegw_header_view>);
static_assert(is_c_compatible<casegw_error_buf>);
static_assert(is_c_compatible<casegw_output>);
static_assert(is_c_compatible<casegw_request_view>);
static_assert(is_c_compatible<casegw_event_view>);
static_assert(is_c_compatible<casegw_outbound_sink>);
static_assert(is_c_compatible<casegw_host_api>);
static_assert(is_c_compatible<casegw_config_field>);
static_assert(is_c_compatible<casegw_plugin>);

class layout_probe final : public casegw::sdk::adapter {
 public:
  static constexpr const char* name = "layout_probe";
  static constexpr const char* version = "0.0.0";
  static constexpr const char* description = "compile-time probe of the SDK descriptor";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr std::array<casegw_config_field, 0> fields{};
  explicit layout_probe(casegw::sdk::host) {}
  void decode(const casegw::sdk::request&, casegw::sdk::case_builder&) override {}
};

// The SDK fills the header from the ABI the plugin was compiled against.
constexpr casegw_plugin probe = casegw::sdk::detail::describe<layout_probe>();
static_assert(probe.magic == CASEGW_ABI_MAGIC);
static_assert(probe.abi_major == CASEGW_ABI_MAJOR && probe.abi_minor == CASEGW_ABI_MINOR);
static_assert(probe.struct_size == sizeof(casegw_plugin));
static_assert(probe.field_size == sizeof(casegw_config_field));
constexpr bool is_set(auto callback) { return callback != nullptr; }
static_assert(is_set(probe.create) && is_set(probe.destroy) && is_set(probe.decode) && is_set(probe.encode_event));

TEST(AbiLayout, MagicReadsCGWPInMemory) {
  const std::uint32_t magic = CASEGW_ABI_MAGIC;
  char bytes[4];
  std::memcpy(bytes, &magic, sizeof bytes);
  EXPECT_EQ(std::string(bytes, 4), "CGWP");  // little-endian targets, as the header says
}

TEST(AbiLayout, EntrySymbolCarriesTheMajor) {
  EXPECT_STREQ(CASEGW_PLUGIN_ENTRY_SYMBOL, "casegw_plugin_entry_v1");
}

TEST(AbiLayout, LayoutWasCheckedOnThisTarget) {
  EXPECT_EQ(CASEGW_LAYOUT_CHECKED, 1) << "expected_layout.h has no offsets for this target";
}

}  // namespace
