// Case rules for unit tests of the stages that apply them (intake, pull): the given deadline
// and evaluation policy, the SHIPPED scope rules, and a one-unit routing table sending every
// case to the city command centre on `destination` (locality first, with it as fallback).
#pragma once

#include "divisions/division_directory.hpp"
#include "intake/case_rules.hpp"
#include "intake/pipeline.hpp"
#include "routing/routing_loader.hpp"
#include "screening/scope_rules_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace casegw::intake::testing {

inline std::shared_ptr<const case_rules> test_case_rules(std::shared_ptr<const policy::case_policy> policy,
                                                         const std::vector<std::string>& channel_ids,
                                                         const std::string& destination = "workflow") {
  const std::filesystem::path source = CASEGW_SOURCE_DIR;
  const auto temp = std::filesystem::path(::testing::TempDir()) / ("case-rules-" + std::to_string(::getpid()));
  std::filesystem::create_directories(temp);
  std::ofstream(temp / "units.yaml") << "units:\n  - {id: city_centre, name: 市级指挥中心, level: city, "
                                        "division_code: \"500000\", destination: " << destination << "}\n";
  std::ofstream(temp / "routes.yaml") << "routes:\n  - {id: default, direction: bottom_up, fallback_unit: city_centre}\n";
  auto divisions = divisions::division_directory::load(source / "config" / "divisions");
  EXPECT_TRUE(divisions.directory.has_value());
  auto routing = routing::load_routing((temp / "units.yaml").string(), (temp / "routes.yaml").string(),
                                       std::make_shared<const divisions::division_directory>(std::move(*divisions.directory)),
                                       {destination}, channel_ids);
  for (const auto& p : routing.problems) ADD_FAILURE() << p.to_string();
  auto screening = screening::load_scope_rules((source / "config" / "policy" / "scope.yaml").string());
  for (const auto& p : screening.problems) ADD_FAILURE() << p.to_string();
  return std::make_shared<const case_rules>(std::move(policy), std::move(screening.screener), std::move(routing.router));
}

inline std::shared_ptr<const pipeline> test_pipeline(std::shared_ptr<const channel_registry> channels,
                                                     std::shared_ptr<const case_rules> rules) {
  return std::make_shared<const pipeline>(pipeline{std::move(channels), std::move(rules), 1, "2026-11-25T08:00:00+08:00"});
}

}  // namespace casegw::intake::testing
