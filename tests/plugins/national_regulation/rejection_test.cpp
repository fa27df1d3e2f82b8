// Bad input is refused with the shared code for the mistake (sdk/include/casegw/sdk/field_errors.hpp)
// and the dotted path of the wire field, and the message never repeats the value.
#include "regulation_fixture.hpp"

#include <gmock/gmock.h>

#include <tuple>

namespace casegw::national_regulation::testing {
namespace {

using boost::json::value;

constexpr const char* complaint = "complaint-handed-down.json";
constexpr const char* consultation = "consultation-organisation.json";

const std::optional<value> removed;

// One edit of a sample and the rejection it must cause, naming the edited path.
struct edit_case {
  const char* path;
  std::optional<value> replacement;  // removed: take the field out
  const char* code;
  const char* sample = complaint;
};
void PrintTo(const edit_case& c, std::ostream* os) {
  *os << c.sample << ":" << c.path << "=";
  if (c.replacement) *os << *c.replacement; else *os << "<removed>";
}

std::string edited(const edit_case& c) {
  return c.replacement ? with(sample_json(c.sample), c.path, *c.replacement) : without(sample_json(c.sample), c.path);
}

class NationalRegulationEdit : public ::testing::TestWithParam<edit_case> {};

TEST_P(NationalRegulationEdit, IsRefusedWithItsCodeNamingTheField) {
  regulation_host host(settings());
  const auto& c = GetParam();
  expect_rejected(decode(host, edited(c)), {c.code, c.path});
}

// ---- each required field, removed ---------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Missing, NationalRegulationEdit,
    ::testing::Values(edit_case{"header", removed, "MISSING_FIELD"}, edit_case{"header.version", removed, "MISSING_FIELD"},
                      edit_case{"header.msgType", removed, "MISSING_FIELD"}, edit_case{"header.msgId", removed, "MISSING_FIELD"},
                      edit_case{"header.sender", removed, "MISSING_FIELD"}, edit_case{"header.receiver", removed, "MISSING_FIELD"},
                      edit_case{"header.sendTime", removed, "MISSING_FIELD"}, edit_case{"body", removed, "MISSING_FIELD"},
                      edit_case{"body.clue", removed, "MISSING_FIELD"}, edit_case{"body.clue.clueNo", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.assignNo", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.clueType", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.handleType", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.title", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.content", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.reportTime", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.category.code", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.category.name", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.location", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.location.regionCode", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.reporter", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.reporter.type", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.reporter.name", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.reporter.creditCode", removed, "MISSING_FIELD", consultation},
                      edit_case{"body.clue.subject.type", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.subject.name", removed, "MISSING_FIELD"},
                      edit_case{"body.clue.attachments[1].url", removed, "MISSING_FIELD"},
                      // Blank counts as missing, including the ideographic space U+3000.
                      edit_case{"body.clue.title", " \u3000\u3000 ", "MISSING_FIELD"},
                      edit_case{"body.clue.clueType", "", "MISSING_FIELD"},
                      edit_case{"body.clue.reporter.name", value(nullptr), "MISSING_FIELD"}));

// ---- another JSON type than the field's -----------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    WrongType, NationalRegulationEdit,
    ::testing::Values(edit_case{"header", "CLUE_ASSIGN", "WRONG_TYPE"}, edit_case{"header.version", 1.0, "WRONG_TYPE"},
                      edit_case{"header.sendTime", "1795137330218", "WRONG_TYPE"},
                      edit_case{"body.clue", value(boost::json::array{}), "WRONG_TYPE"},
                      edit_case{"body.clue.clueNo", 2026111800137, "WRONG_TYPE"},
                      edit_case{"body.clue.clueType", 1, "WRONG_TYPE"},
                      edit_case{"body.clue.title", 42, "WRONG_TYPE"},
                      edit_case{"body.clue.content", value{{"text", "..."}}, "WRONG_TYPE"},
                      // Epoch milliseconds are whole JSON numbers: no strings, no fractions, no exponents.
                      edit_case{"body.clue.reportTime", "1794969725000", "WRONG_TYPE"},
                      edit_case{"body.clue.reportTime", 1794969725000.5, "WRONG_TYPE"},
                      edit_case{"body.clue.deadline", 1.796399999e12, "WRONG_TYPE"},
                      edit_case{"body.clue.deadline", true, "WRONG_TYPE"},
                      edit_case{"body.clue.urgencyLevel", 1, "WRONG_TYPE"},
                      edit_case{"body.clue.category", "JGSX-SP-0103", "WRONG_TYPE"},
                      edit_case{"body.clue.location", "500111002", "WRONG_TYPE"},
                      edit_case{"body.clue.location.regionCode", 500111002, "WRONG_TYPE"},
                      edit_case{"body.clue.reporter", value(boost::json::array{"张三"}), "WRONG_TYPE"},
                      edit_case{"body.clue.reporter.anonymous", "false", "WRONG_TYPE"},
                      edit_case{"body.clue.reporter.contactConsent", "yes", "WRONG_TYPE"},
                      edit_case{"body.clue.reporter.phone", 13800138000, "WRONG_TYPE"},
                      edit_case{"body.clue.agreeDisclose", 0, "WRONG_TYPE"},
                      edit_case{"body.clue.subject", "重庆某某餐饮管理有限公司", "WRONG_TYPE"},
                      edit_case{"body.clue.attachments", value{{"url", "https://x.example/a.jpg"}}, "WRONG_TYPE"},
                      edit_case{"body.clue.attachments[0].size", "386412", "WRONG_TYPE"},
                      edit_case{"body.clue.attachments[0].size", 1.5, "WRONG_TYPE"},
                      edit_case{"body.clue.attachments[0].fileName", 7, "WRONG_TYPE"}));

// ---- codes ------------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Codes, NationalRegulationEdit,
    ::testing::Values(edit_case{"body.clue.clueType", "05", "UNKNOWN_KIND"},
                      edit_case{"body.clue.clueType", "1", "UNKNOWN_KIND"},
                      edit_case{"body.clue.clueType", "投诉", "UNKNOWN_KIND"},  // labels are not codes
                      edit_case{"body.clue.clueType", "complaint", "UNKNOWN_KIND"},
                      edit_case{"body.clue.handleType", "04", "INVALID_FIELD"},
                      edit_case{"body.clue.handleType", "交办", "INVALID_FIELD"},
                      edit_case{"body.clue.urgencyLevel", "2", "INVALID_FIELD"},
                      edit_case{"body.clue.domain", "FOOD", "INVALID_FIELD"},
                      edit_case{"body.clue.domain", "spyp", "INVALID_FIELD"},
                      edit_case{"body.clue.domain", "market_supervision", "INVALID_FIELD"},
                      edit_case{"body.clue.clueNo", "JGXS 2026", "INVALID_FIELD"},
                      edit_case{"body.clue.assignNo", "交办2026-0052", "INVALID_FIELD"},
                      edit_case{"header.msgType", "CLUE_URGE", "INVALID_FIELD"},
                      edit_case{"header.receiver", "SC_HLWDC", "INVALID_FIELD"},
                      edit_case{"header.receiver", "cq_hlwdc", "INVALID_FIELD"},
                      edit_case{"header.version", "2.0", "UNSUPPORTED_VERSION"},
                      edit_case{"header.version", "2", "UNSUPPORTED_VERSION"},
                      edit_case{"header.version", "0.9", "UNSUPPORTED_VERSION"},
                      edit_case{"header.version", "1.0-beta", "UNSUPPORTED_VERSION"},
                      edit_case{"header.version", "1.", "UNSUPPORTED_VERSION"},
                      edit_case{"header.version", "v1", "UNSUPPORTED_VERSION"}));

// ---- times (epoch milliseconds) ---------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Times, NationalRegulationEdit,
    ::testing::Values(edit_case{"body.clue.reportTime", 1794969725, "INVALID_DATE"},  // seconds, not milliseconds
                      edit_case{"body.clue.reportTime", 0, "INVALID_DATE"},
                      edit_case{"body.clue.reportTime", -1794969725000, "INVALID_DATE"},
                      edit_case{"body.clue.reportTime", 1794969725000000, "INVALID_DATE"},  // microseconds
                      edit_case{"body.clue.deadline", 4102444800000, "INVALID_DATE"},       // 2100-01-01
                      edit_case{"body.clue.deadline", 1794969725000, "INVALID_DATE"},       // = reportTime
                      edit_case{"body.clue.deadline", 1794960000000, "INVALID_DATE"},       // before reportTime
                      edit_case{"header.sendTime", 946684799999, "INVALID_DATE"},           // 1999-12-31T23:59:59.999Z
                      edit_case{"header.sendTime", value(std::uint64_t(18446744073709551615u)), "INVALID_FIELD"}));

// ---- region codes -----------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    RegionFormat, NationalRegulationEdit,
    ::testing::Values(edit_case{"body.clue.location.regionCode", "50011", "INVALID_REGION_CODE"},
                      edit_case{"body.clue.location.regionCode", "5001110021", "INVALID_REGION_CODE"},
                      edit_case{"body.clue.location.regionCode", "50011A", "INVALID_REGION_CODE"},
                      edit_case{"body.clue.location.regionCode", "500111-002", "INVALID_REGION_CODE"},
                      edit_case{"body.clue.location.regionCode", "５００１１１", "INVALID_REGION_CODE"},
                      edit_case{"body.clue.location.regionCode", "990111", "INVALID_REGION_CODE"}));

TEST(NationalRegulationRejection, WellFormedButUnknownDivisionsAreRefused) {
  regulation_host host(settings());
  // The gateway's data lists the towns of 大足区 and the villages of 棠香街道; Beijing lists no
  // towns, so its town codes are judged by their county.
  host.known_divisions({"500111", "500111002", "500111002001", "110101"});
  const std::string path = "body.clue.location.regionCode";
  for (const char* unknown : {"500199", "500111999", "500111002999", "110199001"})
    expect_rejected(decode(host, with(sample_json(complaint), path, unknown)), {"INVALID_REGION_CODE", path});
  for (const char* known : {"500111", "500111002", "500111002001", "110101001"})
    EXPECT_EQ(decode(host, with(sample_json(complaint), path, known)).status, CASEGW_OK) << known;
}

// ---- lengths (characters, not bytes) ----------------------------------------------------

std::string characters(std::size_t n, std::string_view character = "监") {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) text += character;
  return text;
}

struct length_case {
  const char* path;
  std::size_t limit;
  const char* sample = complaint;
};
void PrintTo(const length_case& c, std::ostream* os) { *os << c.path << "<=" << c.limit; }

class NationalRegulationLength : public ::testing::TestWithParam<length_case> {};

TEST_P(NationalRegulationLength, OneCharacterOverTheLimitIsTooLong) {
  regulation_host host(settings());
  const auto& [path, limit, sample] = GetParam();
  EXPECT_EQ(decode(host, with(sample_json(sample), path, value(characters(limit)))).status, CASEGW_OK);
  expect_rejected(decode(host, with(sample_json(sample), path, value(characters(limit + 1)))), {"FIELD_TOO_LONG", path});
}

INSTANTIATE_TEST_SUITE_P(Limits, NationalRegulationLength,
                         ::testing::Values(length_case{"body.clue.title", 200}, length_case{"body.clue.content", 20000},
                                           length_case{"body.clue.location.address", 500},
                                           length_case{"body.clue.reporter.name", 100},
                                           length_case{"body.clue.subject.name", 200},
                                           length_case{"body.clue.category.code", 64},
                                           length_case{"body.clue.category.name", 100}));

TEST(NationalRegulationRejection, OverlongAttachmentUrlIsTooLong) {
  regulation_host host(settings());
  const std::string path = "body.clue.attachments[0].url";
  const std::string prefix = "https://file.jg.gov.example/";
  EXPECT_EQ(decode(host, with(sample_json(complaint), path, value(prefix + std::string(2048 - prefix.size(), 'a')))).status,
            CASEGW_OK);
  expect_rejected(decode(host, with(sample_json(complaint), path, value(prefix + std::string(2049 - prefix.size(), 'a')))),
                  {"FIELD_TOO_LONG", path});
}

// ---- the body as a whole ----------------------------------------------------------------

class NationalRegulationMalformedBody : public ::testing::TestWithParam<std::string> {};

TEST_P(NationalRegulationMalformedBody, IsRefusedAsMalformed) {
  regulation_host host(settings());
  expect_rejected(decode(host, GetParam()), {"MALFORMED_BODY", ""});
}

INSTANTIATE_TEST_SUITE_P(Bodies, NationalRegulationMalformedBody,
                         ::testing::Values("", "   ", "[]", R"(["header"])", R"("header")", "42", "null",
                                           R"({"header": {"version": "1.0"},)", "header.version=1.0",
                                           R"({"header": {}} trailing)", "{\"title\": \"\xC3\x28\"}",
                                           R"({"header": {} /* comment */, "body": {}})",
                                           "\xEF\xBB\xBF\xEF\xBB\xBF{}"));  // only one byte order mark is skipped

TEST(NationalRegulationRejection, DuplicateKeysAreNamedByPath) {
  regulation_host host(settings());
  const std::string body = read_sample(complaint);
  const auto duplicated = [&](std::string_view key, std::string_view replacement) {
    std::string text = body;
    text.replace(text.find(key), key.size(), std::string(replacement));
    return text;
  };
  expect_rejected(decode(host, duplicated("\"title\"", R"("title": "另一个标题", "title")")), {"DUPLICATE_FIELD", "body.clue.title"});
  expect_rejected(decode(host, duplicated("\"version\"", R"("version": "1.0", "version")")), {"DUPLICATE_FIELD", "header.version"});
  expect_rejected(decode(host, duplicated("\"size\": 1048576", R"("size": 1, "size": 1048576)")),
                  {"DUPLICATE_FIELD", "body.clue.attachments[1].size"});
  // The same key in different objects is fine: "name" is in category, reporter and subject.
  EXPECT_EQ(decode(host, body).status, CASEGW_OK);
}

// ---- confidentiality of error messages --------------------------------------------------

TEST(NationalRegulationRejection, MessagesNeverContainTheReporterData) {
  using ::testing::HasSubstr;
  using ::testing::Not;
  regulation_host host(settings());
  const std::string overlong_name = characters(101, "张");
  const std::vector<std::string> secrets = {"张三", "13800138000", "500111199001011232", overlong_name};
  const auto& [name, phone, id] = std::tie(secrets[0], secrets[1], secrets[2]);
  const value sample = sample_json(complaint);
  // Each push puts reporter data where it does not belong, so that the refusal is about it.
  const std::vector<std::string> bodies = {
      with(sample, "body.clue.reporter.phone", value(id)),
      with(sample, "body.clue.reporter.idNumber", value(phone)),
      with(sample, "body.clue.reporter.idNumber", value(id + "1")),
      with(sample, "body.clue.reporter.name", value(overlong_name)),
      with(sample, "body.clue.reporter.type", value(name)),
      with(sample, "body.clue.reporter.creditCode", value(id)),
      with(sample, "body.clue.clueType", value(name)),
      with(sample, "body.clue.location.regionCode", value(phone)),
      with(sample, "body.clue.domain", value(name)),
      with(sample, "header.receiver", value(name)),
      with(sample_json("report-supervised-anonymous.json"), "body.clue.reporter.idNumber", value(id)),
  };
  for (const auto& body : bodies) {
    const auto r = decode(host, body);
    ASSERT_EQ(r.status, CASEGW_REJECTED) << r.output;
    const std::string told = r.code + " " + r.field + " " + r.message;
    for (const auto& secret : secrets) EXPECT_THAT(told, Not(HasSubstr(secret)));
  }
}

}  // namespace
}  // namespace casegw::national_regulation::testing
