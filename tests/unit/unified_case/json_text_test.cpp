#include "unified_case/json_text.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <limits>

namespace casegw::unified_case {
namespace {

TEST(ToJsonText, KeepsInsertionOrderByDefault) {
  boost::json::object o;
  o["b"] = 1;
  o["a"] = boost::json::object{{"z", true}, {"y", nullptr}};
  EXPECT_EQ(to_json_text(o), R"({"b":1,"a":{"z":true,"y":null}})");
}

TEST(ToJsonText, SortsKeysAtEveryLevelWhenAsked) {
  const auto v = boost::json::parse(R"({"b":[{"d":1,"c":2}],"a":{"z":"x","y":"w"}})");
  EXPECT_EQ(to_json_text(v, member_order::sorted_by_key), R"({"a":{"y":"w","z":"x"},"b":[{"c":2,"d":1}]})");
}

TEST(ToJsonText, WritesNumbersInShortestForm) {
  const auto v = boost::json::parse(R"([29.563, 106.577, 5.0, 1e2, -0.5, 18446744073709551615, -3])");
  EXPECT_EQ(to_json_text(v), "[29.563,106.577,5,100,-0.5,18446744073709551615,-3]");
}

TEST(ToJsonText, NonFiniteNumbersBecomeNull) {
  const boost::json::array a{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()};
  EXPECT_EQ(to_json_text(boost::json::value(a)), "[null,null]");
}

TEST(ToJsonText, EscapesStringsAndKeepsChineseAsUtf8) {
  const boost::json::object o{{"标题", "a\"b\\c\n\x01 噪音"}};
  EXPECT_EQ(to_json_text(o), "{\"标题\":\"a\\\"b\\\\c\\n\\u0001 噪音\"}");
  EXPECT_EQ(boost::json::parse(to_json_text(o)), boost::json::value(o));
}

}  // namespace
}  // namespace casegw::unified_case
