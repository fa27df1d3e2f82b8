#include "plugin_host/plugin_error_metrics.hpp"

namespace casegw::plugin_host {

std::string_view plugin_error_of(casegw_status status) noexcept {
  return status == CASEGW_UNSUPPORTED ? "unsupported" : "failed";
}

plugin_error_metrics::plugin_error_metrics(metrics::registry& registry)
    : errors_(registry.add_counter("casegw_plugin_errors_total",
                                   "Adapter plugin failures (a plugin bug, not a refused payload), by channel, plugin, "
                                   "call (decode, build_poll, read_poll, encode_event) and error (failed, "
                                   "unsupported, invalid_output)",
                                   {"channel", "plugin", "call", "error"})) {}

void plugin_error_metrics::failed(const adapter_instance& adapter, std::string_view call, std::string_view error) {
  errors_.with_labels({adapter.channel_id(), adapter.plugin().name, call, error}).inc();
}

}  // namespace casegw::plugin_host
