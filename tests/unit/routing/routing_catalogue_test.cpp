// The catalogue behind the units.yaml and routes.yaml tables of docs/config-reference.md names
// exactly the keys their loaders know (every mapping of the shipped files is read, so every
// reader reports its keys).
#include "routing/routing_catalogue.hpp"
#include "routing/routing_loader.hpp"
#include "routing_test_support.hpp"
#include "support/catalogue_difference.hpp"

#include <gtest/gtest.h>

namespace casegw::routing {
namespace {

TEST(routing_catalogue, NamesExactlyTheKeysTheLoadersKnow) {
  config::key_recorder recorder;
  const auto loaded = load_routing(CASEGW_SHIPPED_ROUTING_DIR "/units.yaml", CASEGW_SHIPPED_ROUTING_DIR "/routes.yaml",
                                   test::shipped_divisions(), {"local"}, {"city_portal"}, &recorder);
  ASSERT_TRUE(loaded.router) << "the shipped files must load";
  auto catalogue = test_support::catalogue_paths(units_catalogue());
  catalogue.merge(test_support::catalogue_paths(routes_catalogue()));
  EXPECT_EQ(test_support::catalogue_difference(catalogue, recorder.keys()), "");
}

}  // namespace
}  // namespace casegw::routing
