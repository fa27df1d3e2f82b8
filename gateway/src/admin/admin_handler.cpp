#include "admin/admin_handler.hpp"

#include "admin/channel_views.hpp"
#include "admin/json_answer.hpp"
#include "admin/query_string.hpp"
#include "admin/readiness.hpp"
#include "crypto/constant_time.hpp"
#include "metrics/text_format.hpp"
#include "net/error_response.hpp"
#include "policy/shanghai_time.hpp"
#include "time/rfc3339.hpp"
#include "unified_case/reporter_masking.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>

namespace casegw::admin {
namespace {

namespace json = boost::json;
using net::http_response;

std::string time_text(std::int64_t ms) { return ms > 0 ? time::format_rfc3339(ms) : std::string(); }

json::array deliveries_json(const std::vector<store::delivery_record>& deliveries) {
  json::array out;
  for (const auto& d : deliveries)
    out.push_back(json::object{{"outbox_id", d.outbox_id},
                               {"destination", d.destination},
                               {"state", store::to_string(d.state)},
                               {"attempts", d.attempts},
                               {"next_attempt_at", d.state == store::delivery_state::pending ? time_text(d.next_attempt_at_ms) : ""},
                               {"delivered_at", time_text(d.delivered_at_ms)},
                               {"last_error", d.last_error}});
  return out;
}

json::array trail_json(const std::vector<store::trail_entry>& trail) {
  json::array out;
  for (const auto& t : trail) out.push_back(json::object{{"at", time_text(t.at_ms)}, {"event", t.event}, {"detail", t.detail}});
  return out;
}

// "delivered" only when every destination has it: a case is not delivered while one fails.
std::string overall_state(const std::vector<store::delivery_record>& deliveries) {
  bool all_delivered = !deliveries.empty();
  for (const auto& d : deliveries) {
    if (d.state == store::delivery_state::dead) return "dead_letter";
    if (d.state != store::delivery_state::delivered) all_delivered = false;
  }
  return all_delivered ? "delivered" : "pending";
}

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

}  // namespace

admin_handler::admin_handler(admin_context context) : context_(std::move(context)) {}

net::header_verdict admin_handler::on_header(const net::http_request_head& head) {
  net::header_verdict verdict;
  // Admin requests carry no payload worth more, except a case to explain a route for.
  verdict.body_limit = head.path() == "/admin/v1/routes/explain" ? explain_body_limit : 4096;
  if (head.path().starts_with("/admin/") && !authorized(head)) {
    auto r = net::error_response(401, "UNAUTHORIZED", "a valid bearer token is required", head.request_id);
    r.headers.push_back({"WWW-Authenticate", "Bearer"});
    verdict.reject = std::move(r);
  }
  return verdict;
}

std::string admin_handler::caller(const net::http_request_head& head) const {
  return (current_token().empty() ? "anonymous@" : "token@") + head.remote_address;
}

std::string admin_handler::current_token() const { return context_.token ? context_.token() : std::string(); }

bool admin_handler::authorized(const net::http_request_head& head) const {
  const std::string token = current_token();
  if (token.empty()) return true;
  const std::string expected = "Bearer " + token;
  return crypto::constant_time_equal(head.header("Authorization"), expected);
}

void admin_handler::on_request(net::http_request request, net::responder respond) {
  http_response response;
  try {
    response = route(request);
  } catch (const std::exception& e) {
    spdlog::error("admin request_id={} {} {} failed: {}", request.head.request_id, request.head.method,
                  request.head.path(), e.what());
    response = net::error_response(500, "ADMIN_FAILED", "the request could not be completed; see the gateway log",
                                   request.head.request_id);
  }
  respond(std::move(response));
}

http_response admin_handler::route(const net::http_request& request) {
  const auto& head = request.head;
  const auto path = head.path();
  const bool get = head.method == "GET", post = head.method == "POST";
  constexpr std::string_view cases = "/admin/v1/cases", dead = "/admin/v1/dead-letters";

  if (get && path == "/healthz") return json_answer(200, json::object{{"status", "ok"}});
  if (get && path == "/readyz") return readiness();
  if (get && path == "/metrics") return metrics_view();
  if (get && path == cases) {
    const auto channel = query_parameter(head.target, "channel");
    const auto ref = query_parameter(head.target, "case_ref");
    if (!channel || !ref)
      return net::error_response(400, "MISSING_PARAMETER", "give channel and case_ref, or use /admin/v1/cases/{case_id}",
                                 head.request_id);
    return case_view(request, context_.store->find_by_ref(*channel, *ref));
  }
  if (get && path.starts_with(std::string(cases) + "/"))
    return case_view(request, context_.store->find_case(path.substr(cases.size() + 1)));
  if (get && path == dead) return dead_letters(request);
  if (post && path == std::string(dead) + "/replay")
    return json_answer(200, json::object{{"replayed", context_.store->replay_all_dead_letters()}});
  if (post && path.starts_with(std::string(dead) + "/") && path.ends_with("/replay"))
    return replay(request, path.substr(dead.size() + 1, path.size() - dead.size() - 1 - std::string_view("/replay").size()));
  if (get && path == "/admin/v1/channels") return channels_view();
  if (get && path == "/admin/v1/plugins") return plugins_view();
  if (get && path == "/admin/v1/destinations") return destinations_view();
  if (context_.configuration.pipeline)
    if (auto answer = configuration_request(context_.configuration, request, caller(head))) return std::move(*answer);
  return net::error_response(404, "NOT_FOUND", "no such admin endpoint", head.request_id);
}

http_response admin_handler::metrics_view() {
  http_response r;
  r.content_type = std::string(metrics::exposition_content_type);
  r.body = context_.metrics->render();
  return r;
}

http_response admin_handler::readiness() {
  readiness_facts facts;
  facts.store_writable = context_.store->writable();
  if (const auto channels = context_.channels())
    for (const auto& c : channels->all()) facts.channels.push_back({c.id, c.enabled, c.adapter != nullptr});
  if (const auto in_force = context_.policy ? context_.policy() : nullptr) facts.calendar_years = in_force->calendar.covered_years();
  facts.today = policy::shanghai_date_of(context_.clock ? context_.clock() : time::now_unix_ms());
  if (context_.next_year_calendar_due) facts.next_year_calendar_due = context_.next_year_calendar_due();
  const auto report = assess_readiness(facts);
  return json_answer(report.ready() ? 200 : 503, readiness_json(report));
}

// The names of the places above the case's region code, province first (重庆市 > 市辖区 >
// 渝中区 > 解放碑街道): a region is not personal data, and operators read names, not codes.
json::array admin_handler::division_path_of(const json::object& unified) const {
  json::array path;
  const auto pipeline = context_.configuration.pipeline ? context_.configuration.pipeline() : nullptr;
  const auto* location = unified.if_contains("location");
  if (!pipeline || !pipeline->divisions || location == nullptr || !location->is_object()) return path;
  const auto* code = location->get_object().if_contains("region_code");
  if (code == nullptr || !code->is_string()) return path;
  if (const auto resolved = pipeline->divisions->resolve(code->get_string()))
    for (const auto& unit : resolved->units)
      path.push_back(json::object{{"code", unit.code}, {"name", unit.name}, {"level", divisions::to_string(unit.level)}});
  return path;
}

http_response admin_handler::case_view(const net::http_request& request, const std::optional<store::stored_case>& found) {
  const auto& head = request.head;
  if (!found) return net::error_response(404, "CASE_NOT_FOUND", "no case with that identifier", head.request_id);
  context_.audit->record({caller(head),
                          head.method + " " + std::string(head.path()), found->case_id,
                          std::string(head.header("X-Audit-Reason")), head.request_id});
  const auto unified = json::parse(found->case_json).as_object();
  return json_answer(200, json::object{
                              {"case_id", found->case_id},
                              {"channel", found->channel_id},
                              {"case_ref", found->case_ref},
                              {"delivery_state", overall_state(found->deliveries)},
                              {"case", unified_case::masked_case(unified)},
                              {"division_path", division_path_of(unified)},
                              {"deliveries", deliveries_json(found->deliveries)},
                              {"trail", trail_json(found->trail)},
                              {"raw", json::object{{"content_type", found->raw_content_type},
                                                   {"charset", found->raw_charset},
                                                   {"sha256", found->raw_sha256},
                                                   {"size", found->raw_size}}}});
}

http_response admin_handler::dead_letters(const net::http_request& request) {
  std::size_t limit = 100;
  if (auto text = query_parameter(request.head.target, "limit"))
    if (auto n = parse_id(*text)) limit = static_cast<std::size_t>(std::min<std::int64_t>(*n, 1000));
  json::array items;
  for (const auto& d : context_.store->dead_letters(limit))
    items.push_back(json::object{{"outbox_id", d.outbox_id}, {"case_id", d.case_id}, {"channel", d.channel_id},
                                 {"destination", d.destination}, {"attempts", d.attempts},
                                 {"last_error", d.last_error}, {"dead_at", time_text(d.dead_at_ms)}});
  return json_answer(200, json::object{{"dead_letters", std::move(items)}});
}

http_response admin_handler::replay(const net::http_request& request, std::string_view id_text) {
  const auto id = parse_id(id_text);
  if (!id || !context_.store->replay_dead_letter(*id))
    return net::error_response(404, "DEAD_LETTER_NOT_FOUND", "no dead letter with that outbox id", request.head.request_id);
  spdlog::info("admin request_id={} replayed dead letter outbox_id={}", request.head.request_id, *id);
  return json_answer(200, json::object{{"replayed", 1}, {"outbox_id", *id}});
}

http_response admin_handler::channels_view() {
  const auto channels = context_.channels();
  return json_answer(200, json::object{{"channels", channels ? channels_json(*channels, context_.activity) : json::array()}});
}

http_response admin_handler::plugins_view() {
  const auto channels = context_.channels();
  return json_answer(200, json::object{{"plugins", channels ? plugins_json(*channels) : json::array()}});
}

http_response admin_handler::destinations_view() {
  json::array items;
  const auto now = time::now_unix_ms();
  for (const auto& id : context_.destinations) {
    const auto b = context_.store->backlog(id);
    items.push_back(json::object{{"id", id}, {"pending", b.pending}, {"dead", b.dead},
                                 {"oldest_pending_age_s", b.oldest_pending_ms > 0 ? (now - b.oldest_pending_ms) / 1000 : 0}});
  }
  return json_answer(200, json::object{{"destinations", std::move(items)}});
}

}  // namespace casegw::admin
