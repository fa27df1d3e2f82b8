#include "net/header_block_scan.hpp"

namespace casegw::net {
namespace {

constexpr std::string_view crlf = "\r\n";
constexpr std::string_view end_of_header = "\r\n\r\n";

bool has_bare_line_feed(std::string_view bytes) noexcept {
  for (std::size_t at = bytes.find('\n'); at != std::string_view::npos; at = bytes.find('\n', at + 1)) {
    if (at == 0 || bytes[at - 1] != '\r') return true;
  }
  return false;
}

// `lines` is the header block without its final CRLF: the request line and the field lines,
// each ending in CRLF.
bool has_obs_fold(std::string_view lines) noexcept {
  for (std::size_t at = lines.find(crlf); at != std::string_view::npos; at = lines.find(crlf, at + 2)) {
    const std::size_t next = at + crlf.size();
    if (next < lines.size() && (lines[next] == ' ' || lines[next] == '\t')) return true;
  }
  return false;
}

std::size_t count_field_lines(std::string_view lines) noexcept {
  std::size_t line_ends = 0;
  for (std::size_t at = lines.find(crlf); at != std::string_view::npos; at = lines.find(crlf, at + 2)) {
    ++line_ends;
  }
  return line_ends == 0 ? 0 : line_ends - 1;  // the first line is the request line
}

}  // namespace

header_block_scan scan_header_block(std::string_view received, std::size_t max_bytes,
                                    std::size_t max_fields) noexcept {
  header_block_scan scan;
  const std::size_t end = received.find(end_of_header);
  if (end == std::string_view::npos) {
    // Fail early on what can never become valid, rather than wait for the header deadline.
    if (has_bare_line_feed(received)) {
      scan.problem = header_block_problem::bare_line_feed;
    } else if (received.size() >= max_bytes) {
      scan.problem = header_block_problem::too_large;
    }
    return scan;
  }

  scan.complete = true;
  scan.size = end + end_of_header.size();
  const std::string_view lines = received.substr(0, end + crlf.size());
  scan.fields = count_field_lines(lines);
  if (scan.size > max_bytes) {
    scan.problem = header_block_problem::too_large;
  } else if (has_bare_line_feed(received.substr(0, scan.size))) {
    scan.problem = header_block_problem::bare_line_feed;
  } else if (has_obs_fold(lines)) {
    scan.problem = header_block_problem::obs_fold;
  } else if (scan.fields > max_fields) {
    scan.problem = header_block_problem::too_many_fields;
  }
  return scan;
}

}  // namespace casegw::net
