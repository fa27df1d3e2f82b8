#include "unified_case/case_assembler.hpp"

#include "unified_case/json_text.hpp"

#include <cstdint>
#include <span>
#include <string_view>

namespace casegw::unified_case {
namespace {

using key_order = std::span<const std::string_view>;

constexpr std::string_view adapter_field_order[] = {"submitted_at", "kind", "title", "content", "domain", "category",
                                                    "attachments", "location", "reporter", "consent_to_disclose", "subject", "handling"};
constexpr std::string_view category_order[] = {"code", "channel_code", "name"};
constexpr std::string_view location_order[] = {"region_code", "address", "geo"};
constexpr std::string_view reporter_order[] = {"type", "name", "phone", "id_number", "contact_consent"};
constexpr std::string_view subject_order[] = {"type", "name"};
constexpr std::string_view handling_order[] = {"class", "assigned_due_at", "urgent"};
constexpr std::string_view attachment_order[] = {"uri", "mime", "sha256", "size"};
constexpr std::string_view geo_order[] = {"lat", "lon", "crs"};

// Per nested object, the member order of the schema. Objects not listed keep their order.
struct nested_order {
  std::string_view field;
  key_order keys;
};
constexpr nested_order nested_orders[] = {
    {"category", category_order},
    {"location", location_order},
    {"reporter", reporter_order},
    {"subject", subject_order},
    {"handling", handling_order},
};

// Copies `source` with the listed keys first, in that order, then any others as they were.
boost::json::object reordered(const boost::json::object& source, key_order keys) {
  boost::json::object out;
  out.reserve(source.size());
  for (const auto key : keys) {
    if (const auto* value = source.if_contains(key)) out.emplace(key, *value);
  }
  for (const auto& member : source) {
    if (!out.contains(member.key())) out.emplace(member.key(), member.value());
  }
  return out;
}

boost::json::value in_schema_order(std::string_view field, const boost::json::value& value) {
  if (field == "attachments" && value.is_array()) {
    boost::json::array items;
    for (const auto& item : value.get_array()) {
      items.push_back(item.is_object() ? boost::json::value(reordered(item.get_object(), attachment_order)) : item);
    }
    return items;
  }
  if (!value.is_object()) return value;
  for (const auto& nested : nested_orders) {
    if (nested.field != field) continue;
    boost::json::object object = reordered(value.get_object(), nested.keys);
    if (auto* geo = object.if_contains("geo"); geo != nullptr && geo->is_object()) {
      *geo = reordered(geo->get_object(), geo_order);
    }
    return object;
  }
  return value;
}

boost::json::object channel_with_id(const boost::json::object& adapter_part, const std::string& channel_id) {
  boost::json::object channel;
  channel.emplace("id", channel_id);
  if (const auto* given = adapter_part.if_contains("channel"); given != nullptr && given->is_object()) {
    for (const auto key : {"case_ref", "parent_ref", "sub_channel"}) {
      if (const auto* value = given->get_object().if_contains(key)) channel.emplace(key, *value);
    }
  }
  return channel;
}

boost::json::object raw_record(const gateway_facts& facts) {
  boost::json::object raw;
  raw.emplace("content_type", facts.content_type);
  raw.emplace("media_type", facts.media_type);
  raw.emplace("charset", facts.charset);
  raw.emplace("sha256", facts.raw_sha256);
  raw.emplace("size", static_cast<std::uint64_t>(facts.raw_size));
  return raw;
}

}  // namespace

boost::json::object build_unified_case(const boost::json::object& adapter_part, const gateway_facts& facts) {
  boost::json::object unified;
  unified.reserve(adapter_part.size() + facts.policy_groups.size() + 5);
  unified.emplace("schema", "casegw.case/v1");
  unified.emplace("case_id", facts.case_id);
  unified.emplace("received_at", facts.received_at);
  unified.emplace("channel", channel_with_id(adapter_part, facts.channel_id));
  for (const auto field : adapter_field_order) {
    if (const auto* value = adapter_part.if_contains(field)) unified.emplace(field, in_schema_order(field, *value));
  }
  for (const auto& group : facts.policy_groups) unified.emplace(group.key(), group.value());
  unified.emplace("raw", raw_record(facts));
  return unified;
}

std::string assemble_case(const boost::json::object& adapter_part, const gateway_facts& facts) {
  return to_json_text(build_unified_case(adapter_part, facts));
}

}  // namespace casegw::unified_case
