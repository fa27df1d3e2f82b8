#include "admin/query_string.hpp"

#include <gtest/gtest.h>

namespace casegw::admin {

TEST(QueryString, FindsAndDecodesAParameter) {
  EXPECT_EQ(query_parameter("/x?channel=city_portal&case_ref=CP%2F2026%3A1", "case_ref"), "CP/2026:1");
  EXPECT_EQ(query_parameter("/x?channel=city_portal&case_ref=a", "channel"), "city_portal");
}

TEST(QueryString, AbsentOrMalformedIsNullopt) {
  EXPECT_FALSE(query_parameter("/x", "channel"));
  EXPECT_FALSE(query_parameter("/x?other=1", "channel"));
  EXPECT_FALSE(query_parameter("/x?channel=%G1", "channel"));
  EXPECT_FALSE(query_parameter("/x?channel=%4", "channel"));
}

TEST(QueryString, EmptyValueIsEmpty) { EXPECT_EQ(query_parameter("/x?channel=", "channel"), ""); }

}  // namespace casegw::admin
