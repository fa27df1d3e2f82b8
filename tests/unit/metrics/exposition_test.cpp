// The exact text a scraper sees, for one family of each type with labels.
#include "metrics/registry.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::metrics {
namespace {

TEST(Exposition, ExactTextForCounterGaugeAndHistogramWithLabels) {
  registry metrics;
  auto& received = metrics.add_counter("casegw_cases_received_total", "Cases received, by channel and outcome.",
                                       {"channel", "outcome"});
  auto& inflight = metrics.add_gauge("casegw_inflight_requests", "Requests being handled.", {"channel"});
  auto& latency = metrics.add_histogram("casegw_request_duration_seconds", "Intake request latency.",
                                        {"channel"}, {0.1, 1});

  received.with_labels({"wechat", "accepted"}).inc(3);
  received.with_labels({"city_portal", "rejected"}).inc();
  received.with_labels({"city_portal", "accepted"}).inc(2);
  inflight.with_labels({"city_portal"}).set(4);
  inflight.with_labels({"city_portal"}).add(-1.5);
  latency.with_labels({"city_portal"}).observe(0.05);
  latency.with_labels({"city_portal"}).observe(0.5);
  latency.with_labels({"city_portal"}).observe(3);

  EXPECT_EQ(metrics.render(),
            "# HELP casegw_cases_received_total Cases received, by channel and outcome.\n"
            "# TYPE casegw_cases_received_total counter\n"
            "casegw_cases_received_total{channel=\"city_portal\",outcome=\"accepted\"} 2\n"
            "casegw_cases_received_total{channel=\"city_portal\",outcome=\"rejected\"} 1\n"
            "casegw_cases_received_total{channel=\"wechat\",outcome=\"accepted\"} 3\n"
            "# HELP casegw_inflight_requests Requests being handled.\n"
            "# TYPE casegw_inflight_requests gauge\n"
            "casegw_inflight_requests{channel=\"city_portal\"} 2.5\n"
            "# HELP casegw_metrics_invalid_label_values_total Label values replaced by \"invalid\" because they "
            "were not [A-Za-z0-9_.:-]{1,64}, by metric.\n"
            "# TYPE casegw_metrics_invalid_label_values_total counter\n"
            "# HELP casegw_request_duration_seconds Intake request latency.\n"
            "# TYPE casegw_request_duration_seconds histogram\n"
            "casegw_request_duration_seconds_bucket{channel=\"city_portal\",le=\"0.1\"} 1\n"
            "casegw_request_duration_seconds_bucket{channel=\"city_portal\",le=\"1\"} 2\n"
            "casegw_request_duration_seconds_bucket{channel=\"city_portal\",le=\"+Inf\"} 3\n"
            "casegw_request_duration_seconds_sum{channel=\"city_portal\"} 3.55\n"
            "casegw_request_duration_seconds_count{channel=\"city_portal\"} 3\n");
}

TEST(Exposition, UnlabelledFamiliesAndEscapedHelp) {
  registry metrics;
  metrics.add_counter("casegw_dead_letters_total", "Dead letters.\nSee docs\\operations.md").with_labels({}).inc();
  const std::string text = metrics.render();
  EXPECT_NE(text.find("# HELP casegw_dead_letters_total Dead letters.\\nSee docs\\\\operations.md\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\ncasegw_dead_letters_total 1\n"), std::string::npos) << text;
}

TEST(Exposition, ChildrenAreCachedAndReferencesStable) {
  registry metrics;
  auto& family = metrics.add_counter("casegw_x_total", "x", {"destination"});
  counter& first = family.with_labels({"sink-a"});
  for (int i = 0; i < 100; ++i) family.with_labels({"other" + std::to_string(i)});
  EXPECT_EQ(&first, &family.with_labels({"sink-a"}));
}

TEST(Exposition, WrongNumberOfLabelValuesIsAProgrammingError) {
  registry metrics;
  auto& family = metrics.add_counter("casegw_x_total", "x", {"channel", "code"});
  EXPECT_THROW(family.with_labels({"only_one"}), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::metrics
