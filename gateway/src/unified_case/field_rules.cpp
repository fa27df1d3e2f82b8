#include "unified_case/field_rules.hpp"

#include "unified_case/utf8.hpp"

#include <boost/json/object.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace casegw::unified_case::rules {
namespace {

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

std::optional<validation_error> not_a(const std::string& field, std::string_view what) {
  return make_error(error_code::invalid_field, field, "must be " + std::string(what));
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The path of a member. Keys come from the plugin's output and are echoed in messages, so a key
// that does not look like a field name (e.g. a phone number used as a key) is shown as "?".
std::string member_path(const std::string& parent, std::string_view key) {
  const bool looks_like_field = !key.empty() && key.size() <= 64 && is_ascii_letter(key.front()) &&
                                std::all_of(key.begin(), key.end(), [](char c) {
                                  return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
                                });
  const std::string name = looks_like_field ? std::string(key) : std::string("?");
  return parent.empty() ? name : parent + "." + name;
}

std::optional<validation_error> first_unknown_key(const boost::json::object& object, const std::string& field,
                                                  const std::vector<field_rule>& fields) {
  for (const auto& member : object) {
    const auto known = std::any_of(fields.begin(), fields.end(), [&](const field_rule& rule) { return rule.key == member.key(); });
    if (known) continue;
    std::vector<std::string_view> allowed;
    for (const auto& rule : fields) allowed.push_back(rule.key);
    return make_error(error_code::unknown_field, member_path(field, member.key()),
                      "is not a field of the unified case here; allowed: " + join(allowed));
  }
  return std::nullopt;
}

}  // namespace

validation_error make_error(std::string_view code, const std::string& field, std::string message) {
  return validation_error{std::string(code), field, std::move(message)};
}

value_check text(std::size_t min_code_points, std::size_t max_code_points) {
  return [=](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (!value.is_string()) return not_a(field, "a string");
    const std::size_t length = count_code_points(value.get_string());
    if (length >= min_code_points && length <= max_code_points) return std::nullopt;
    return not_a(field, "a string of " + std::to_string(min_code_points) + " to " + std::to_string(max_code_points) +
                            " characters");
  };
}

value_check text_matching(bool (*matches)(std::string_view), std::string expectation) {
  return [=](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (!value.is_string()) return not_a(field, "a string");
    if (matches(value.get_string())) return std::nullopt;
    return not_a(field, expectation);
  };
}

namespace {

// The words must outlive the check: string literals, or a vocabulary's static lists.
value_check one_of_words(std::vector<std::string_view> words) {
  return [words = std::move(words)](const boost::json::value& value,
                                    const std::string& field) -> std::optional<validation_error> {
    const bool found = value.is_string() && std::find(words.begin(), words.end(), value.get_string()) != words.end();
    if (found) return std::nullopt;
    return not_a(field, "one of " + join(words));
  };
}

}  // namespace

value_check one_of(const std::vector<std::string>& allowed) {
  return one_of_words(std::vector<std::string_view>(allowed.begin(), allowed.end()));
}

value_check one_of(std::initializer_list<std::string_view> allowed) {
  return one_of_words(std::vector<std::string_view>(allowed));
}

value_check boolean() {
  return [](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (value.is_bool()) return std::nullopt;
    return not_a(field, "true or false");
  };
}

value_check number_between(double min, double max) {
  return [=](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    const auto describe = [&] {
      char text[96];
      std::snprintf(text, sizeof text, "a number from %g to %g", min, max);
      return std::string(text);
    };
    if (!value.is_number()) return not_a(field, describe());
    const double number = value.to_number<double>();
    if (std::isfinite(number) && number >= min && number <= max) return std::nullopt;
    return not_a(field, describe());
  };
}

value_check non_negative_integer() {
  return [](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (value.is_uint64() || (value.is_int64() && value.get_int64() >= 0)) return std::nullopt;
    return not_a(field, "a whole number of at least 0");
  };
}

value_check object_of(std::vector<field_rule> fields, std::size_t min_properties) {
  return [=](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (!value.is_object()) return not_a(field, "an object");
    const boost::json::object& object = value.get_object();
    if (auto unknown = first_unknown_key(object, field, fields)) return unknown;
    for (const auto& rule : fields) {
      const std::string path = member_path(field, rule.key);
      const auto* member = object.if_contains(rule.key);
      if (member == nullptr) {
        if (rule.presence == presence::required) {
          return make_error(error_code::missing_field, path, "is required");
        }
        continue;
      }
      if (auto error = rule.check(*member, path)) return error;
    }
    if (object.size() < min_properties) {
      return not_a(field, "an object with at least " + std::to_string(min_properties) + " field(s)");
    }
    return std::nullopt;
  };
}

value_check array_of(std::size_t max_items, value_check item) {
  return [=](const boost::json::value& value, const std::string& field) -> std::optional<validation_error> {
    if (!value.is_array()) return not_a(field, "an array");
    const auto& array = value.get_array();
    if (array.size() > max_items) return not_a(field, "an array of at most " + std::to_string(max_items) + " items");
    for (std::size_t i = 0; i < array.size(); ++i) {
      if (auto error = item(array[i], field + "[" + std::to_string(i) + "]")) return error;
    }
    return std::nullopt;
  };
}

}  // namespace casegw::unified_case::rules
