#include "intake/intake_route.hpp"

#include <gtest/gtest.h>

namespace casegw::intake {

TEST(IntakeRoute, ExtractsTheChannelId) {
  EXPECT_EQ(channel_of_intake_path("/v1/channels/city_portal/cases"), "city_portal");
}

TEST(IntakeRoute, RefusesOtherPaths) {
  EXPECT_FALSE(channel_of_intake_path("/v1/channels//cases"));
  EXPECT_FALSE(channel_of_intake_path("/v1/channels/a/b/cases"));
  EXPECT_FALSE(channel_of_intake_path("/v1/channels/city_portal"));
  EXPECT_FALSE(channel_of_intake_path("/v2/channels/city_portal/cases"));
  EXPECT_FALSE(channel_of_intake_path("/"));
}

}  // namespace casegw::intake
