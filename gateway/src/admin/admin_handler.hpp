// The operator's HTTP surface (a separate, plain-HTTP listener on loopback by default):
//   GET  /healthz, /readyz, /metrics (Prometheus text; labels never carry case content)
//   GET  /admin/v1/cases/{case_id}, /admin/v1/cases?channel=..&case_ref=..   (reporter masked, audited)
//   GET  /admin/v1/dead-letters            POST /admin/v1/dead-letters/{id}/replay, /admin/v1/dead-letters/replay
//   GET  /admin/v1/channels, /admin/v1/plugins, /admin/v1/destinations
// /admin/v1/* needs "Authorization: Bearer <token>" when a token file is configured.
#pragma once

#include "admin/audit_log.hpp"
#include "admin/configuration_views.hpp"
#include "intake/channel_activity.hpp"
#include "intake/channel_registry.hpp"
#include "metrics/registry.hpp"
#include "net/http_types.hpp"
#include "policy/policy_set.hpp"
#include "store/case_store.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace casegw::admin {

struct admin_context {
  store::case_store* store = nullptr;
  std::function<std::shared_ptr<const intake::channel_registry>()> channels;
  std::vector<std::string> destinations;  // configured destination ids
  // The bearer token in force (a reload re-reads its file); "" = none required (loopback only).
  std::function<std::string()> token;
  audit_log* audit = nullptr;
  const metrics::registry* metrics = nullptr;
  // What each channel has done since start (/admin/v1/channels); counts show 0 when null.
  const intake::channel_activity* activity = nullptr;
  // The policy in force, for /readyz's calendar checks (a calendar with no year when null).
  std::function<std::shared_ptr<const policy::policy_set>()> policy;
  // policy.next_year_calendar_due in force ("MM-DD" or "never"); "12-01" when empty.
  std::function<std::string()> next_year_calendar_due;
  std::function<std::int64_t()> clock;            // unix ms; time::now_unix_ms when empty (tests set it)
  // Routes, units, scope rules, route explanations and reload (configuration_views.hpp);
  // those endpoints answer 404 while its pipeline getter is empty.
  configuration_context configuration;
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
  std::string caller(const net::http_request_head& head) const;  // as the audit log names it
  std::string current_token() const;
  boost::json::array division_path_of(const boost::json::object& unified_case) const;

  admin_context context_;
};

}  // namespace casegw::admin
