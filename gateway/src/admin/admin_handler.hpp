// The operator's HTTP surface (a separate, plain-HTTP listener on loopback by default):
//   GET  /healthz, /readyz, /metrics (Prometheus text; labels never carry case content)
//   GET  /admin/v1/cases/{case_id}, /admin/v1/cases?channel=..&case_ref=..   (reporter masked, audited)
//   GET  /admin/v1/dead-letters            POST /admin/v1/dead-letters/{id}/replay, /admin/v1/dead-letters/replay
//   GET  /admin/v1/channels, /admin/v1/plugins, /admin/v1/destinations
// /admin/v1/* needs "Authorization: Bearer <token>" when a token file is configured.
#pragma once

#include "admin/audit_log.hpp"
#include "intake/channel_registry.hpp"
#include "metrics/registry.hpp"
#include "net/http_types.hpp"
#include "store/case_store.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace casegw::admin {

struct admin_context {
  store::case_store* store = nullptr;
  std::function<std::shared_ptr<const intake::channel_registry>()> channels;
  std::vector<std::string> destinations;  // configured destination ids
  std::string token;                      // empty = no token required
  audit_log* audit = nullptr;
  const metrics::registry* metrics = nullptr;
};

class admin_handler final : public net::request_handler {
 public:
  explicit admin_handler(admin_context context);

  net::header_verdict on_header(const net::http_request_head& head) override;
  void on_request(net::http_request request, net::responder respond) override;

 private:
  net::http_response route(const net::http_request& request);
  net::http_response readiness();
  net::http_response metrics_view();
  net::http_response case_view(const net::http_request& request, const std::optional<store::stored_case>& found);
  net::http_response dead_letters(const net::http_request& request);
  net::http_response replay(const net::http_request& request, std::string_view id_text);
  net::http_response channels_view();
  net::http_response plugins_view();
  net::http_response destinations_view();
  bool authorized(const net::http_request_head& head) const;

  admin_context context_;
};

}  // namespace casegw::admin
