// What intake_metrics tells the channel activity and the plugin error counter: every answered
// request per configured channel, and adapter failures (a thrown exception, output that is not
// a unified case) per channel and plugin, as decode_case reports them for real test plugins.
#include "intake/intake_metrics.hpp"

#include "intake/case_decoding.hpp"
#include "intake/intake_errors.hpp"
#include "intake_test_support.hpp"

#include <casegw_test_plugins.h>
#include <gtest/gtest.h>

namespace casegw::intake {
namespace {

using namespace std::chrono_literals;

net::http_response answered(int status) {
  net::http_response r;
  r.status = status;
  return r;
}

class IntakeObservers : public ::testing::Test {
 protected:
  IntakeObservers() {
    plugin_host::typed_settings echo_settings;
    echo_settings["case_prefix"] = {CASEGW_FIELD_STRING, "E", 0, false};
    channels_.push_back(make_channel("echo", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels_.push_back(make_channel("broken", CASEGW_TEST_PLUGIN_THROWS_IN_DECODE, {}));
    channels_.push_back(make_channel("garbage", CASEGW_TEST_PLUGIN_GARBAGE_OUTPUT, {}));
  }

  // Decodes like the intake handler, and counts an adapter fault as it does.
  std::optional<decoding_failure> decode(const channel& ch, const std::string& body) {
    auto decoded = decode_case(ch, {"rid-1", "2026-11-25T09:00:00+08:00", "text/plain", nullptr, body});
    if (decoded.failure && decoded.failure->stage == decoding_stage::adapter_fault) metrics_.adapter_fault(ch, *decoded.failure);
    return decoded.failure;
  }

  std::string plugin_error_line(const std::string& channel, const std::string& plugin, const std::string& error) {
    return "casegw_plugin_errors_total{channel=\"" + channel + "\",plugin=\"" + plugin + "\",call=\"decode\",error=\"" +
           error + "\"}";
  }

  std::vector<channel> channels_;
  metrics::registry registry_;
  channel_activity activity_;
  plugin_host::plugin_error_metrics plugin_errors_{registry_};
  intake_metrics metrics_{registry_, &activity_, &plugin_errors_};
};

TEST_F(IntakeObservers, EveryAnsweredRequestCountsForItsChannel) {
  metrics_.record("echo", answered(202), 3ms);
  metrics_.record("echo", answered(200), 2ms);
  metrics_.record("echo", errors::rejected_by_adapter("MISSING_FIELD", "body", "the body is empty", "rid"), 1ms);

  const auto s = activity_.snapshot("echo");
  EXPECT_EQ(s.received, 3u);
  EXPECT_EQ(s.accepted, 1u);
  EXPECT_EQ(s.duplicate, 1u);
  EXPECT_EQ(s.rejected, 1u);
  ASSERT_TRUE(s.last_error);
  EXPECT_EQ(s.last_error->code, "MISSING_FIELD");
  EXPECT_EQ(s.last_error->status, 400);
  EXPECT_GT(s.last_accepted_ms, 0);
}

TEST_F(IntakeObservers, ARequestForNoConfiguredChannelIsNoChannelsActivity) {
  metrics_.record("-", errors::unknown_channel("nope", "rid"), 1ms);
  EXPECT_EQ(activity_.snapshot("-").received, 0u);
  EXPECT_NE(registry_.render().find(R"(casegw_intake_requests_total{channel="-",outcome="rejected"} 1)"), std::string::npos);
}

TEST_F(IntakeObservers, AdapterFailuresAreCountedPerChannelAndPlugin) {
  ASSERT_TRUE(decode(channels_[1], "hello"));
  ASSERT_TRUE(decode(channels_[1], "hello"));
  ASSERT_TRUE(decode(channels_[2], "hello"));

  const auto text = registry_.render();
  EXPECT_NE(text.find(plugin_error_line("broken", "throws_in_decode", "failed") + " 2"), std::string::npos) << text;
  EXPECT_NE(text.find(plugin_error_line("garbage", "garbage_output", "invalid_output") + " 1"), std::string::npos) << text;
}

TEST_F(IntakeObservers, ARefusedPayloadIsNoPluginError) {
  const auto failure = decode(channels_[0], "");  // echo refuses an empty body with its own code
  ASSERT_TRUE(failure);
  EXPECT_EQ(failure->stage, decoding_stage::adapter);
  EXPECT_EQ(registry_.render().find("casegw_plugin_errors_total{"), std::string::npos);
}

}  // namespace
}  // namespace casegw::intake
