#include "plugin_host/plugin_loader.hpp"
#include "plugin_host/settings_validator.hpp"

#include <casegw_test_plugins.h>

#include <gtest/gtest.h>

namespace casegw::plugin_host {
namespace {

config::channel_config channel_with(std::map<std::string, std::string> values) {
  config::channel_config c;
  c.id = "c";
  c.mark = {"gateway.yaml", 10};
  int line = 11;
  for (auto& [k, v] : values) c.settings[k] = config::setting_value{v, {"gateway.yaml", line++}, false};
  return c;
}

std::vector<std::string> problems_of(const settings_result& r) {
  std::vector<std::string> out;
  for (const auto& p : r.problems) out.push_back(p.to_string());
  return out;
}

class SettingsValidator : public ::testing::Test {
 protected:
  std::shared_ptr<const loaded_plugin> echo_ = load_plugin(CASEGW_TEST_PLUGIN_ECHO);
};

TEST_F(SettingsValidator, TypesValuesAndAppliesDefaults) {
  const auto r = validate_settings(*echo_, channel_with({{"case_prefix", "CP"}}), "channels[0]");
  ASSERT_TRUE(r.problems.empty()) << problems_of(r)[0];
  EXPECT_EQ(r.settings.at("case_prefix").text, "CP");
  EXPECT_EQ(r.settings.at("max_body_bytes").number, 64 * 1024) << "the default 64KiB, parsed like user input";
}

TEST_F(SettingsValidator, ParsesSizesWithUnits) {
  const auto r = validate_settings(*echo_, channel_with({{"case_prefix", "CP"}, {"max_body_bytes", "2MiB"}}), "channels[0]");
  ASSERT_TRUE(r.problems.empty());
  EXPECT_EQ(r.settings.at("max_body_bytes").number, 2 * 1024 * 1024);
}

TEST_F(SettingsValidator, RefusesUnknownKeysListingTheKnownOnes) {
  const auto r = validate_settings(*echo_, channel_with({{"case_prefix", "CP"}, {"prefix", "x"}}), "channels[0]");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(problems_of(r)[0],
            "gateway.yaml:12: channels[0].settings.prefix: unknown setting of plugin 'echo'; known: case_prefix, max_body_bytes, submitted_at");
}

TEST_F(SettingsValidator, RequiresRequiredKeys) {
  const auto r = validate_settings(*echo_, channel_with({}), "channels[3]");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(problems_of(r)[0], "gateway.yaml:10: channels[3].settings.case_prefix: is required by plugin 'echo' (Prefix of "
                               "channel.case_ref: <case_prefix>-<request_id>)");
}

TEST_F(SettingsValidator, RefusesMalformedAndOutOfBoundsValues) {
  auto r = validate_settings(*echo_, channel_with({{"case_prefix", "CP"}, {"max_body_bytes", "lots"}}), "channels[0]");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(problems_of(r)[0], "gateway.yaml:12: channels[0].settings.max_body_bytes: must be a size such as 512, 64KiB or 2MiB");
  r = validate_settings(*echo_, channel_with({{"case_prefix", "CP"}, {"max_body_bytes", "1GiB"}}), "channels[0]");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(problems_of(r)[0], "gateway.yaml:12: channels[0].settings.max_body_bytes: must be between 1 and 16777216 bytes");
}

TEST_F(SettingsValidator, ReportsEveryProblemAtOnce) {
  const auto r = validate_settings(*echo_, channel_with({{"a", "1"}, {"b", "2"}, {"max_body_bytes", "x"}}), "channels[0]");
  EXPECT_EQ(r.problems.size(), 4u) << "two unknown keys, one bad size, one missing required key";
}

}  // namespace
}  // namespace casegw::plugin_host
