// The few fields of a unified case that route rules look at, read once per case. Everything
// else of the case (content, reporter) never reaches the router's messages.
#pragma once

#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <string>

namespace casegw::routing {

enum class case_fact : std::size_t {
  channel,         // channel.id
  kind,            // kind
  handling_class,  // handling.class
  domain,          // domain
  category_code,   // category.code
  region_code,     // location.region_code
  scope,           // scope.assessment; "in_scope" when the case has no scope group yet
  exclusion_code,  // scope.exclusion_code
  urgent,          // "true" when scope.urgent or handling.urgent is true, else "false"
  title,           // title (matched by keywords; never quoted in a message)
  count_
};

class case_facts {
 public:
  explicit case_facts(const boost::json::object& unified_case);

  // "" when the case does not have the field.
  const std::string& operator[](case_fact fact) const { return values_[static_cast<std::size_t>(fact)]; }

 private:
  std::array<std::string, static_cast<std::size_t>(case_fact::count_)> values_;
};

}  // namespace casegw::routing
