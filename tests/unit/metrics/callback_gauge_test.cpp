#include "metrics/registry.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

namespace casegw::metrics {
namespace {

TEST(CallbackGauge, EvaluatedAtRenderTime) {
  registry metrics;
  int calls = 0;
  double backlog = 7;
  metrics.add_callback_gauge("casegw_outbox_backlog", "Items waiting in the outbox.", {"destination"}, [&] {
    ++calls;
    return std::vector<gauge_sample>{{{"sink-b"}, backlog * 2}, {{"sink-a"}, backlog}};
  });
  EXPECT_EQ(calls, 0);
  EXPECT_NE(metrics.render().find("casegw_outbox_backlog{destination=\"sink-a\"} 7\n"
                                  "casegw_outbox_backlog{destination=\"sink-b\"} 14\n"),
            std::string::npos);
  backlog = 1;
  const std::string text = metrics.render();
  EXPECT_EQ(calls, 2);
  EXPECT_NE(text.find("casegw_outbox_backlog{destination=\"sink-a\"} 1\n"), std::string::npos) << text;
}

TEST(CallbackGauge, UnlabelledOverload) {
  registry metrics;
  double age = 12.5;
  metrics.add_callback_gauge("casegw_outbox_oldest_age_seconds", "Age of the oldest item.", [&] { return age; });
  EXPECT_NE(metrics.render().find("\ncasegw_outbox_oldest_age_seconds 12.5\n"), std::string::npos);
  age = 0;
  EXPECT_NE(metrics.render().find("\ncasegw_outbox_oldest_age_seconds 0\n"), std::string::npos);
}

TEST(CallbackGauge, LabelValuesAreGuardedAndCountedInTheSameScrape) {
  registry metrics;
  metrics.add_callback_gauge("casegw_g", "g", {"unit"}, [] {
    return std::vector<gauge_sample>{{{"渝中区解放碑街道"}, 1}};
  });
  const std::string text = metrics.render();
  EXPECT_EQ(text.find("渝中区"), std::string::npos);
  EXPECT_NE(text.find("casegw_g{unit=\"invalid\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("casegw_metrics_invalid_label_values_total{metric=\"casegw_g\"} 1\n"), std::string::npos)
      << text;
}

TEST(CallbackGauge, FailingOrMalformedSamplerDoesNotBreakTheScrape) {
  registry metrics;
  metrics.add_callback_gauge("casegw_broken", "b", {"d"}, []() -> std::vector<gauge_sample> {
    throw std::runtime_error("store busy");
  });
  metrics.add_callback_gauge("casegw_wrong_arity", "w", {"d"}, [] {
    return std::vector<gauge_sample>{{{"a", "b"}, 1}, {{"ok"}, 2}};
  });
  metrics.add_counter("casegw_z_total", "z").with_labels({}).inc();
  std::string text;
  ASSERT_NO_THROW(text = metrics.render());
  EXPECT_NE(text.find("# TYPE casegw_broken gauge\n# HELP"), std::string::npos) << text;
  EXPECT_NE(text.find("casegw_wrong_arity{d=\"ok\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("casegw_z_total 1\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace casegw::metrics
