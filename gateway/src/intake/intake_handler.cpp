#include "intake/intake_handler.hpp"

#include "intake/case_assembly.hpp"
#include "intake/case_decoding.hpp"
#include "intake/intake_errors.hpp"
#include "net/error_response.hpp"
#include "intake/intake_route.hpp"
#include "intake/media_type.hpp"
#include "time/rfc3339.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <chrono>

namespace casegw::intake {
namespace {

using net::http_response;

http_response case_answer(int status, std::string_view case_id, std::string_view outcome) {
  http_response r;
  r.status = status;
  r.body = boost::json::serialize(boost::json::object{{"case_id", case_id}, {"status", outcome}});
  return r;
}

// One log line and the metrics per request: ids, sizes and outcome only — never case content.
void record_outcome(intake_metrics& metrics, const net::http_request_head& head, std::string_view channel_id,
                    const http_response& r, std::size_t body_size, std::string_view case_id,
                    std::chrono::steady_clock::time_point started) {
  const auto took = std::chrono::steady_clock::now() - started;
  metrics.record(channel_id, r, took);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
  spdlog::info("intake request_id={} channel={} status={} code={} body_bytes={} case_id={} ms={}", head.request_id,
               channel_id, r.status, r.error_code.empty() ? "-" : r.error_code, body_size, case_id.empty() ? "-" : case_id, ms);
}

// A failed decoding as the upstream sees it; adapter faults are logged (code only: a plugin's
// message may carry anything) and answered with a generic 500.
http_response failure_answer(const channel& ch, const decoding_failure& f, std::string_view rid) {
  switch (f.stage) {
    case decoding_stage::media_type: return net::error_response(415, f.code, f.message, rid);
    case decoding_stage::charset: return net::error_response(415, f.code, f.message, rid);
    case decoding_stage::encoding: return net::error_response(400, f.code, f.message, rid);
    case decoding_stage::adapter: return errors::rejected_by_adapter(f.code, f.field, f.message, rid);
    case decoding_stage::validation: return errors::invalid_case_field(f.code, f.field, f.message, rid);
    case decoding_stage::adapter_fault: break;
  }
  spdlog::error("intake request_id={} channel={} adapter '{}' failed: code={}", rid, ch.id, ch.adapter->plugin().name,
                f.code);
  return errors::adapter_failed(rid);
}

// HTTP header names are case-insensitive; absent and empty differ for authentication.
auth::header_lookup header_lookup_of(const net::http_request_head& head) {
  return [&head](std::string_view name) -> std::optional<std::string_view> {
    for (const auto& h : head.headers) {
      if (h.name.size() == name.size() &&
          std::equal(h.name.begin(), h.name.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
          }))
        return std::string_view(h.value);
    }
    return std::nullopt;
  };
}

http_response auth_failure(const auth::verify_result& result, auth::scheme scheme, std::string_view rid) {
  auto r = net::error_response(401, auth::error_code(result.error()), result.message(), rid);
  r.headers.push_back({"WWW-Authenticate", scheme == auth::scheme::api_key ? "ApiKey" : "Casegw-Signature"});
  return r;
}

// The header checks that need no body: an answer now saves reading up to a megabyte.
std::optional<http_response> screen_header(const net::http_request_head& head, const channel* ch,
                                           std::string_view channel_id, store::case_store& store,
                                           std::chrono::seconds retry_after) {
  const auto& rid = head.request_id;
  if (ch == nullptr) return errors::unknown_channel(channel_id, rid);
  if (!ch->enabled) return errors::channel_disabled(channel_id, rid);
  if (head.method != "POST") return errors::method_not_allowed(rid);
  const auto credentials = ch->auth->screen(header_lookup_of(head),
                                            {head.client_certificate_subject, head.client_certificate_sha256});
  if (!credentials) return auth_failure(credentials, ch->auth->scheme(), rid);
  if (auto refused = screen_content_type(*ch, head.header("Content-Type"))) return failure_answer(*ch, *refused, rid);
  if (!store.writable()) return errors::store_unavailable(retry_after, rid);
  return std::nullopt;
}

http_response answer_for(const store::submit_result& result, std::chrono::seconds retry_after, std::string_view rid) {
  switch (result.outcome) {
    case store::submit_outcome::accepted: return case_answer(202, result.case_id, "accepted");
    case store::submit_outcome::duplicate: return case_answer(200, result.case_id, "duplicate");
    case store::submit_outcome::conflict: return errors::case_conflict(rid);
    case store::submit_outcome::replayed:
      return net::error_response(401, "AUTH_REPLAY", "nonce was already used", rid);
    case store::submit_outcome::unavailable: break;
  }
  spdlog::warn("intake request_id={} store refused the case: {}", rid, result.detail);
  return errors::store_unavailable(retry_after, rid);
}

}  // namespace

intake_handler::intake_handler(const pipeline_holder& pipelines, store::case_store& store, intake_metrics& metrics,
                               intake_options options)
    : pipelines_(pipelines), store_(store), metrics_(metrics), options_(options) {}

net::header_verdict intake_handler::on_header(const net::http_request_head& head) {
  const auto started = std::chrono::steady_clock::now();
  const auto channel_id = channel_of_intake_path(head.path());
  net::header_verdict verdict;
  if (!channel_id) {
    verdict.reject = errors::unknown_endpoint(head.request_id);
    record_outcome(metrics_, head, "-", *verdict.reject, 0, "", started);
    return verdict;
  }
  const auto live = pipelines_.current();
  const channel* ch = live->channels->find(*channel_id);
  verdict.reject = screen_header(head, ch, *channel_id, store_, options_.retry_after);
  if (verdict.reject) {
    record_outcome(metrics_, head, ch ? ch->id : "-", *verdict.reject, 0, "", started);
    return verdict;
  }
  verdict.body_limit = ch->body_limit;
  verdict.context = live;  // the body is judged by the pipeline the header was
  return verdict;
}

void intake_handler::on_request(net::http_request request, net::responder respond) {
  const auto started = std::chrono::steady_clock::now();
  const std::int64_t received_ms = time::now_unix_ms();
  // The pipeline the header was judged by, held until the answer: a reload cannot pull it away.
  const auto live = request.context ? std::static_pointer_cast<const pipeline>(request.context) : pipelines_.current();
  const channel* ch = live->channels->find(*channel_of_intake_path(request.head.path()));
  const auto& head = request.head;
  if (auto early = screen_header(head, ch, ch ? ch->id : "-", store_, options_.retry_after)) {
    record_outcome(metrics_, head, ch ? ch->id : "-", *early, request.body.size(), "", started);
    return respond(std::move(*early));
  }
  // The signature is checked on the raw bytes, before any parsing or conversion.
  auto authenticated = ch->auth->authenticate(header_lookup_of(head), request.body, auth::unix_time_ms(std::chrono::milliseconds(received_ms)));
  if (!authenticated.result) {
    auto answer = auth_failure(authenticated.result, ch->auth->scheme(), head.request_id);
    record_outcome(metrics_, head, ch->id, answer, request.body.size(), "", started);
    return respond(std::move(answer));
  }
  std::vector<std::pair<std::string, std::string>> headers;
  for (const auto& h : head.headers) headers.emplace_back(h.name, h.value);
  const std::string received_at = time::format_rfc3339(received_ms);
  auto decoded = decode_case(*ch, {head.request_id, received_at, head.header("Content-Type"), &headers, request.body});
  if (decoded.failure) {
    if (authenticated.nonce) ch->auth->release(*authenticated.nonce);
    if (decoded.failure->stage == decoding_stage::adapter_fault) metrics_.adapter_fault(*ch, *decoded.failure);
    auto answer = failure_answer(*ch, *decoded.failure, head.request_id);
    record_outcome(metrics_, head, ch->id, answer, request.body.size(), "", started);
    return respond(std::move(answer));
  }

  ruling decided;
  auto new_case = to_new_case(*ch, {head.request_id, head.header("Content-Type"), request.body, received_ms}, decoded.media,
                              decoded.adapter_part, *live->rules, &decided);
  if (authenticated.nonce)
    new_case.nonce = store::nonce_use{authenticated.nonce->nonce, authenticated.nonce->expires_at.time_since_epoch().count()};
  const std::size_t body_size = request.body.size();
  store_.submit(std::move(new_case), [live, &metrics = metrics_, head = std::move(request.head), channel_id = ch->id,
                                      auth = ch->auth, nonce = std::move(authenticated.nonce), body_size, started,
                                      retry_after = options_.retry_after, rules_metrics = options_.rules,
                                      decided = std::move(decided),
                                      respond = std::move(respond)](store::submit_result result) {
    // Not stored: the sender may retry the same signed bytes (a replay found by the store is
    // someone else's nonce and stays remembered).
    const bool stored = result.outcome == store::submit_outcome::accepted || result.outcome == store::submit_outcome::duplicate;
    if (nonce && !stored && result.outcome != store::submit_outcome::replayed) auth->release(*nonce);
    if (rules_metrics != nullptr && result.outcome == store::submit_outcome::accepted)
      rules_metrics->stored(channel_id, decided);
    auto response = answer_for(result, retry_after, head.request_id);
    record_outcome(metrics, head, channel_id, response, body_size, result.case_id, started);
    respond(std::move(response));
  });
}

}  // namespace casegw::intake
