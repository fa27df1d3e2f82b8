// What the routing tests share: the shipped division data (loaded once), routing files written
// to a temp dir and loaded, and a small unified case to route.
#pragma once

#include "routing/routing_loader.hpp"
#include "support/temp_dir.hpp"

#include <boost/json/object.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::routing::test {

std::shared_ptr<const divisions::division_directory> shipped_divisions();

// A small unit directory over real Chongqing codes, for the behaviour tests:
//   cq (city 500000), review (city 500000, locality false), scjgj (department 500000),
//   wanzhou (district 500101), gaosuntang (town 500101001), dongfang (village 500101001001),
//   dazu (district 500111), longgang (town 500111001).
extern const std::string_view sample_units;

class routing_files {
 public:
  routing_files();
  // Writes units.yaml and routes.yaml and loads them with destinations {local, analytics,
  // review_queue} and channels {city_portal, hotline_12345, national_regulation}.
  routing_load_result load(std::string_view units, std::string_view routes) const;
  // load() that must succeed.
  std::shared_ptr<const router> router_of(std::string_view routes, std::string_view units = sample_units) const;
  // Every problem of load() as text, the temp dir written "<dir>".
  std::vector<std::string> problems(std::string_view units, std::string_view routes) const;

 private:
  test_support::temp_dir dir_;
};

// A complaint from city_portal about 500101001001 (东方广场社区), titled "路灯不亮"; no handling,
// no scope group.
boost::json::object sample_case();

}  // namespace casegw::routing::test
