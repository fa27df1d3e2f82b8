#include "metrics/text_format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace casegw::metrics {
namespace {

TEST(TextFormat, LabelValuesEscapeBackslashQuoteAndNewline) {
  EXPECT_EQ(escape_label_value(R"(a\b"c)" "\n" "d"), R"(a\\b\"c\nd)");
  EXPECT_EQ(escape_label_value("plain"), "plain");
}

TEST(TextFormat, HelpEscapesBackslashAndNewlineButNotQuotes) {
  EXPECT_EQ(escape_help_text("a\\b \"q\"\nnext"), "a\\\\b \"q\"\\nnext");
}

TEST(TextFormat, ValuesInPrometheusSpelling) {
  EXPECT_EQ(format_value(0.005), "0.005");
  EXPECT_EQ(format_value(10.0), "10");
  EXPECT_EQ(format_value(-1.5), "-1.5");
  EXPECT_EQ(format_value(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(format_value(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(format_value(std::nan("")), "NaN");
  EXPECT_EQ(format_value(std::uint64_t{18446744073709551615u}), "18446744073709551615");
}

TEST(TextFormat, SampleLineWithEscapedLabels) {
  const std::vector<std::string> names{"a", "b"};
  const std::vector<std::string> values{"x\"y", "z"};
  std::string out;
  append_sample(out, "m", names, values, {"le", "+Inf"}, "1");
  EXPECT_EQ(out, "m{a=\"x\\\"y\",b=\"z\",le=\"+Inf\"} 1\n");
}

TEST(TextFormat, SampleLineWithoutLabelsHasNoBraces) {
  std::string out;
  append_sample(out, "m", {}, {}, {}, "2");
  EXPECT_EQ(out, "m 2\n");
}

}  // namespace
}  // namespace casegw::metrics
