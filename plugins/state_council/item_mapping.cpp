#include "item_mapping.hpp"

#include "attachment_mapping.hpp"
#include "clue_mapping.hpp"
#include "coded_field.hpp"
#include "council_vocabulary.hpp"
#include "reporter_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

std::string read_reference(const sdk::json::json_object& node, std::string_view key) {
  std::string ref = node.required_string(key);
  if (!sdk::is_case_reference(ref))
    throw sdk::invalid_field(node.path_of(key), "must be 1 to 128 letters, digits or . _ : / - and start with a letter or digit");
  return ref;
}

// A re-handover (重新交办) of an earlier item, e.g. after the citizen was not satisfied with
// the first result, carries the earlier item's number: it becomes the case's parent_ref.
void map_rehandover(const sdk::json::json_object& basic, const std::string& item_id, sdk::case_builder& out) {
  const auto rehandover = basic.optional_object("rehandover");
  if (!rehandover) return;
  std::string original = read_reference(*rehandover, "originalItemId");
  if (original == item_id) throw sdk::invalid_field(rehandover->path_of("originalItemId"), "must differ from itemId");
  if (const auto round = rehandover->optional_non_negative_integer("round"); round && *round < 2)
    throw sdk::invalid_field(rehandover->path_of("round"), "must be 2 or more: round 1 is the first handover");
  rehandover->optional_string("reason");  // informational, but a string when sent
  out.parent_ref(std::move(original));
}

void map_source(const sdk::json::json_object& basic, sdk::case_builder& out) {
  if (const auto sub_channel = optional_code(basic, "source", sub_channel_for_source, source_codes))
    out.sub_channel(std::string(*sub_channel));
}

// Returns when the item was handed down; the clock of the case starts then or at the
// citizen's submission, as the operator chose (clock_starts_at).
std::string map_basic(const sdk::json::json_object& item, const council_settings& settings, sdk::case_builder& out) {
  const std::string item_id = read_reference(item, "itemId");
  out.case_ref(item_id);

  const sdk::json::json_object basic = item.required_object("basic");
  out.handling_class(required_code(basic, "itemType", handling_class_for_item_type, item_type_codes));
  map_source(basic, out);

  std::string handed_over_at = sdk::read_iso8601(basic.path_of("handedOverAt"), basic.required_string("handedOverAt"));
  std::optional<std::string> reported_at;
  if (auto text = basic.optional_string("reportedAt")) reported_at = sdk::read_iso8601(basic.path_of("reportedAt"), *text);
  if (settings.clock_starts_at == clock_start::submission) {
    if (!reported_at) throw sdk::missing_field(basic.path_of("reportedAt"));
    out.submitted_at(*reported_at);
  } else {
    out.submitted_at(handed_over_at);
  }
  map_rehandover(basic, item_id, out);
  return handed_over_at;
}

// The hand-down terms: a due time of its own (交办时另有时限要求) and the urgency. The unit it
// is addressed to and the written requirements are not mapped (routing decides who handles
// it; the requirements stay in the stored raw item).
void map_handover(const sdk::json::json_object& item, std::string_view handed_over_at, sdk::case_builder& out) {
  const auto handover = item.optional_object("handover");
  if (!handover) return;
  if (const auto deadline = handover->optional_string("deadline")) {
    const std::string path = handover->path_of("deadline");
    std::string due = sdk::read_iso8601(path, *deadline);
    if (sdk::utc_instant_of(path, due) <= sdk::utc_instant_of("basic.handedOverAt", handed_over_at))
      throw sdk::invalid_date(path, "is not later than basic.handedOverAt");
    out.assigned_due_at(std::move(due));
  }
  if (const auto urgent = optional_code(*handover, "level", urgency_of_level, level_codes)) out.urgent(*urgent);
  if (const auto unit = handover->optional_object("unit")) {
    unit->optional_string("code");
    unit->optional_string("name");
  }
  handover->optional_string("requirements");
}

}  // namespace

bool is_supported_schema_version(std::string_view version) noexcept {
  if (version == "2") return true;
  return version.size() > 2 && version.substr(0, 2) == "2." && sdk::is_all_digits(version.substr(2));
}

void map_item(const sdk::json::json_object& item, const council_settings& settings, const sdk::host& host, sdk::case_builder& out) {
  if (!is_supported_schema_version(item.required_string("schemaVersion")))
    throw sdk::rejection(sdk::code::unsupported_version, "schemaVersion", "this adapter reads item schema 2.x only");
  const std::string handed_over_at = map_basic(item, settings, out);
  map_handover(item, handed_over_at, out);
  map_clue(item.required_object("clue"), settings, host, out);
  map_reporter(item.required_object("reporter"), out);
  map_attachments(item, out);
}

}  // namespace casegw::state_council
