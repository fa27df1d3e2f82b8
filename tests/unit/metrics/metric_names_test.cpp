#include "metrics/metric_names.hpp"

#include <gtest/gtest.h>

namespace casegw::metrics {
namespace {

TEST(MetricNames, PrometheusMetricNameRules) {
  EXPECT_TRUE(is_valid_metric_name("casegw_cases_received_total"));
  EXPECT_TRUE(is_valid_metric_name("_private"));
  EXPECT_TRUE(is_valid_metric_name("job:rate5m"));
  EXPECT_TRUE(is_valid_metric_name("a1"));
  EXPECT_FALSE(is_valid_metric_name(""));
  EXPECT_FALSE(is_valid_metric_name("1abc"));
  EXPECT_FALSE(is_valid_metric_name("has-dash"));
  EXPECT_FALSE(is_valid_metric_name("has space"));
  EXPECT_FALSE(is_valid_metric_name("案件_total"));
}

TEST(MetricNames, PrometheusLabelNameRules) {
  EXPECT_TRUE(is_valid_label_name("channel"));
  EXPECT_TRUE(is_valid_label_name("_x1"));
  EXPECT_FALSE(is_valid_label_name(""));
  EXPECT_FALSE(is_valid_label_name("__name__"));
  EXPECT_FALSE(is_valid_label_name("a:b"));
  EXPECT_FALSE(is_valid_label_name("9lives"));
  EXPECT_FALSE(is_valid_label_name("error-code"));
}

}  // namespace
}  // namespace casegw::metrics
