#include "location_mapping.hpp"

#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::national_regulation {

namespace {
constexpr std::size_t max_address = 500;
}  // namespace

void map_location(const sdk::json::json_object& location, const sdk::host& host, sdk::case_builder& out) {
  // The national system hands a clue to the division where the subject operates; that code
  // decides which district, town or village handles it first (属地优先), so it must be one the
  // official division list knows, not merely six digits.
  std::string code = location.required_string("regionCode");
  sdk::check_region_code(host, location.path_of("regionCode"), code);
  out.region_code(std::move(code));
  location.optional_string("regionName");  // the division's name, for people reading the raw message
  if (auto address = location.optional_string("address")) {
    sdk::require_max_length(location.path_of("address"), *address, max_address);
    out.address(*std::move(address));
  }
}

}  // namespace casegw::national_regulation
