#include "unified_case/case_assembler.hpp"

#include "unified_case/case_id.hpp"
#include "unified_case/case_validator.hpp"
#include "sample_adapter_part.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace casegw::unified_case {
namespace {

using testing::sample_adapter_part;

gateway_facts sample_facts() {
  return gateway_facts{
      .case_id = "017c3452-963b-7abc-8def-0123456789ab",
      .channel_id = "city_portal",
      .received_at = "2021-09-30T09:30:01.250+08:00",
      .content_type = "application/json; charset=UTF-8",
      .media_type = "application/json",
      .charset = "utf-8",
      .raw_sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      .raw_size = 2048,
  };
}

std::vector<std::string> keys_of(const boost::json::object& object) {
  std::vector<std::string> keys;
  for (const auto& member : object) keys.emplace_back(member.key());
  return keys;
}

// The adapter part with every member order reversed, as a careless serializer might emit it.
boost::json::value reversed(const boost::json::value& value) {
  if (!value.is_object()) {
    if (!value.is_array()) return value;
    boost::json::array items;
    for (const auto& item : value.get_array()) items.push_back(reversed(item));
    return items;
  }
  boost::json::object out;
  const auto& in = value.get_object();
  for (auto it = in.end(); it != in.begin();) {
    --it;
    out[it->key()] = reversed(it->value());
  }
  return out;
}

TEST(AssembleCase, TopLevelMembersInDocumentedOrder) {
  const auto unified = boost::json::parse(assemble_case(sample_adapter_part(), sample_facts())).as_object();
  EXPECT_EQ(keys_of(unified), (std::vector<std::string>{"schema", "case_id", "received_at", "channel", "submitted_at",
                                                        "kind", "title", "content", "domain", "category", "attachments",
                                                        "location", "reporter", "consent_to_disclose", "subject", "raw"}));
}

TEST(AssembleCase, NestedMembersInSchemaOrderWhateverTheAdapterWrote) {
  const auto adapter_part = reversed(sample_adapter_part()).as_object();
  ASSERT_EQ(adapter_part.begin()->key(), "subject");
  const auto unified = boost::json::parse(assemble_case(adapter_part, sample_facts())).as_object();
  EXPECT_EQ(keys_of(unified.at("channel").as_object()), (std::vector<std::string>{"id", "case_ref", "parent_ref", "sub_channel"}));
  EXPECT_EQ(keys_of(unified.at("location").as_object()), (std::vector<std::string>{"region_code", "address", "geo"}));
  EXPECT_EQ(keys_of(unified.at("location").at("geo").as_object()), (std::vector<std::string>{"lat", "lon", "crs"}));
  EXPECT_EQ(keys_of(unified.at("reporter").as_object()),
            (std::vector<std::string>{"type", "name", "phone", "id_number", "contact_consent"}));
  EXPECT_EQ(keys_of(unified.at("attachments").at(0).as_object()), (std::vector<std::string>{"uri", "mime", "sha256", "size"}));
  EXPECT_EQ(keys_of(unified.at("raw").as_object()),
            (std::vector<std::string>{"content_type", "media_type", "charset", "sha256", "size"}));
}

TEST(AssembleCase, GatewayFactsAreFilledIn) {
  const auto unified = boost::json::parse(assemble_case(sample_adapter_part(), sample_facts())).as_object();
  EXPECT_EQ(unified.at("schema"), "casegw.case/v1");
  EXPECT_EQ(unified.at("case_id"), "017c3452-963b-7abc-8def-0123456789ab");
  EXPECT_EQ(unified.at("received_at"), "2021-09-30T09:30:01.250+08:00");
  EXPECT_EQ(unified.at("channel").at("id"), "city_portal");
  EXPECT_EQ(unified.at("channel").at("case_ref"), "CQ-2021-000123");
  const auto& raw = unified.at("raw").as_object();
  EXPECT_EQ(raw.at("content_type"), "application/json; charset=UTF-8");
  EXPECT_EQ(raw.at("media_type"), "application/json");
  EXPECT_EQ(raw.at("charset"), "utf-8");
  EXPECT_EQ(raw.at("sha256"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(raw.at("size").to_number<std::int64_t>(), 2048);
}

TEST(AssembleCase, AdapterValuesAreCarriedUnchanged) {
  const auto part = sample_adapter_part();
  auto unified = boost::json::parse(assemble_case(part, sample_facts())).as_object();
  for (const auto& member : part) {
    if (member.key() == "channel") continue;
    EXPECT_EQ(unified.at(member.key()), member.value()) << member.key();
  }
}

TEST(AssembleCase, NumbersAreWrittenReadably) {
  const std::string text = assemble_case(sample_adapter_part(), sample_facts());
  EXPECT_NE(text.find(R"("geo":{"lat":29.563,"lon":106.577,"crs":"GCJ02"})"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("size":2048})"), std::string::npos);
}

TEST(AssembleCase, MinimalCaseHasEveryRequiredMember) {
  const auto validated = validate_adapter_output(R"({
    "channel": {"case_ref": "1"}, "submitted_at": "2026-11-20T09:30:00+08:00", "kind": "consultation",
    "title": "t", "content": "c", "location": {"region_code": "500000"},
    "reporter": {"type": "anonymous", "contact_consent": false}, "consent_to_disclose": false})");
  ASSERT_TRUE(validated.ok());
  auto facts = sample_facts();
  facts.case_id = new_case_id();
  const auto unified = boost::json::parse(assemble_case(*validated.adapter_part, facts)).as_object();
  for (const char* required : {"schema", "case_id", "received_at", "channel", "submitted_at", "kind", "title", "content",
                               "location", "reporter", "consent_to_disclose", "raw"}) {
    EXPECT_TRUE(unified.contains(required)) << required;
  }
  EXPECT_EQ(unified.size(), 12u);
  EXPECT_TRUE(is_case_id(unified.at("case_id").as_string()));
}

}  // namespace
}  // namespace casegw::unified_case
