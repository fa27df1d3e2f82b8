#include "handling_mapping.hpp"

#include "complaint_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

constexpr std::string_view ordinary = "";

std::string_view handling_class(const complaint_form& form) {
  const auto code = form.optional_text("handleType");
  if (!code) return ordinary;
  const auto handling = handling_class_for(*code);
  if (!handling) throw sdk::invalid_field("handleType", "must be one of 0, 1, 2, 3");
  return *handling;
}

// An ordinary complaint has no superior item and no deadline of its own (the channel's 60
// working days apply): a relay that sends one anyway has mixed up two items.
void refuse_on_ordinary(const complaint_form& form, std::string_view key) {
  if (form.has(key))
    throw sdk::invalid_field(std::string(key), "is only allowed when handleType is 1, 2 or 3 (transferred, supervised, verification)");
}

void map_parent(const complaint_form& form, std::string_view handling, sdk::case_builder& out) {
  const auto parent = handling == sdk::handling_class::handed_down ? std::optional(form.required_text("parentNo"))
                                                                    : form.optional_text("parentNo");
  if (!parent) return;
  if (!sdk::is_case_reference(*parent))
    throw sdk::invalid_field("parentNo", "must be 1 to 128 letters, digits or . _ : / - and start alphanumeric");
  out.parent_ref(*parent);
}

void map_due_time(const complaint_form& form, std::int64_t submitted_millis, sdk::case_builder& out) {
  const auto due = form.optional_epoch_millis("dueTime");
  if (!due) return;
  std::string due_at = sdk::read_epoch_millis("dueTime", *due);
  if (*due <= submitted_millis) throw sdk::invalid_date("dueTime", "must be later than submitTime");
  out.assigned_due_at(std::move(due_at));
}

}  // namespace

void map_handling(const complaint_form& form, std::int64_t submitted_millis, sdk::case_builder& out) {
  const std::string_view handling = handling_class(form);
  if (handling == ordinary) {
    refuse_on_ordinary(form, "parentNo");
    refuse_on_ordinary(form, "dueTime");
  } else {
    out.handling_class(handling);
    map_parent(form, handling, out);
    map_due_time(form, submitted_millis, out);
  }
  // Only a yes is written: the unified case leaves handling out for ordinary items.
  if (form.flag("urgent", false)) out.urgent(true);
}

}  // namespace casegw::foreign_investment
