// Adapter failures, for /metrics: a plugin that fails (a C++ exception turned into
// CASEGW_FAILED by the SDK's thunks, an unexpected status, output that is not a unified case)
// is a bug to fix in the plugin, and an operator should see it per channel and plugin without
// reading logs. The plugin's own code and message never become labels: they may carry anything.
//
//   casegw_plugin_errors_total{channel,plugin,call,error}
//     call:  decode, build_poll, read_poll, encode_event
//     error: failed (CASEGW_FAILED or an unknown status), unsupported (CASEGW_UNSUPPORTED where
//            the gateway needs the call), invalid_output (decode's output is not a JSON object)
#pragma once

#include "metrics/registry.hpp"
#include "plugin_host/adapter_instance.hpp"

#include <string_view>

namespace casegw::plugin_host {

// The error word for a non-OK, non-REJECTED status.
std::string_view plugin_error_of(casegw_status status) noexcept;

class plugin_error_metrics {
 public:
  explicit plugin_error_metrics(metrics::registry& registry);

  // One failed call of `adapter`; `call` and `error` are the fixed words above.
  void failed(const adapter_instance& adapter, std::string_view call, std::string_view error);

 private:
  metrics::counter_family& errors_;
};

}  // namespace casegw::plugin_host
