#include "net/header_field_safety.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::net {

bool header_field_is_clean(const http_header& field) noexcept {
  const auto unsafe = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
  return !field.name.empty() && std::none_of(field.name.begin(), field.name.end(), unsafe) &&
         std::none_of(field.value.begin(), field.value.end(), unsafe);
}

bool header_field_is_one_of(const http_header& field, std::initializer_list<std::string_view> names) noexcept {
  return std::any_of(names.begin(), names.end(), [&](std::string_view name) {
    return name.size() == field.name.size() &&
           std::equal(name.begin(), name.end(), field.name.begin(),
                      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
  });
}

}  // namespace casegw::net
