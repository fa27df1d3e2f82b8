// Gauges of the store's outbox, read at scrape time: what waits per destination, how old its
// oldest case is, and how many dead letters wait for an operator.
#pragma once

#include "metrics/registry.hpp"
#include "store/case_store.hpp"

#include <string>
#include <vector>

namespace casegw::admin {

void register_outbox_metrics(metrics::registry& registry, store::case_store& store, std::vector<std::string> destinations);

}  // namespace casegw::admin
