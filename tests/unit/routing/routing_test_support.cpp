#include "routing_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>

namespace casegw::routing::test {

std::shared_ptr<const divisions::division_directory> shipped_divisions() {
  static const std::shared_ptr<const divisions::division_directory> directory = [] {
    auto loaded = divisions::division_directory::load(CASEGW_SHIPPED_DIVISIONS_DIR);
    if (!loaded.directory) throw std::runtime_error("the shipped division data did not load");
    return std::make_shared<const divisions::division_directory>(std::move(*loaded.directory));
  }();
  return directory;
}

const std::string_view sample_units = R"(units:
  - {id: cq, name: 重庆市12345市级指挥中心, level: city, division_code: "500000", destination: local}
  - {id: review, name: 受理审核组, level: city, division_code: "500000", destination: review_queue, locality: false}
  - {id: scjgj, name: 重庆市市场监督管理局, level: department, division_code: "500000", destination: local}
  - {id: wanzhou, name: 万州区12345分中心, level: district, division_code: "500101", destination: local, parent: cq}
  - {id: gaosuntang, name: 高笋塘街道办事处, level: town, division_code: "500101001", destination: local}
  - {id: dongfang, name: 东方广场社区, level: village, division_code: "500101001001", destination: local}
  - {id: dazu, name: 大足区12345分中心, level: district, division_code: "500111", destination: local}
  - {id: longgang, name: 龙岗街道办事处, level: town, division_code: "500111001", destination: local}
)";

routing_files::routing_files() : dir_("casegw-routing-test") {}

routing_load_result routing_files::load(std::string_view units, std::string_view routes) const {
  std::ofstream(dir_.file("units.yaml"), std::ios::binary) << units;
  std::ofstream(dir_.file("routes.yaml"), std::ios::binary) << routes;
  return load_routing(dir_.file("units.yaml").string(), dir_.file("routes.yaml").string(), shipped_divisions(),
                      {"local", "analytics", "review_queue"}, {"city_portal", "hotline_12345", "national_regulation"});
}

std::shared_ptr<const router> routing_files::router_of(std::string_view routes, std::string_view units) const {
  routing_load_result loaded = load(units, routes);
  for (const auto& p : loaded.problems) ADD_FAILURE() << p.to_string();
  if (!loaded.router) throw std::runtime_error("the test's routing files did not load");
  return loaded.router;
}

std::vector<std::string> routing_files::problems(std::string_view units, std::string_view routes) const {
  std::vector<std::string> out;
  const std::string dir = dir_.path().string() + "/";
  for (const auto& p : load(units, routes).problems) {
    std::string text = p.to_string();
    if (text.starts_with(dir)) text = "<dir>/" + text.substr(dir.size());
    out.push_back(std::move(text));
  }
  return out;
}

boost::json::object sample_case() {
  return boost::json::object{
      {"channel", {{"id", "city_portal"}}},
      {"kind", "complaint"},
      {"title", "路灯不亮"},
      {"location", {{"region_code", "500101001001"}}},
  };
}

}  // namespace casegw::routing::test
