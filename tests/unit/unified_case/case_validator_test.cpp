#include "unified_case/case_validator.hpp"

#include "sample_adapter_part.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::unified_case {
namespace {

using testing::erase_path;
using testing::sample_adapter_part;
using testing::sample_with;

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Expects a failure with this code and field; returns the message for further checks.
std::string expect_error(const validation_result& result, std::string_view code, std::string_view field) {
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.adapter_part.has_value());
  if (!result.error) return {};
  EXPECT_EQ(result.error->code, code) << result.error->field << ": " << result.error->message;
  EXPECT_EQ(result.error->field, field) << result.error->message;
  return result.error->message;
}

TEST(ValidateAdapterOutput, CompleteSampleIsValidAndReturnedParsed) {
  const auto result = validate_adapter_output(boost::json::serialize(sample_adapter_part()));
  ASSERT_TRUE(result.ok()) << result.error->field << ": " << result.error->message;
  ASSERT_TRUE(result.adapter_part);
  EXPECT_EQ(*result.adapter_part, sample_adapter_part());
}

TEST(ValidateAdapterOutput, MinimalCaseWithOnlyRequiredFieldsIsValid) {
  const auto result = validate_adapter_output(R"({
    "channel": {"case_ref": "1"}, "submitted_at": "2026-11-20T09:30:00+08:00", "kind": "consultation",
    "title": "t", "content": "c", "location": {"region_code": "500000"},
    "reporter": {"type": "anonymous", "contact_consent": false}, "consent_to_disclose": false})");
  EXPECT_TRUE(result.ok());
}

TEST(ValidateAdapterOutput, InvalidJsonIsAnAdapterBug) {
  expect_error(validate_adapter_output("{\"kind\": "), error_code::adapter_output_invalid, "");
  expect_error(validate_adapter_output(""), error_code::adapter_output_invalid, "");
  expect_error(validate_adapter_output("{} trailing"), error_code::adapter_output_invalid, "");
  expect_error(validate_adapter_output("{\"title\": \"\xe9\x87\"}"), error_code::adapter_output_invalid, "");
}

TEST(ValidateAdapterOutput, NonObjectDocumentIsAnAdapterBug) {
  for (const char* json : {"[]", "\"case\"", "42", "null", "true"}) {
    expect_error(validate_adapter_output(json), error_code::adapter_output_invalid, "");
  }
}

TEST(ValidateAdapterOutput, EachRequiredFieldMissingIsNamed) {
  for (const char* path : {"channel", "channel.case_ref", "submitted_at", "kind", "title", "content", "location",
                           "location.region_code", "location.geo.lat", "location.geo.lon", "location.geo.crs",
                           "reporter", "reporter.type", "reporter.contact_consent", "consent_to_disclose",
                           "subject.type", "subject.name", "attachments.0.uri"}) {
    boost::json::value part = sample_adapter_part();
    erase_path(part, path);
    std::string field = path;
    if (field == "attachments.0.uri") field = "attachments[0].uri";
    const auto message = expect_error(validate_adapter_output(boost::json::serialize(part)), error_code::missing_field, field);
    EXPECT_EQ(message, "is required");
  }
}

TEST(ValidateAdapterOutput, OptionalFieldsMayBeAbsent) {
  for (const char* path : {"channel.parent_ref", "channel.sub_channel", "domain", "category", "attachments",
                           "location.address", "location.geo", "reporter.name", "reporter.phone",
                           "reporter.id_number", "subject", "attachments.0.mime", "attachments.0.sha256",
                           "attachments.0.size", "category.code"}) {
    boost::json::value part = sample_adapter_part();
    erase_path(part, path);
    EXPECT_TRUE(validate_adapter_output(boost::json::serialize(part)).ok()) << path;
  }
}

TEST(ValidateAdapterOutput, WrongEnumListsTheAllowedValues) {
  const auto message = expect_error(validate_adapter_output(sample_with([](auto& p) { p["kind"] = "grievance"; })),
                                    error_code::invalid_field, "kind");
  EXPECT_EQ(message, "must be one of consultation, complaint, help, report, suggestion, praise, other");
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["domain"] = "Other"; })), error_code::invalid_field, "domain");
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["reporter"].as_object()["type"] = "citizen"; })),
               error_code::invalid_field, "reporter.type");
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["location"].as_object()["geo"].as_object()["crs"] = "wgs84"; })),
               error_code::invalid_field, "location.geo.crs");
}

TEST(ValidateAdapterOutput, SubmittedAtMustBeRfc3339WithOffset) {
  for (const char* bad : {"2021-09-30 09:30:00", "2021-09-30T09:30:00", "2021-02-29T09:30:00+08:00", "1632965400"}) {
    const auto message = expect_error(validate_adapter_output(sample_with([&](auto& p) { p["submitted_at"] = bad; })),
                                      error_code::invalid_field, "submitted_at");
    EXPECT_NE(message.find("must be an RFC 3339 time with offset"), std::string::npos) << message;
  }
}

TEST(ValidateAdapterOutput, RegionCodeOfSevenDigitsIsRejected) {
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["location"].as_object()["region_code"] = "5001031"; })),
               error_code::invalid_field, "location.region_code");
}

TEST(ValidateAdapterOutput, RegionCodeAsNumberIsRejected) {
  const auto message = expect_error(
      validate_adapter_output(sample_with([](auto& p) { p["location"].as_object()["region_code"] = 500103; })),
      error_code::invalid_field, "location.region_code");
  EXPECT_EQ(message, "must be a string");
}

TEST(ValidateAdapterOutput, TitleLengthCountsChineseCharactersNotBytes) {
  EXPECT_TRUE(validate_adapter_output(sample_with([](auto& p) { p["title"] = repeat("噪", 200); })).ok());
  const auto message = expect_error(validate_adapter_output(sample_with([](auto& p) { p["title"] = repeat("噪", 201); })),
                                    error_code::invalid_field, "title");
  EXPECT_EQ(message, "must be a string of 1 to 200 characters");
}

TEST(ValidateAdapterOutput, EmptyRequiredTextIsInvalidNotMissing) {
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["content"] = ""; })), error_code::invalid_field, "content");
}

TEST(ValidateAdapterOutput, ContentUpTo20000Characters) {
  EXPECT_TRUE(validate_adapter_output(sample_with([](auto& p) { p["content"] = repeat("字", 20000); })).ok());
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["content"] = repeat("字", 20001); })),
               error_code::invalid_field, "content");
}

TEST(ValidateAdapterOutput, UnknownKeyIsNamedWithTheAllowedOnes) {
  const auto message = expect_error(validate_adapter_output(sample_with([](auto& p) { p["titel"] = "x"; })),
                                    error_code::unknown_field, "titel");
  EXPECT_NE(message.find("allowed: channel, submitted_at, kind, title"), std::string::npos) << message;
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["reporter"].as_object()["email"] = "a@b.c"; })),
               error_code::unknown_field, "reporter.email");
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["attachments"].as_array()[0].as_object()["name"] = "a.jpg"; })),
               error_code::unknown_field, "attachments[0].name");
}

TEST(ValidateAdapterOutput, UnprintableUnknownKeyIsNotEchoed) {
  const auto result = validate_adapter_output(sample_with([](auto& p) { p["张三 13812345678"] = 1; }));
  expect_error(result, error_code::unknown_field, "?");
}

TEST(ValidateAdapterOutput, GatewayOwnedFieldsAreRefused) {
  for (const char* key : {"schema", "case_id", "received_at", "raw", "route"}) {
    const auto message = expect_error(validate_adapter_output(sample_with([&](auto& p) { p[key] = "x"; })),
                                      error_code::unknown_field, key);
    EXPECT_NE(message.find("set by the gateway"), std::string::npos);
  }
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["channel"].as_object()["id"] = "city_portal"; })),
               error_code::unknown_field, "channel.id");
}

TEST(ValidateAdapterOutput, WrongTypesAreInvalid) {
  struct wrong_type {
    const char* field;
    std::function<void(boost::json::object&)> edit;
    const char* message;
  };
  const wrong_type cases[] = {
      {"channel", [](auto& p) { p["channel"] = "CQ-1"; }, "must be an object"},
      {"consent_to_disclose", [](auto& p) { p["consent_to_disclose"] = "false"; }, "must be true or false"},
      {"reporter.contact_consent", [](auto& p) { p["reporter"].as_object()["contact_consent"] = 1; }, "must be true or false"},
      {"attachments", [](auto& p) { p["attachments"] = boost::json::object{}; }, "must be an array"},
      {"title", [](auto& p) { p["title"] = nullptr; }, "must be a string"},
      {"attachments[0].size", [](auto& p) { p["attachments"].as_array()[0].as_object()["size"] = -1; }, "must be a whole number of at least 0"},
      {"attachments[0].size", [](auto& p) { p["attachments"].as_array()[0].as_object()["size"] = 1.5; }, "must be a whole number of at least 0"},
      {"location.geo.lat", [](auto& p) { p["location"].as_object()["geo"].as_object()["lat"] = 90.5; }, "must be a number from -90 to 90"},
      {"location.geo.lon", [](auto& p) { p["location"].as_object()["geo"].as_object()["lon"] = "106.5"; }, "must be a number from -180 to 180"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(expect_error(validate_adapter_output(sample_with(c.edit)), error_code::invalid_field, c.field), c.message);
  }
}

TEST(ValidateAdapterOutput, PatternFieldsAreChecked) {
  const std::pair<const char*, std::function<void(boost::json::object&)>> cases[] = {
      {"channel.case_ref", [](auto& p) { p["channel"].as_object()["case_ref"] = "编号 1"; }},
      {"channel.parent_ref", [](auto& p) { p["channel"].as_object()["parent_ref"] = ""; }},
      {"channel.sub_channel", [](auto& p) { p["channel"].as_object()["sub_channel"] = "WeChat"; }},
      {"attachments[0].mime", [](auto& p) { p["attachments"].as_array()[0].as_object()["mime"] = "JPEG"; }},
      {"attachments[0].sha256", [](auto& p) { p["attachments"].as_array()[0].as_object()["sha256"] = "abc"; }},
      {"reporter.phone", [](auto& p) { p["reporter"].as_object()["phone"] = "call 138"; }},
      {"reporter.id_number", [](auto& p) { p["reporter"].as_object()["id_number"] = "110105-1949"; }},
  };
  for (const auto& [field, edit] : cases) {
    expect_error(validate_adapter_output(sample_with(edit)), error_code::invalid_field, field);
  }
}

TEST(ValidateAdapterOutput, CategoryNeedsAtLeastOneMember) {
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["category"] = boost::json::object{}; })),
               error_code::invalid_field, "category");
}

TEST(ValidateAdapterOutput, AtMostFiftyAttachments) {
  const auto with_attachments = [](std::size_t count) {
    return sample_with([count](auto& p) {
      boost::json::array list;
      for (std::size_t i = 0; i < count; ++i) list.push_back(boost::json::object{{"uri", "https://f.example/" + std::to_string(i)}});
      p["attachments"] = list;
    });
  };
  EXPECT_TRUE(validate_adapter_output(with_attachments(50)).ok());
  expect_error(validate_adapter_output(with_attachments(51)), error_code::invalid_field, "attachments");
}

TEST(ValidateAdapterOutput, HandlingCarriesAClassAnAssignedDueTimeAndUrgency) {
  EXPECT_TRUE(validate_adapter_output(sample_with([](auto& p) {
                p["handling"] = boost::json::object{{"class", "handed_down"}, {"assigned_due_at", "2026-11-27T18:00:00+08:00"}, {"urgent", true}};
              })).ok());
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["handling"] = boost::json::object{{"class", "urgent"}}; })),
               error_code::invalid_field, "handling.class");
  expect_error(validate_adapter_output(sample_with([](auto& p) {
                 p["handling"] = boost::json::object{{"assigned_due_at", "2026-11-27 18:00"}};
               })),
               error_code::invalid_field, "handling.assigned_due_at");
  expect_error(validate_adapter_output(sample_with([](auto& p) { p["handling"] = boost::json::object{}; })),
               error_code::invalid_field, "handling");
}

TEST(ValidateAdapterOutput, AnAnonymousReporterCarriesNoIdentity) {
  for (const char* field : {"name", "phone", "id_number"}) {
    const auto result = validate_adapter_output(sample_with([field](auto& p) {
      auto& reporter = p["reporter"].as_object();
      reporter = boost::json::object{{"type", "anonymous"}, {"contact_consent", false}};
      reporter[field] = std::string(field) == "phone" ? "13800000000" : (std::string(field) == "name" ? "张三" : "500103199001011232");
    }));
    const auto message = expect_error(result, error_code::invalid_field, std::string("reporter.") + field);
    EXPECT_EQ(message.find("张三"), std::string::npos);
  }
}

TEST(ValidateAdapterOutput, ErrorMessagesNeverContainReporterData) {
  const std::string name(testing::reporter_name);
  const std::string phone(testing::reporter_phone);
  const std::function<void(boost::json::object&)> leaks[] = {
      [&](auto& p) { p["reporter"].as_object()["phone"] = phone + "x"; },
      [&](auto& p) { p["reporter"].as_object()["name"] = name + repeat("三", 100); },
      [&](auto& p) { p["reporter"].as_object()["id_number"] = phone + "-" + name; },
      [&](auto& p) { p["reporter"].as_object()["type"] = name; },
      [&](auto& p) { p["kind"] = phone; },
      [&](auto& p) { p["submitted_at"] = phone; },
      [&](auto& p) { p["location"].as_object()["region_code"] = phone; },
      [&](auto& p) { p["title"] = boost::json::array{name, phone}; },
      [&](auto& p) { p[name] = phone; },
      [&](auto& p) { p[phone] = name; },
  };
  for (const auto& edit : leaks) {
    const auto result = validate_adapter_output(sample_with(edit));
    ASSERT_TRUE(result.error);
    for (const auto& secret : {name, phone}) {
      EXPECT_EQ(result.error->message.find(secret), std::string::npos) << result.error->message;
      EXPECT_EQ(result.error->field.find(secret), std::string::npos) << result.error->field;
    }
  }
  const auto broken = validate_adapter_output("{\"reporter\": {\"phone\": \"" + phone + "\", ");
  ASSERT_TRUE(broken.error);
  EXPECT_EQ(broken.error->message.find(phone), std::string::npos) << broken.error->message;
}

}  // namespace
}  // namespace casegw::unified_case
