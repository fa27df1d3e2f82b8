#include "location_mapping.hpp"

#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace casegw::hotline_12345 {

namespace {

constexpr std::size_t max_address = 500;

// One level of the cascade: its element and the length its code must have.
struct level {
  std::string_view element;
  std::size_t digits;
};
constexpr std::array<level, 3> levels{{{"districtCode", 6}, {"townCode", 9}, {"villageCode", 12}}};

bool names_a_place(const wire_element& location) {
  for (const auto& l : levels)
    if (location.has(l.element)) return true;
  return false;
}

std::string read_code(const wire_element& location, const level& l) {
  std::string code = location.required_text(l.element);
  const std::string path = location.field_path(l.element);
  if (const auto problem = sdk::region_code_format_problem(code); !problem.empty())
    throw sdk::invalid_region_code(path, problem);
  if (code.size() != l.digits)
    throw sdk::invalid_region_code(path, "must have " + std::to_string(l.digits) + " digits at this level");
  return code;
}

// The codes nest (a town's first 6 digits are its district), so a town outside the district
// the call centre picked is a contradiction the workflow could only route wrongly.
void require_inside(const wire_element& location, std::string_view element, const std::string& code,
                    const std::string& outer, std::string_view outer_element) {
  if (code.compare(0, outer.size(), outer) != 0)
    throw sdk::invalid_region_code(location.field_path(element),
                                   "does not lie inside " + location.field_path(outer_element));
}

// The most precise code the work order gives, each level checked against the one above.
std::pair<std::string, std::string> most_precise_code(const wire_element& location) {
  std::string code = read_code(location, levels[0]);
  std::string path = location.field_path(levels[0].element);
  std::string_view enclosing = levels[0].element;
  for (std::size_t i = 1; i < levels.size(); ++i) {
    if (!location.has(levels[i].element)) continue;
    std::string inner = read_code(location, levels[i]);
    require_inside(location, levels[i].element, inner, code, enclosing);
    code = std::move(inner);
    path = location.field_path(levels[i].element);
    enclosing = levels[i].element;
  }
  return {std::move(code), std::move(path)};
}

// 属地优先: the region decides which district, town or village handles the case first, so a
// work order without one is only accepted when the operator named where such orders go.
void map_region(const wire_element& order, const std::optional<wire_element>& location, const sdk::host& host,
                const hotline_settings& settings, sdk::case_builder& out) {
  if (!location || !names_a_place(*location)) {
    if (settings.default_region_code.empty())
      throw sdk::missing_field(location ? location->field_path("districtCode") : order.field_path("location"));
    out.region_code(settings.default_region_code);
    return;
  }
  auto [code, path] = most_precise_code(*location);
  sdk::check_region_code(host, path, code);
  out.region_code(std::move(code));
}

}  // namespace

void map_location(const wire_element& order, const sdk::host& host, const hotline_settings& settings,
                  sdk::case_builder& out) {
  const std::optional<wire_element> location = order.optional_group("location");
  map_region(order, location, host, settings, out);
  if (!location) return;
  if (auto address = location->optional_text("address")) {
    sdk::require_max_length(location->field_path("address"), *address, max_address);
    out.address(*std::move(address));
  }
}

}  // namespace casegw::hotline_12345
