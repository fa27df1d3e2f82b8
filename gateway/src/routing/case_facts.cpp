#include "routing/case_facts.hpp"

#include <initializer_list>
#include <string_view>

namespace casegw::routing {
namespace {

// The value at a path of nested objects, or nullptr when any step is missing or not an object.
const boost::json::value* value_at(const boost::json::object& root, std::initializer_list<std::string_view> path) {
  const boost::json::object* object = &root;
  const boost::json::value* value = nullptr;
  for (std::string_view step : path) {
    if (object == nullptr) return nullptr;
    value = object->if_contains(step);
    if (value == nullptr) return nullptr;
    object = value->if_object();
  }
  return value;
}

std::string text_at(const boost::json::object& root, std::initializer_list<std::string_view> path) {
  const boost::json::value* value = value_at(root, path);
  if (value == nullptr || !value->is_string()) return {};
  return std::string(value->get_string());
}

bool true_at(const boost::json::object& root, std::initializer_list<std::string_view> path) {
  const boost::json::value* value = value_at(root, path);
  return value != nullptr && value->is_bool() && value->get_bool();
}

}  // namespace

case_facts::case_facts(const boost::json::object& c) {
  auto set = [this](case_fact fact, std::string value) { values_[static_cast<std::size_t>(fact)] = std::move(value); };
  set(case_fact::channel, text_at(c, {"channel", "id"}));
  set(case_fact::kind, text_at(c, {"kind"}));
  set(case_fact::handling_class, text_at(c, {"handling", "class"}));
  set(case_fact::domain, text_at(c, {"domain"}));
  set(case_fact::category_code, text_at(c, {"category", "code"}));
  set(case_fact::region_code, text_at(c, {"location", "region_code"}));
  // Before the scope stage has run, a case has not been doubted: in scope.
  std::string scope = text_at(c, {"scope", "assessment"});
  set(case_fact::scope, scope.empty() ? "in_scope" : std::move(scope));
  set(case_fact::exclusion_code, text_at(c, {"scope", "exclusion_code"}));
  const bool urgent = true_at(c, {"scope", "urgent"}) || true_at(c, {"handling", "urgent"});
  set(case_fact::urgent, urgent ? "true" : "false");
  set(case_fact::title, text_at(c, {"title"}));
}

}  // namespace casegw::routing
