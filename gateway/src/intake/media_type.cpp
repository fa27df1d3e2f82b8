#include "intake/media_type.hpp"

#include "charset/charset_name.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::intake {
namespace {

bool is_token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_token_char); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view unquote(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return v.substr(1, v.size() - 2);
  return v;
}

}  // namespace

std::string canonical_charset(std::string_view charset) {
  const auto known = charset::canonical(charset);
  if (known != charset::charset_name::unknown) return std::string(charset::name_of(known));
  return lower(charset);
}

std::optional<media_type> parse_media_type(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  const auto essence = trim(content_type.substr(0, semicolon));
  const auto slash = essence.find('/');
  if (slash == std::string_view::npos || !is_token(essence.substr(0, slash)) || !is_token(essence.substr(slash + 1)))
    return std::nullopt;

  media_type out{lower(essence), ""};
  std::string_view rest = semicolon == std::string_view::npos ? std::string_view{} : content_type.substr(semicolon + 1);
  while (!trim(rest).empty()) {
    const auto next = rest.find(';');
    const auto parameter = trim(rest.substr(0, next));
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
    const auto equals = parameter.find('=');
    if (equals == std::string_view::npos || !is_token(parameter.substr(0, equals))) return std::nullopt;
    if (lower(parameter.substr(0, equals)) == "charset")
      out.charset = canonical_charset(unquote(parameter.substr(equals + 1)));
  }
  return out;
}

}  // namespace casegw::intake
