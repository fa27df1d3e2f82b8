// Confidentiality of /metrics after realistic traffic: cases full of reporter data accepted,
// refused and failed by adapters, deliveries failing with detail texts, polls refused with a
// plugin's text. Every label value must be a configured id, a fixed word or an error code, no
// caller may even try to pass anything else (nothing replaced by "invalid"), and no reporter
// datum may appear anywhere in the scrape.
#include "admin/calendar_metrics.hpp"
#include "admin/outbox_metrics.hpp"
#include "delivery/delivery_metrics.hpp"
#include "intake/case_decoding.hpp"
#include "intake/intake_errors.hpp"
#include "intake/intake_metrics.hpp"
#include "net/error_response.hpp"
#include "pull/pull_metrics.hpp"

#include "../intake/fake_store.hpp"
#include "../intake/intake_test_support.hpp"
#include "support/exposition_samples.hpp"

#include <casegw_test_plugins.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace casegw::admin {
namespace {

using namespace std::chrono_literals;

const std::vector<std::string> reporter_data = {"张三", "13800138000", "110101199003071234", "朝阳区建国路88号",
                                                "噪音扰民", "zhangsan@example.com"};

std::string complaint_body() {
  return R"({"reporter":{"name":"张三","phone":"13800138000","id_number":"110101199003071234",)"
         R"("address":"朝阳区建国路88号","email":"zhangsan@example.com"},"content":"噪音扰民"})";
}

class MetricsExposure : public ::testing::Test {
 protected:
  MetricsExposure() {
    plugin_host::typed_settings echo_settings;
    echo_settings["case_prefix"] = {CASEGW_FIELD_STRING, "E", 0, false};
    echo_settings["max_body_bytes"] = {CASEGW_FIELD_SIZE, "512", 512, false};
    std::vector<intake::channel> channels;
    channels.push_back(intake::make_channel("city_portal", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.push_back(intake::make_channel("hotline_12345", CASEGW_TEST_PLUGIN_THROWS_IN_DECODE, {}));
    channels.push_back(intake::make_channel("yukuaiban", CASEGW_TEST_PLUGIN_GARBAGE_OUTPUT, {}));
    channels_ = std::make_shared<const intake::channel_registry>(std::move(channels));
    register_outbox_metrics(registry_, store_, {"workflow", "archive"});
    register_calendar_metrics(registry_, [] { return std::shared_ptr<const policy::policy_set>(); });
  }

  // A request as the intake handler finishes it: decoded by the channel's real adapter, an
  // adapter fault counted, the answer recorded (its error code as the handler answers it).
  void push(const std::string& channel_id, const std::string& body, const std::string& content_type = "text/plain") {
    const auto* ch = channels_->find(channel_id);
    ASSERT_NE(ch, nullptr);
    auto decoded = intake::decode_case(*ch, {"rid", "2026-11-25T09:00:00+08:00", content_type, nullptr, body});
    net::http_response answer;
    answer.status = 202;
    if (decoded.failure) {
      const auto& f = *decoded.failure;
      if (f.stage == intake::decoding_stage::adapter_fault) intake_metrics_.adapter_fault(*ch, f);
      answer = f.stage == intake::decoding_stage::adapter_fault ? intake::errors::adapter_failed("rid")
               : f.stage == intake::decoding_stage::adapter
                   ? intake::errors::rejected_by_adapter(f.code, f.field, f.message, "rid")
                   : net::error_response(415, f.code, f.message, "rid");
    }
    intake_metrics_.record(channel_id, answer, 4ms);
  }

  intake::fake_store store_;
  metrics::registry registry_;
  intake::channel_activity activity_;
  plugin_host::plugin_error_metrics plugin_errors_{registry_};
  intake::intake_metrics intake_metrics_{registry_, &activity_, &plugin_errors_};
  delivery::delivery_metrics delivery_metrics_{registry_};
  pull::pull_metrics pull_metrics_{registry_, &activity_, &plugin_errors_};
  std::shared_ptr<const intake::channel_registry> channels_;
};

TEST_F(MetricsExposure, AfterRealisticTrafficEveryLabelIsAnIdAWordOrACode) {
  push("city_portal", complaint_body());               // accepted
  push("city_portal", complaint_body());               // accepted again
  push("city_portal", "");                             // the adapter's MISSING_FIELD
  push("city_portal", complaint_body(), "text/张三");  // 415
  push("city_portal", std::string(600, 'x'));          // the adapter's BODY_TOO_LARGE
  push("hotline_12345", complaint_body());             // the adapter throws
  push("yukuaiban", complaint_body());                 // garbage output
  intake_metrics_.record("-", intake::errors::unknown_channel("张三13800138000", "rid"), 1ms);
  intake_metrics_.record("-", intake::errors::unknown_endpoint("rid"), 1ms);

  const auto& adapter = *channels_->find("hotline_12345")->adapter;
  delivery_metrics_.attempt("workflow", delivery::attempt_outcome::retry,
                            {delivery::attempt_result::verdict::retry, "connect failed: 张三 13800138000", {}}, 20ms);
  delivery_metrics_.attempt("workflow", delivery::attempt_outcome::dead,
                            {delivery::attempt_result::verdict::reject, "HTTP 422", {}}, 5ms);
  delivery_metrics_.attempt("archive", delivery::attempt_outcome::delivered,
                            {delivery::attempt_result::verdict::delivered, "written", {}}, 1ms);
  pull_metrics_.poll("state_council", "refused", 401, "token for 张三 refused");
  pull_metrics_.item("state_council", "rejected", "MISSING_FIELD");
  pull_metrics_.plugin_failed(adapter, "read_poll", CASEGW_FAILED);

  const std::string text = registry_.render();
  for (const auto& datum : reporter_data) EXPECT_EQ(text.find(datum), std::string::npos) << datum << " in\n" << text;

  const std::set<std::string> ids = {"city_portal", "hotline_12345", "yukuaiban", "state_council", "-",
                                     "workflow",    "archive",       "echo",      "throws_in_decode", "garbage_output"};
  const std::regex word("[a-z][a-z0-9_]*"), code("[A-Z][A-Z0-9_]*"), bound("[0-9.]+|\\+Inf");
  const auto samples = casegw::testing::parse_exposition(text);
  ASSERT_GT(samples.size(), 20u);
  for (const auto& s : samples)
    for (const auto& [name, value] : s.labels) {
      EXPECT_NE(value, "invalid") << s.name << "{" << name << "}: a caller passed something that is not an id";
      const bool allowed = name == "le" ? std::regex_match(value, bound)
                                        : ids.count(value) > 0 || std::regex_match(value, word) || std::regex_match(value, code);
      EXPECT_TRUE(allowed) << s.name << "{" << name << "=\"" << value << "\"}";
      if (name == "channel") EXPECT_TRUE(ids.count(value)) << s.name << " channel=" << value;
      if (name == "destination") EXPECT_TRUE(value == "workflow" || value == "archive") << s.name;
    }
  EXPECT_EQ(casegw::testing::sample_value(samples, "casegw_metrics_invalid_label_values_total"), -1) << text;
}

}  // namespace
}  // namespace casegw::admin
