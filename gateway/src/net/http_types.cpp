#include "net/http_types.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::net {
namespace {

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string_view http_request_head::header(std::string_view name) const noexcept {
  for (const auto& field : headers) {
    if (equals_ignoring_ascii_case(field.name, name)) return field.value;
  }
  return {};
}

std::string_view http_request_head::path() const noexcept {
  std::string_view whole = target;
  return whole.substr(0, whole.find('?'));
}

}  // namespace casegw::net
