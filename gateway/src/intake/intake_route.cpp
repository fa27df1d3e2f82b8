#include "intake/intake_route.hpp"

namespace casegw::intake {

std::optional<std::string_view> channel_of_intake_path(std::string_view path) {
  constexpr std::string_view prefix = "/v1/channels/";
  constexpr std::string_view suffix = "/cases";
  if (!path.starts_with(prefix) || !path.ends_with(suffix)) return std::nullopt;
  if (path.size() <= prefix.size() + suffix.size()) return std::nullopt;
  const auto id = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  if (id.find('/') != std::string_view::npos) return std::nullopt;
  return id;
}

}  // namespace casegw::intake
