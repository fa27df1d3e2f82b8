#include "order_mapping.hpp"

#include "location_mapping.hpp"
#include "material_mapping.hpp"
#include "user_mapping.hpp"
#include "ykb_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::yukuaiban {

namespace {

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), enforced here so the
// platform hears which of its own fields is too long, not a generic validation failure.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_content = 20000;
constexpr std::size_t max_category_code = 64;
constexpr std::size_t max_category_name = 100;
constexpr std::size_t max_subject_name = 200;

std::string one_of(std::string_view codes) { return "must be one of " + std::string(codes); }

void map_identity(const sdk::json::json_object& order, sdk::case_builder& out) {
  out.case_ref(read_order_no(order));
  const auto sub_channel = sub_channel_for_terminal(order.required_string("terminal"));
  if (!sub_channel) throw sdk::invalid_field(order.path_of("terminal"), one_of(terminal_codes));
  out.sub_channel(std::string(*sub_channel));
  // Deadlines count from when the user submitted, so this time must carry its offset.
  out.submitted_at(sdk::read_iso8601(order.path_of("submitTime"), order.required_string("submitTime")));
}

void map_content(const sdk::json::json_object& order, sdk::case_builder& out) {
  const auto kind = kind_for_appeal_type(order.required_string("appealType"));
  if (!kind) throw sdk::unknown_kind(order.path_of("appealType"), appeal_type_codes);
  out.kind(*kind);

  std::string title = order.required_string("title");
  sdk::require_max_length(order.path_of("title"), title, max_title);
  out.title(std::move(title));

  std::string content = order.required_string("content");
  sdk::require_max_length(order.path_of("content"), content, max_content);
  out.content(std::move(content));
}

// The government service item (政务服务事项) the order is about. 渝快办's item catalogue has no
// published crosswalk to GB/T 39666, so the unified code stays empty and the workflow
// classifies from channel_code.
void map_service_item(const sdk::json::json_object& order, sdk::case_builder& out) {
  const auto item = order.optional_object("serviceItem");
  if (!item) return;
  sdk::category category;
  category.channel_code = item->required_string("code");
  sdk::require_max_length(item->path_of("code"), category.channel_code, max_category_code);
  category.name = item->required_string("name");
  sdk::require_max_length(item->path_of("name"), category.name, max_category_name);
  out.category(std::move(category));
}

void map_respondent(const sdk::json::json_object& order, sdk::case_builder& out) {
  const auto respondent = order.optional_object("respondent");
  if (!respondent) return;
  const auto type = subject_type_for_respondent(respondent->required_string("type"));
  if (!type) throw sdk::invalid_field(respondent->path_of("type"), one_of(respondent_type_codes));
  std::string name = respondent->required_string("name");
  sdk::require_max_length(respondent->path_of("name"), name, max_subject_name);
  out.subject(sdk::subject{std::string(*type), std::move(name)});
}

}  // namespace

std::string read_order_no(const sdk::json::json_object& parent) {
  std::string order_no = parent.required_string("orderNo");
  if (!sdk::is_case_reference(order_no))
    throw sdk::invalid_field(parent.path_of("orderNo"),
                             "must be 1 to 128 ASCII letters, digits or . _ : / - starting with a letter or digit");
  return order_no;
}

void map_order(const sdk::json::json_object& data, const ykb_settings& settings, const sdk::host& host, sdk::case_builder& out) {
  const sdk::json::json_object order = data.required_object("order");
  map_identity(order, out);
  map_content(order, out);
  map_service_item(order, out);
  // Without an explicit yes the content must not reach the unit complained about (第十四条).
  out.consent_to_disclose(order.optional_bool("disclose").value_or(false));
  map_respondent(order, out);
  map_user(data.required_object("user"), out);
  map_location(data.required_object("location"), host, out);
  map_materials(data, settings.max_materials, out);
}

}  // namespace casegw::yukuaiban
