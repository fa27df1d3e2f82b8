// Live adapters: settings reach the plugin typed, plugin exceptions become clean statuses,
// and a plugin that refuses to start says why, naming its channel and file.
#include "plugin_host/adapter_instance.hpp"
#include "plugin_host/plugin_loader.hpp"

#include <casegw_test_plugins.h>

#include <gtest/gtest.h>

namespace casegw::plugin_host {
namespace {

typed_settings echo_settings() {
  typed_settings s;
  s["case_prefix"] = typed_setting{CASEGW_FIELD_STRING, "T", 0, false};
  s["max_body_bytes"] = typed_setting{CASEGW_FIELD_SIZE, "16", 16, false};
  return s;
}

decode_outcome decode_body(const adapter_instance& adapter, std::string_view body) {
  decode_input input;
  input.channel_id = "c";
  input.request_id = "req1";
  input.received_at = "2026-11-25T10:00:00.000+08:00";
  input.media_type = "text/plain";
  input.body = body;
  return adapter.decode(input);
}

TEST(AdapterInstance, DecodesWithTheSettingsItWasGiven) {
  adapter_instance adapter(load_plugin(CASEGW_TEST_PLUGIN_ECHO), "c", echo_settings());
  const auto ok = decode_body(adapter, "hello");
  ASSERT_EQ(ok.status, static_cast<casegw_status>(CASEGW_OK)) << ok.message;
  EXPECT_NE(ok.case_json.find("\"case_ref\":\"T-req1\""), std::string::npos) << ok.case_json;
  // max_body_bytes = 16 came through setting_int.
  const auto big = decode_body(adapter, std::string(17, 'x'));
  EXPECT_EQ(big.status, static_cast<casegw_status>(CASEGW_REJECTED));
  EXPECT_EQ(big.code, "BODY_TOO_LARGE");
  EXPECT_TRUE(big.case_json.empty());
}

TEST(AdapterInstance, ARejectionCarriesTheCodeAndField) {
  adapter_instance adapter(load_plugin(CASEGW_TEST_PLUGIN_ECHO), "c", echo_settings());
  const auto r = decode_body(adapter, "");
  EXPECT_EQ(r.status, static_cast<casegw_status>(CASEGW_REJECTED));
  EXPECT_EQ(r.code, "MISSING_FIELD");
  EXPECT_EQ(r.field, "body");
}

TEST(AdapterInstance, AnExceptionInDecodeBecomesAFailureNotACrash) {
  adapter_instance adapter(load_plugin(CASEGW_TEST_PLUGIN_THROWS_IN_DECODE), "c", {});
  const auto r = decode_body(adapter, "x");
  EXPECT_EQ(r.status, static_cast<casegw_status>(CASEGW_FAILED));
  EXPECT_EQ(r.code, "ADAPTER_FAILED");
  EXPECT_EQ(r.message, "boom in decode");
}

TEST(AdapterInstance, AnExceptionInCreateIsRefusedNamingChannelPluginAndFile) {
  try {
    adapter_instance adapter(load_plugin(CASEGW_TEST_PLUGIN_THROWS_IN_CREATE), "portal", {});
    FAIL() << "create should have failed";
  } catch (const adapter_create_error& e) {
    EXPECT_EQ(std::string(e.what()), std::string("channel 'portal' (plugin 'throws_in_create' from ") +
                                         CASEGW_TEST_PLUGIN_THROWS_IN_CREATE + ") failed to start: boom in create");
  }
}

TEST(AdapterInstance, AConfigErrorInCreateSaysTheSettingsWereRefused) {
  try {
    adapter_instance adapter(load_plugin(CASEGW_TEST_PLUGIN_INVALID_CONFIG), "portal", {});
    FAIL() << "create should have failed";
  } catch (const adapter_create_error& e) {
    EXPECT_EQ(std::string(e.what()), std::string("channel 'portal' (plugin 'invalid_config' from ") +
                                         CASEGW_TEST_PLUGIN_INVALID_CONFIG +
                                         ") refused its settings: mode: invalid_config accepts no configuration");
  }
}

TEST(AdapterInstance, KeepsItsLibraryLoadedAfterThePluginHandleIsDropped) {
  std::unique_ptr<adapter_instance> adapter;
  {
    auto plugin = load_plugin(CASEGW_TEST_PLUGIN_ECHO);
    adapter = std::make_unique<adapter_instance>(plugin, "c", echo_settings());
  }  // the loader's handle is gone; the instance must still hold the library open
  EXPECT_EQ(decode_body(*adapter, "still here").status, static_cast<casegw_status>(CASEGW_OK));
}

}  // namespace
}  // namespace casegw::plugin_host
