#include "admin/configuration_views.hpp"

#include "admin/json_answer.hpp"
#include "admin/query_string.hpp"
#include "net/error_response.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

namespace casegw::admin {
namespace {

namespace json = boost::json;
using net::http_response;

json::object with_generation(const intake::pipeline& p, json::object body) {
  body["generation"] = p.generation;
  body["loaded_at"] = p.loaded_at;
  return body;
}

// The case to explain: a stored one (its read is audited, like any read of case content) or
// the request body.
std::optional<json::object> case_to_explain(const configuration_context& context, const net::http_request& request,
                                            const std::string& who, http_response& refusal) {
  const auto& head = request.head;
  if (const auto case_id = query_parameter(head.target, "case_id")) {
    const auto found = context.store->find_case(*case_id);
    if (!found) {
      refusal = net::error_response(404, "CASE_NOT_FOUND", "no case with that identifier", head.request_id);
      return std::nullopt;
    }
    context.audit->record({who, head.method + " " + std::string(head.path()), found->case_id,
                           std::string(head.header("X-Audit-Reason")), head.request_id});
    return json::parse(found->case_json).as_object();
  }
  boost::system::error_code error;
  auto body = json::parse(request.body, error);
  if (error || !body.is_object()) {
    refusal = net::error_response(400, "MALFORMED_CASE", "the body must be a JSON object: a unified case or an adapter's output",
                                  head.request_id);
    return std::nullopt;
  }
  return std::move(body.get_object());
}

http_response explain(const configuration_context& context, const net::http_request& request, const std::string& who) {
  http_response refusal;
  const auto c = case_to_explain(context, request, who, refusal);
  if (!c) return refusal;
  const auto channel = query_parameter(request.head.target, "channel").value_or("");
  const auto* given = c->if_contains("channel");
  const bool has_channel = given != nullptr && given->is_object() && given->get_object().contains("id");
  if (channel.empty() && !has_channel)
    return net::error_response(400, "MISSING_PARAMETER", "the case has no channel.id: give ?channel=ID",
                               request.head.request_id);
  const auto p = context.pipeline();
  return json_answer(200, with_generation(*p, intake::to_json(p->rules->explain(channel, *c))));
}

http_response reload(const configuration_context& context, const net::http_request& request) {
  spdlog::info("admin request_id={} asked for a reload", request.head.request_id);
  const auto answer = context.reload();
  json::array problems(answer.problems.begin(), answer.problems.end());
  json::array changes(answer.changes.begin(), answer.changes.end());
  if (answer.applied)
    return json_answer(200, json::object{{"status", "applied"}, {"generation", answer.generation}, {"changes", changes}});
  auto r = net::error_response(422, "RELOAD_REFUSED",
                               "the configuration was not applied; the running one is unchanged: fix these problems",
                               request.head.request_id);
  auto body = json::parse(r.body).as_object();
  body["problems"] = std::move(problems);
  body["generation"] = answer.generation;
  r.body = json::serialize(body);
  return r;
}

}  // namespace

std::optional<http_response> configuration_request(const configuration_context& context,
                                                   const net::http_request& request, const std::string& who) {
  const auto& head = request.head;
  const auto path = head.path();
  const bool get = head.method == "GET", post = head.method == "POST";
  if (get && path == "/admin/v1/routes") {
    const auto p = context.pipeline();
    return json_answer(200, with_generation(*p, json::object{{"routes", p->rules->routing().rules_json()}}));
  }
  if (get && path == "/admin/v1/units") {
    const auto p = context.pipeline();
    return json_answer(200, with_generation(*p, json::object{{"units", p->rules->routing().units_json()}}));
  }
  if (get && path == "/admin/v1/scope-rules") {
    const auto p = context.pipeline();
    return json_answer(200, with_generation(*p, json::object{{"scope_rules", p->rules->screening().rules_json()}}));
  }
  if (post && path == "/admin/v1/routes/explain") return explain(context, request, who);
  if (post && path == "/admin/v1/reload" && context.reload) return reload(context, request);
  return std::nullopt;
}

}  // namespace casegw::admin
