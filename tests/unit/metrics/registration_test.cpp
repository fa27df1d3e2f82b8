#include "metrics/registry.hpp"

#include <gtest/gtest.h>

namespace casegw::metrics {
namespace {

TEST(Registration, InvalidMetricNamesAreRefused) {
  registry metrics;
  EXPECT_THROW(metrics.add_counter("", "h"), std::invalid_argument);
  EXPECT_THROW(metrics.add_counter("1_total", "h"), std::invalid_argument);
  EXPECT_THROW(metrics.add_gauge("casegw-backlog", "h"), std::invalid_argument);
  EXPECT_THROW(metrics.add_histogram("latency seconds", "h"), std::invalid_argument);
  EXPECT_THROW(metrics.add_callback_gauge("案件", "h", [] { return 1.0; }), std::invalid_argument);
}

TEST(Registration, InvalidLabelNamesAreRefused) {
  registry metrics;
  EXPECT_THROW(metrics.add_counter("a_total", "h", {"__reserved"}), std::invalid_argument);
  EXPECT_THROW(metrics.add_counter("b_total", "h", {"error-code"}), std::invalid_argument);
  EXPECT_THROW(metrics.add_counter("c_total", "h", {"channel", "channel"}), std::invalid_argument);
  EXPECT_THROW(metrics.add_counter("d_total", "h", {"a", "b", "c", "d", "e", "f", "g", "h", "i"}),
               std::invalid_argument);
}

TEST(Registration, DuplicateNamesAreRefused) {
  registry metrics;
  metrics.add_counter("casegw_x_total", "x");
  EXPECT_THROW(metrics.add_counter("casegw_x_total", "again"), std::invalid_argument);
  EXPECT_THROW(metrics.add_gauge("casegw_x_total", "other type"), std::invalid_argument);
  EXPECT_THROW(metrics.add_counter(std::string(invalid_label_values_metric), "self"), std::invalid_argument);
}

TEST(Registration, HistogramSampleNamesCollideWithOtherFamilies) {
  registry metrics;
  metrics.add_histogram("casegw_latency_seconds", "h");
  EXPECT_THROW(metrics.add_counter("casegw_latency_seconds_count", "c"), std::invalid_argument);
  metrics.add_gauge("casegw_other_sum", "g");
  EXPECT_THROW(metrics.add_histogram("casegw_other", "h"), std::invalid_argument);
}

TEST(Registration, RefusedRegistrationLeavesNoTrace) {
  registry metrics;
  EXPECT_THROW(metrics.add_counter("casegw_y_total", "y", {"bad-label"}), std::invalid_argument);
  EXPECT_EQ(metrics.render().find("casegw_y_total"), std::string::npos);
  EXPECT_NO_THROW(metrics.add_counter("casegw_y_total", "y", {"good_label"}));
}

}  // namespace
}  // namespace casegw::metrics
