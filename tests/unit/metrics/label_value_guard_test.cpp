#include "metrics/label_value_guard.hpp"
#include "metrics/registry.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::metrics {
namespace {

TEST(LabelValues, IdentifierAlphabetIsAllowed) {
  EXPECT_TRUE(is_allowed_label_value("city_portal"));
  EXPECT_TRUE(is_allowed_label_value("E1001"));
  EXPECT_TRUE(is_allowed_label_value("500103001001"));
  EXPECT_TRUE(is_allowed_label_value("dest-a.sink:8080"));
  EXPECT_TRUE(is_allowed_label_value(std::string(64, 'a')));
}

TEST(LabelValues, FreeTextIsRefused) {
  EXPECT_FALSE(is_allowed_label_value(""));
  EXPECT_FALSE(is_allowed_label_value(std::string(65, 'a')));
  EXPECT_FALSE(is_allowed_label_value("张三"));
  EXPECT_FALSE(is_allowed_label_value("138 0013 8000"));
  EXPECT_FALSE(is_allowed_label_value("+8613800138000"));
  EXPECT_FALSE(is_allowed_label_value("a@b.cn"));
  EXPECT_FALSE(is_allowed_label_value("quote\"d"));
  EXPECT_FALSE(is_allowed_label_value("line\nbreak"));
}

TEST(LabelValues, ChineseTextOrSpacesBecomeInvalidAndAreCounted) {
  registry metrics;
  auto& received = metrics.add_counter("casegw_cases_received_total", "Cases received.", {"channel"});
  received.with_labels({"小区门口噪音扰民"}).inc();
  received.with_labels({"city portal"}).inc(2);
  received.with_labels({"city_portal"}).inc();

  const std::string text = metrics.render();
  EXPECT_EQ(text.find("小区"), std::string::npos);
  EXPECT_EQ(text.find("city portal"), std::string::npos);
  EXPECT_NE(text.find("casegw_cases_received_total{channel=\"invalid\"} 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("casegw_cases_received_total{channel=\"city_portal\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("casegw_metrics_invalid_label_values_total{metric=\"casegw_cases_received_total\"} 2\n"),
            std::string::npos)
      << text;
}

TEST(LabelValues, GuardWithoutCounterOnlyReplaces) {
  const label_value_guard guard;
  EXPECT_EQ(guard.admit("ok"), "ok");
  EXPECT_EQ(guard.admit("王 五"), invalid_label_value);
}

}  // namespace
}  // namespace casegw::metrics
