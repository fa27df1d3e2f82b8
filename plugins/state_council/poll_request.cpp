#include "poll_request.hpp"

#include "uri_encoding.hpp"

namespace casegw::state_council {

namespace {

constexpr std::size_t max_cursor_length = 512;

// Where this poll starts from: the saved cursor, else the settings' starting point.
std::string start_parameter(std::string_view cursor, const council_settings& settings) {
  if (!cursor.empty()) return "cursor=" + uri_encoded(cursor);
  if (!settings.start_cursor.empty()) return "cursor=" + uri_encoded(settings.start_cursor);
  if (!settings.start_time.empty()) return "since=" + uri_encoded(settings.start_time);
  return {};
}

}  // namespace

bool is_valid_cursor(std::string_view cursor) noexcept {
  if (cursor.empty() || cursor.size() > max_cursor_length) return false;
  for (const char c : cursor)
    if (c < 0x21 || c > 0x7E) return false;
  return true;
}

void build_item_poll(std::string_view cursor, const council_settings& settings, sdk::outbound_request& out) {
  if (!cursor.empty() && !is_valid_cursor(cursor))
    throw sdk::rejection("INVALID_CURSOR", "cursor", "the saved cursor is not 1 to 512 printable ASCII characters");
  std::string query = start_parameter(cursor, settings);
  if (!query.empty()) query += '&';
  query += "limit=" + std::to_string(settings.page_size);

  out.request_line("GET", settings.items_path + "?" + query);
  out.header("Accept", "application/json");
}

}  // namespace casegw::state_council
