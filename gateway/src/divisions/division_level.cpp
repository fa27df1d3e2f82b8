#include "divisions/division_level.hpp"

namespace casegw::divisions {

std::string_view to_string(division_level level) noexcept {
  switch (level) {
    case division_level::province: return "province";
    case division_level::prefecture: return "prefecture";
    case division_level::county: return "county";
    case division_level::town: return "town";
    case division_level::village: return "village";
  }
  return "unknown";
}

}  // namespace casegw::divisions
