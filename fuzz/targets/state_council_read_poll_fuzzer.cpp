// state_council's read_poll: the platform's answer to a poll, split into items. Input: the
// golden-case format with two extra headers, "Status: <HTTP status>" (200 when absent or not
// a number) and "Cursor: <the cursor the poll was built from>", then the answer's body.
//
// Invariants besides those of every decode (support/adapter_harness.hpp):
//   - read_poll never fails (CASEGW_FAILED); a non-2xx answer is never CASEGW_OK;
//   - a refusal has an UPPER_SNAKE code and a message that echoes no case data of the body;
//   - an accepted answer yields items of a media type the plugin declares, and a cursor, when
//     it sets one, that is non-empty UTF-8; "more" only with a cursor that moved;
//   - every item is decoded as the gateway would, with every decode invariant.
#include "state_council_adapter.hpp"

#include "adapter_harness.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using casegw::fuzz::is_upper_snake;
using harness = casegw::fuzz::adapter_harness<casegw::state_council::state_council_adapter>;

harness& adapter() {
  static harness instance(casegw::fuzz::read_flat_settings(CASEGW_FUZZ_SETTINGS));
  return instance;
}

unsigned status_of(const std::string& text) {
  unsigned status = 200;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), status);
  return error == std::errc() && end == text.data() + text.size() && status >= 100 && status <= 599 ? status : 200;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto sample = casegw::fuzz::parse_http_sample(std::string_view(reinterpret_cast<const char*>(data), size));
  const unsigned status = status_of(casegw::fuzz::header_value(sample, "Status"));
  const std::string cursor = casegw::fuzz::header_value(sample, "Cursor");
  const std::string body(sample.body);
  const std::string media_type = sample.media_type.empty() ? "application/json" : sample.media_type;

  auto& host = adapter().host();
  const auto page = host.read_poll(status, body, cursor, media_type);
  CASEGW_FUZZ_REQUIRE(page.status != CASEGW_FAILED, ("read_poll failed instead of refusing: " + page.code + ": " + page.message).c_str());
  if (page.status != CASEGW_OK) {
    CASEGW_FUZZ_REQUIRE(page.status == CASEGW_REJECTED, "read_poll returns OK or REJECTED");
    CASEGW_FUZZ_REQUIRE(is_upper_snake(page.code), "a refused answer has an UPPER_SNAKE code");
    CASEGW_FUZZ_REQUIRE(!page.message.empty() && !casegw::fuzz::echoes_case_data(page.message, body), "a refused answer's message repeats its body");
    return 0;
  }
  CASEGW_FUZZ_REQUIRE(status >= 200 && status <= 299, "a non-2xx answer is never a page of items");
  if (page.cursor) {
    CASEGW_FUZZ_REQUIRE(!page.cursor->empty(), "a cursor, once set, is not empty (that would restart from the first poll)");
    CASEGW_FUZZ_REQUIRE(casegw::fuzz::is_well_formed_utf8(*page.cursor), "a cursor is UTF-8");
  }
  CASEGW_FUZZ_REQUIRE(!page.more || (page.cursor && *page.cursor != cursor), "'more' only with a cursor that moved");

  const casegw_plugin plugin = host.descriptor();  // a copy: decode() below may renew the host
  for (const auto& [item_media_type, item_body] : page.items) {
    CASEGW_FUZZ_REQUIRE(casegw::fuzz::declares(plugin.media_types, plugin.media_type_count, item_media_type),
                        "an item's media type is one decode() accepts");
    CASEGW_FUZZ_REQUIRE(casegw::fuzz::is_well_formed_utf8(item_body), "an item's body is UTF-8");
    casegw::sdk::testing::fake_request request;
    request.media_type = item_media_type;
    request.body = item_body;
    adapter().decode(request, item_body);
  }
  return 0;
}
