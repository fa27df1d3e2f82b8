#include "metrics/histogram.hpp"
#include "metrics/registry.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace casegw::metrics {
namespace {

TEST(Histogram, BucketsAreCumulativeAndUpperBoundInclusive) {
  const std::vector<double> bounds{1, 2, 5};
  histogram h(bounds);
  for (const double v : {0.5, 1.0, 1.5, 2.0, 4.0, 7.0, 100.0}) h.observe(v);
  const auto snap = h.take_snapshot();
  EXPECT_EQ(snap.cumulative_counts, (std::vector<std::uint64_t>{2, 4, 5, 7}));
  EXPECT_DOUBLE_EQ(snap.sum, 116.0);
}

TEST(Histogram, CumulativeCountsNeverDecrease) {
  const auto bounds = default_latency_buckets();
  histogram h(bounds);
  for (int i = 0; i < 1000; ++i) h.observe(i * 0.013);
  const auto snap = h.take_snapshot();
  for (std::size_t i = 1; i < snap.cumulative_counts.size(); ++i)
    EXPECT_LE(snap.cumulative_counts[i - 1], snap.cumulative_counts[i]);
  EXPECT_EQ(snap.cumulative_counts.back(), 1000u);
}

TEST(Histogram, NanOnlyCountsInTheInfBucket) {
  const std::vector<double> bounds{1};
  histogram h(bounds);
  h.observe(std::nan(""));
  EXPECT_EQ(h.take_snapshot().cumulative_counts, (std::vector<std::uint64_t>{0, 1}));
}

TEST(Histogram, DefaultLatencyBucketsSpan5msTo10s) {
  const auto bounds = default_latency_buckets();
  ASSERT_FALSE(bounds.empty());
  EXPECT_DOUBLE_EQ(bounds.front(), 0.005);
  EXPECT_DOUBLE_EQ(bounds.back(), 10.0);
}

TEST(Histogram, BadBoundsAndLeLabelAreRefused) {
  registry metrics;
  EXPECT_THROW(metrics.add_histogram("h1", "h", {}, {1, 1}), std::invalid_argument);
  EXPECT_THROW(metrics.add_histogram("h2", "h", {}, {2, 1}), std::invalid_argument);
  EXPECT_THROW(metrics.add_histogram("h3", "h", {}, {std::nan("")}), std::invalid_argument);
  EXPECT_THROW(metrics.add_histogram("h4", "h", {"le"}), std::invalid_argument);
  const auto& trailing_inf =
      metrics.add_histogram("h5", "h", {}, {1, std::numeric_limits<double>::infinity()});
  EXPECT_EQ(trailing_inf.upper_bounds(), (std::vector<double>{1}));
}

TEST(Histogram, RenderCountEqualsInfBucket) {
  registry metrics;
  auto& h = metrics.add_histogram("casegw_h_seconds", "h", {}, {0.5});
  h.with_labels({}).observe(0.25);
  h.with_labels({}).observe(0.75);
  const std::string text = metrics.render();
  EXPECT_NE(text.find("casegw_h_seconds_bucket{le=\"0.5\"} 1\n"
                      "casegw_h_seconds_bucket{le=\"+Inf\"} 2\n"
                      "casegw_h_seconds_sum 1\n"
                      "casegw_h_seconds_count 2\n"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace casegw::metrics
