#include "plugin_host/plugin_registry.hpp"

#include <casegw_test_plugins.h>

#include <gtest/gtest.h>

namespace casegw::plugin_host {
namespace {

TEST(PluginRegistry, LocatesAPluginByAdapterNameInTheSearchPath) {
  plugin_registry registry({"/nonexistent", CASEGW_TEST_PLUGIN_DIR});
  EXPECT_EQ(registry.locate("echo").string(), std::string(CASEGW_TEST_PLUGIN_DIR) + "/libcasegw_echo.so");
}

TEST(PluginRegistry, SaysWhereItLookedWhenAPluginIsMissing) {
  plugin_registry registry({"/nonexistent", CASEGW_TEST_PLUGIN_DIR});
  try {
    registry.locate("nope");
    FAIL();
  } catch (const plugin_load_error& e) {
    EXPECT_EQ(std::string(e.what()),
              std::string("plugin 'nope': no libcasegw_nope.so in /nonexistent, ") + CASEGW_TEST_PLUGIN_DIR);
  }
}

TEST(PluginRegistry, LoadsEachFileOnce) {
  plugin_registry registry({CASEGW_TEST_PLUGIN_DIR});
  const auto a = registry.load(CASEGW_TEST_PLUGIN_ECHO);
  const auto b = registry.load(CASEGW_TEST_PLUGIN_ECHO);
  EXPECT_EQ(a.get(), b.get());
  EXPECT_EQ(registry.loaded().size(), 1u);
}

TEST(PluginRegistry, RefusesASecondPluginWithTheSameName) {
  plugin_registry registry({CASEGW_TEST_PLUGIN_DIR});
  registry.load(CASEGW_TEST_PLUGIN_ECHO);
  try {
    registry.load(CASEGW_TEST_PLUGIN_DUPLICATE_NAME);
    FAIL();
  } catch (const plugin_load_error& e) {
    EXPECT_EQ(std::string(e.what()), std::string("plugin '") + CASEGW_TEST_PLUGIN_DUPLICATE_NAME +
                                         "': its name 'echo' is already taken by " + CASEGW_TEST_PLUGIN_ECHO);
  }
}

}  // namespace
}  // namespace casegw::plugin_host
