// One tiny plugin per way a plugin can be wrong (tests/abi/plugins), each refused with a
// message that names the file and says what to do.
#include "plugin_host/plugin_loader.hpp"

#include <casegw_test_plugins.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace casegw::plugin_host {
namespace {

using ::testing::HasSubstr;

std::string refusal_of(const std::string& file) {
  try {
    load_plugin(file);
  } catch (const plugin_load_error& e) {
    return e.what();
  }
  return "(loaded)";
}

TEST(PluginLoader, LoadsAWellBehavedPluginAndCopiesItsDescription) {
  const auto plugin = load_plugin(CASEGW_TEST_PLUGIN_ECHO);
  EXPECT_EQ(plugin->name, "echo");
  EXPECT_EQ(plugin->version, "1.0.0");
  EXPECT_EQ(plugin->abi_major, CASEGW_ABI_MAJOR);
  EXPECT_EQ(plugin->abi_minor, CASEGW_ABI_MINOR);
  EXPECT_EQ(plugin->file, CASEGW_TEST_PLUGIN_ECHO);
  EXPECT_EQ(plugin->media_types, (std::vector<std::string>{"application/json", "text/plain"}));
  ASSERT_EQ(plugin->settings.size(), 3u);
  EXPECT_EQ(plugin->settings[0].name, "case_prefix");
  EXPECT_TRUE(plugin->settings[0].required);
  EXPECT_EQ(plugin->settings[1].type, static_cast<casegw_field_type>(CASEGW_FIELD_SIZE));
  EXPECT_EQ(plugin->settings[1].default_value, "64KiB");
}

TEST(PluginLoader, RefusesAFileThatDoesNotExist) {
  EXPECT_EQ(refusal_of("/nonexistent/libcasegw_x.so"), "plugin '/nonexistent/libcasegw_x.so': no such file");
}

TEST(PluginLoader, RefusesAFileThatIsNotALibraryWithTheLoadersReason) {
  const std::string file = ::testing::TempDir() + "not_a_library.so";
  std::ofstream(file) << std::string(256, 'x');  // long enough to have a header to reject
  EXPECT_THAT(refusal_of(file), HasSubstr("plugin '" + file + "': cannot be loaded: "));
  EXPECT_THAT(refusal_of(file), HasSubstr("invalid ELF header"));
}

TEST(PluginLoader, RefusesAPluginWithoutTheEntrySymbol) {
  EXPECT_EQ(refusal_of(CASEGW_TEST_PLUGIN_MISSING_ENTRY),
            std::string("plugin '") + CASEGW_TEST_PLUGIN_MISSING_ENTRY +
                "': does not export casegw_plugin_entry_v1 (build it with CASEGW_PLUGIN(...) and casegw_add_plugin() "
                "from the casegw SDK)");
}

TEST(PluginLoader, RefusesAPluginBuiltForAnotherMajorNamingIt) {
  EXPECT_EQ(refusal_of(CASEGW_TEST_PLUGIN_OLD_MAJOR_ONLY),
            std::string("plugin '") + CASEGW_TEST_PLUGIN_OLD_MAJOR_ONLY +
                "': built for plugin ABI 2 (exports casegw_plugin_entry_v2); this gateway speaks ABI 1: rebuild it "
                "against a casegw SDK 1.x");
}

TEST(PluginLoader, RefusesABadMagic) {
  EXPECT_EQ(refusal_of(CASEGW_TEST_PLUGIN_BAD_MAGIC),
            std::string("plugin '") + CASEGW_TEST_PLUGIN_BAD_MAGIC +
                "': the entry returned no valid descriptor (bad magic): is it a casegw plugin?");
}

TEST(PluginLoader, RefusesANewerMinorAndSaysWhatToRebuildAgainst) {
  EXPECT_EQ(refusal_of(CASEGW_TEST_PLUGIN_NEWER_MINOR),
            std::string("plugin '") + CASEGW_TEST_PLUGIN_NEWER_MINOR + "': built against plugin ABI 1." +
                std::to_string(CASEGW_ABI_MINOR + 1) + "; this gateway supports 1.0 to 1." +
                std::to_string(CASEGW_ABI_MINOR) + ": rebuild it against this gateway's SDK (sdk/include/casegw)");
}

TEST(PluginLoader, RefusesATruncatedDescriptor) {
  EXPECT_THAT(refusal_of(CASEGW_TEST_PLUGIN_TRUNCATED_DESCRIPTOR),
              HasSubstr(std::string("plugin '") + CASEGW_TEST_PLUGIN_TRUNCATED_DESCRIPTOR +
                        "': its descriptor is truncated (struct_size " + std::to_string(offsetof(casegw_plugin, decode)) +
                        ", expected at least " + std::to_string(offsetof(casegw_plugin, build_poll)) + ")"));
}

TEST(PluginLoader, RefusesADescriptorWithoutARequiredCallback) {
  EXPECT_EQ(refusal_of(CASEGW_TEST_PLUGIN_NULL_CALLBACKS),
            std::string("plugin '") + CASEGW_TEST_PLUGIN_NULL_CALLBACKS + "': its descriptor lacks the required 'decode'");
}

}  // namespace
}  // namespace casegw::plugin_host
