#include "routing/unit_code_check.hpp"

#include "routing/unit_directory.hpp"

namespace casegw::routing {
namespace {

using divisions::division_level;

// What a unit of each level needs, in the words of the problem message.
std::string_view wanted_code(unit_level level) {
  switch (level) {
    case unit_level::village: return "a 12-digit village code";
    case unit_level::town: return "a 9-digit town code";
    case unit_level::district: return "a 6-digit county-level code";
    case unit_level::city: return "a province (PP0000) or prefecture (PPCC00) code";
    case unit_level::department: return "a known division code for its jurisdiction";
  }
  return "";
}

bool fits(unit_level level, division_level actual) {
  switch (level) {
    case unit_level::village: return actual == division_level::village;
    case unit_level::town: return actual == division_level::town;
    case unit_level::district: return actual == division_level::county;
    case unit_level::city: return actual == division_level::province || actual == division_level::prefecture;
    case unit_level::department: return true;
  }
  return false;
}

}  // namespace

std::string unit_code_problem(unit_level level, const std::string& code, const divisions::division_directory& divisions) {
  const std::string needs = "a " + std::string(to_string(level)) + " unit needs " + std::string(wanted_code(level));
  if (!all_digits(code)) return "'" + code + "' is not a division code; " + needs;
  const auto actual = divisions.level_of(code);
  if (!actual) return "'" + code + "' is not a known division code (config/divisions); " + needs;
  if (fits(level, *actual)) return {};
  return "'" + code + "' is a " + std::string(divisions::to_string(*actual)) + " code; " + needs;
}

}  // namespace casegw::routing
