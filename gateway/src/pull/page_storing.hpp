// Stores the items of one poll answer, each through the intake's own path: decode_case
// (media type, charset, the adapter's decode(), unified-case validation) -> rules -> the same
// new_case a push makes -> store.submit. An item the gateway refuses is recorded with its raw
// bytes (store.record_rejected_item) instead, and never holds up the items after it.
// Returns once the store has answered every item: only then may the cursor move.
#pragma once

#include "intake/case_rules.hpp"
#include "intake/channel_registry.hpp"
#include "plugin_host/adapter_instance.hpp"
#include "pull/pull_metrics.hpp"
#include "store/case_store.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace casegw::pull {

struct page_result {
  std::size_t accepted = 0, duplicate = 0, conflict = 0, rejected = 0;
  std::size_t unavailable = 0;  // not stored (store down or over its mark): the page must be polled again
  bool committed() const noexcept { return unavailable == 0; }
};

struct page_context {
  const intake::channel& channel;
  const intake::case_rules& rules;
  store::case_store& store;
  pull_metrics& metrics;
};

// poll_request_id names the poll in logs and trails; item i gets "<poll_request_id>-<i>".
page_result store_page(const page_context& context, std::string_view poll_request_id,
                       const std::vector<plugin_host::poll_item>& items);

}  // namespace casegw::pull
