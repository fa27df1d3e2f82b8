#include "poll_answer.hpp"

#include "json_slices.hpp"
#include "poll_request.hpp"
#include "upstream_errors.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/json_object.hpp>
#include <casegw/sdk/json/strict_json.hpp>

#include <boost/json/parse.hpp>

namespace casegw::state_council {

namespace {

constexpr std::string_view item_media_type = "application/json";

struct item_page {
  std::vector<std::string_view> items;
  std::optional<std::string> next_cursor;
  bool has_more = false;
};

// A refused poll's body is read only for the platform's result code; anything else in it is
// left unread (it may be an HTML error page of a proxy, or echo the request).
std::optional<std::int64_t> platform_code_in(std::string_view body) {
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse(body, ec);
  if (ec || !v.is_object()) return std::nullopt;
  const auto* code = v.get_object().if_contains("code");
  if (code == nullptr || !code->is_int64() || code->get_int64() == 0) return std::nullopt;
  return code->get_int64();
}

item_page read_page(std::string_view body, unsigned status) {
  // Each item is decoded on its own later (a key an item repeats is refused then, for that item).
  const boost::json::value document = sdk::json::parse_strict_object(body, {.duplicates_checked_below = "data.items"});
  const sdk::json::json_object root(document.get_object());
  const auto code = root.optional_integer("code");
  if (!code) throw sdk::missing_field("code");
  if (*code != 0) throw upstream_error(status, *code);

  const sdk::json::json_object data = root.required_object("data");
  item_page page;
  const std::size_t count = data.required_array("items").size();
  page.has_more = data.optional_bool("hasMore").value_or(false);
  page.next_cursor = data.optional_string("nextCursor");
  if (page.next_cursor && !is_valid_cursor(*page.next_cursor))
    throw sdk::invalid_field(data.path_of("nextCursor"), "must be 1 to 512 printable ASCII characters without spaces");
  // Without a cursor to continue from, the next poll would fetch these items again forever.
  if (!page.next_cursor && (count > 0 || page.has_more)) throw sdk::missing_field(data.path_of("nextCursor"));

  page.items = *array_elements_at(body, {"data", "items"});
  return page;
}

}  // namespace

void read_item_page(const sdk::poll_response& response, const sdk::host& host, sdk::poll_result& out) {
  const unsigned status = response.status();
  if (status < 200 || status > 299) throw upstream_error(status, platform_code_in(response.body()));
  if (response.media_type() != "application/json") throw sdk::malformed_body("application/json");

  const item_page page = read_page(response.body(), status);
  for (const std::string_view item : page.items) out.add_item(item_media_type, item);
  if (page.next_cursor) out.cursor(*page.next_cursor);

  const bool advanced = page.next_cursor && *page.next_cursor != response.cursor();
  if (page.has_more && !advanced)
    host.log(sdk::log_level::warn, "state_council: the platform says it has more items but did not advance the cursor; "
                                   "polling again at the next interval");
  out.more(page.has_more && advanced);
}

}  // namespace casegw::state_council
