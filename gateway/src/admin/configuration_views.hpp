// The admin API's view of the running configuration, and its reload:
//   GET  /admin/v1/routes          route rules in order (and the pipeline generation)
//   GET  /admin/v1/units           the unit directory
//   GET  /admin/v1/scope-rules     scope screening rules
//   POST /admin/v1/routes/explain  body: a unified case or adapter output (?channel=ID), or
//                                  ?case_id=ID for a stored case (audited): the route it takes and why
//   POST /admin/v1/reload          re-read, validate, swap (app/reloader.hpp); 200 or 422 with problems
#pragma once

#include "admin/audit_log.hpp"
#include "intake/pipeline.hpp"
#include "net/http_types.hpp"
#include "store/case_store.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casegw::admin {

// What a reload came to, as the admin API answers it (app::reload_outcome, without app types).
struct reload_answer {
  bool applied = false;
  std::uint64_t generation = 0;
  std::vector<std::string> problems;  // "file:line: key: problem"
  std::vector<std::string> changes;
};

struct configuration_context {
  std::function<std::shared_ptr<const intake::pipeline>()> pipeline;
  std::function<reload_answer()> reload;  // empty = reload not offered (404)
  store::case_store* store = nullptr;     // explaining a stored case
  audit_log* audit = nullptr;             // ... is a read of case content
};

// Bodies the explain endpoint accepts: a unified case is a few tens of KiB at most.
inline constexpr std::size_t explain_body_limit = 1024 * 1024;

// The answer for the request when its path is one of the above, else nullopt.
// `who` is the caller as the audit log records it.
std::optional<net::http_response> configuration_request(const configuration_context& context,
                                                        const net::http_request& request, const std::string& who);

}  // namespace casegw::admin
