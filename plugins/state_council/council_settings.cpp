#include "council_settings.hpp"

#include "poll_request.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/region_code.hpp>

namespace casegw::state_council {

namespace {

bool is_path(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/' || path.back() == '/') return false;
  for (const char c : path)
    if (c == '?' || c == '#' || static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F) return false;
  return true;
}

std::string read_path(const sdk::host& host, const char* key) {
  std::string path(host.string(key));
  if (!is_path(path))
    throw sdk::config_error(std::string(key) + ": must start with '/', not end with '/', and hold no query, fragment or spaces");
  return path;
}

clock_start read_clock_start(const sdk::host& host) {
  const std::string_view text = host.string("clock_starts_at");
  if (text == "handover") return clock_start::handover;
  if (text == "submission") return clock_start::submission;
  throw sdk::config_error("clock_starts_at: must be handover or submission");
}

// "500000" -> "50", "500100" -> "5001", "500111" -> "500111": the zero pairs at the end of a
// province or prefecture code stand for "all of it".
std::string read_jurisdiction(const sdk::host& host) {
  std::string code(host.string("jurisdiction_code"));
  if (code.size() != 6 || !sdk::region_code_format_problem(code).empty())
    throw sdk::config_error("jurisdiction_code: must be a 6-digit division code such as 500000");
  while (code.size() > 2 && code.compare(code.size() - 2, 2, "00") == 0) code.resize(code.size() - 2);
  return code;
}

}  // namespace

council_settings council_settings::read(const sdk::host& host) {
  council_settings s;
  s.page_size = host.integer("page_size");
  if (s.page_size < 1 || s.page_size > 500) throw sdk::config_error("page_size: must be between 1 and 500");
  s.items_path = read_path(host, "items_path");
  s.feedback_path_prefix = read_path(host, "feedback_path_prefix");

  s.start_cursor = std::string(host.string("start_cursor"));
  if (!s.start_cursor.empty() && !is_valid_cursor(s.start_cursor))
    throw sdk::config_error("start_cursor: must be 1 to 512 printable ASCII characters without spaces");
  s.start_time = std::string(host.string("start_time"));
  if (!s.start_time.empty() && !sdk::iso8601_problem(s.start_time).empty())
    throw sdk::config_error("start_time: must be an ISO 8601 date-time with offset, like 2026-11-01T00:00:00+08:00");
  if (!s.start_cursor.empty() && !s.start_time.empty())
    throw sdk::config_error("start_cursor, start_time: give at most one of them");

  s.clock_starts_at = read_clock_start(host);
  s.jurisdiction_prefix = read_jurisdiction(host);
  return s;
}

}  // namespace casegw::state_council
