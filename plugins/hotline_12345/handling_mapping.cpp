#include "handling_mapping.hpp"

#include "hotline_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::hotline_12345 {

namespace {

constexpr std::size_t max_assigned_unit = 200;

// Only an urgent order gets handling.urgent: the unified case leaves handling out for ordinary ones.
void map_urgency(const wire_element& order, sdk::case_builder& out) {
  const auto urgency = order.optional_text("urgency");
  if (!urgency) return;
  const auto urgent = is_urgent(*urgency);
  if (!urgent)
    throw sdk::invalid_field(order.field_path("urgency"), "must be one of " + std::string(urgencies_allowed));
  if (*urgent) out.urgent(true);
}

void map_class(const wire_element& handling, sdk::case_builder& out) {
  const auto text = handling.optional_text("handlingClass");
  if (!text) return;
  const auto handling_class = handling_class_for(*text);
  if (!handling_class)
    throw sdk::invalid_field(handling.field_path("handlingClass"),
                             "must be one of " + std::string(handling_classes_allowed));
  if (!handling_class->empty()) out.handling_class(*handling_class);
}

// The hotline's 办结时限 is its own rule for this order, so it travels as assigned_due_at and
// wins where the deadline profile lets it. Both times are +08:00 text of one shape, so they
// compare as strings.
void map_due_time(const wire_element& handling, const std::string& submitted_at, sdk::case_builder& out) {
  const auto text = handling.optional_text("dueTime");
  if (!text) return;
  std::string due_at = sdk::read_local_datetime(handling.field_path("dueTime"), *text);
  if (due_at <= submitted_at)
    throw sdk::invalid_date(handling.field_path("dueTime"), "is not after workOrder.createTime");
  out.assigned_due_at(std::move(due_at));
}

}  // namespace

void map_handling(const wire_element& order, const std::string& submitted_at, sdk::case_builder& out) {
  map_urgency(order, out);
  const auto handling = order.optional_group("handling");
  if (!handling) return;
  map_class(*handling, out);
  map_due_time(*handling, submitted_at, out);
  // The unit the call centre dispatched to (承办单位) is the hotline's routing, not the
  // workflow's: it is checked, kept in the stored raw body, and not mapped.
  if (const auto unit = handling->optional_text("assignedUnit"))
    sdk::require_max_length(handling->field_path("assignedUnit"), *unit, max_assigned_unit);
}

}  // namespace casegw::hotline_12345
