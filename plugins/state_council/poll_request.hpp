// One poll of the platform's handover item list, as the gateway is asked to send it:
//   GET <items_path>?cursor=<cursor>&limit=<page_size>        (continuing)
//   GET <items_path>?since=<start_time>&limit=<page_size>      (first poll, start_time set)
//   GET <items_path>?limit=<page_size>                         (first poll, from the oldest item)
// The gateway adds the channel's base URL and its credentials (client certificate, access
// token header); the adapter never sees them.
#pragma once

#include "council_settings.hpp"

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::state_council {

// What a cursor may be, whoever gives it (the platform, the start_cursor setting): 1 to 512
// printable ASCII characters, no spaces. Opaque otherwise: it is percent-encoded when sent.
bool is_valid_cursor(std::string_view cursor) noexcept;

// `cursor` is the one the last answer set, "" on the very first poll.
void build_item_poll(std::string_view cursor, const council_settings& settings, sdk::outbound_request& out);

}  // namespace casegw::state_council
