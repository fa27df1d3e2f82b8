#include "clue_mapping.hpp"

#include "attachment_mapping.hpp"
#include "location_mapping.hpp"
#include "regulation_vocabulary.hpp"
#include "reporter_mapping.hpp"
#include "subject_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::national_regulation {

namespace {

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), checked here so the
// platform hears which of its fields is too long rather than a generic validation failure.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_content = 20000;
constexpr std::size_t max_category_code = 64;
constexpr std::size_t max_category_name = 100;

std::string reference(const sdk::json::json_object& clue, std::string_view key) {
  std::string ref = clue.required_string(key);
  if (!sdk::is_case_reference(ref))
    throw sdk::invalid_field(clue.path_of(key), "must be 1 to 128 of A-Z a-z 0-9 . _ : / - and start with a letter or digit");
  return ref;
}

void map_identity(const sdk::json::json_object& clue, sdk::case_builder& out) {
  out.case_ref(reference(clue, "clueNo"));     // 线索编号: the platform's number for the clue
  out.parent_ref(reference(clue, "assignNo"));  // 交办编号: the hand-down that sent it here
}

// reportTime is when the citizen reported to the national system: deadlines count from it
// (SPEC §3). deadline is the due time the national system set when it handed the clue down.
void map_times(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const std::int64_t reported = clue.required_integer("reportTime");
  out.submitted_at(sdk::read_epoch_millis(clue.path_of("reportTime"), reported));
  const auto deadline = clue.optional_integer("deadline");
  if (!deadline) return;
  out.assigned_due_at(sdk::read_epoch_millis(clue.path_of("deadline"), *deadline));
  if (*deadline <= reported) throw sdk::invalid_date(clue.path_of("deadline"), "is not after body.clue.reportTime");
}

void map_category(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const auto category = clue.optional_object("category");  // 监管事项: the national catalogue's matter
  if (!category) return;
  sdk::category mapped;
  mapped.channel_code = category->required_string("code");
  sdk::require_max_length(category->path_of("code"), mapped.channel_code, max_category_code);
  mapped.name = category->required_string("name");
  sdk::require_max_length(category->path_of("name"), mapped.name, max_category_name);
  // No published crosswalk from the national catalogue to GB/T 39666: category.code stays empty.
  out.category(std::move(mapped));
}

void map_content(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const auto kind = kind_for_clue_type(clue.required_string("clueType"));
  if (!kind) throw sdk::unknown_kind(clue.path_of("clueType"), "01, 02, 03, 04");
  out.kind(*kind);

  std::string title = clue.required_string("title");
  sdk::require_max_length(clue.path_of("title"), title, max_title);
  out.title(std::move(title));
  std::string content = clue.required_string("content");
  sdk::require_max_length(clue.path_of("content"), content, max_content);
  out.content(std::move(content));

  if (const auto code = clue.optional_string("domain")) {
    const auto domain = domain_for_code(*code);
    if (!domain)
      throw sdk::invalid_field(clue.path_of("domain"), "must be one of SCJG, SPYP, ZLAQ, JJTX, JRSW, AQSC, LDBZ, STHJ, GGFW, QT");
    out.domain(std::string(*domain));
  }
  map_category(clue, out);
}

void map_handling(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const auto handling_class = class_for_handle_type(clue.required_string("handleType"));
  if (!handling_class) throw sdk::invalid_field(clue.path_of("handleType"), "must be one of 01, 02, 03");
  out.handling_class(*handling_class);
  if (const auto level = clue.optional_string("urgencyLevel")) {
    const auto urgent = urgent_for_level(*level);
    if (!urgent) throw sdk::invalid_field(clue.path_of("urgencyLevel"), "must be one of 01, 02, 03");
    out.urgent(*urgent);
  }
}

}  // namespace

void map_clue(const sdk::json::json_object& clue, const regulation_settings& settings, const sdk::host& host, sdk::case_builder& out) {
  map_identity(clue, out);
  map_times(clue, out);
  map_content(clue, out);
  map_handling(clue, out);
  map_location(clue.required_object("location"), host, out);
  map_reporter(clue.required_object("reporter"), out);
  // Without an explicit yes the content must not reach the subject complained about (第十四条).
  out.consent_to_disclose(clue.optional_bool("agreeDisclose").value_or(false));
  map_subject(clue, out);
  map_attachments(clue, settings.max_attachments, out);
}

}  // namespace casegw::national_regulation
