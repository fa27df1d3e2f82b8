// Bad input is refused with a specific code and the path of the wire field, and the message
// never repeats the value (it may be a reporter's personal data).
#include "sample_payloads.hpp"

namespace casegw::city_portal::testing {
namespace {

using boost::json::value;

struct expected_rejection {
  std::string code, field;
};

void expect_rejected(const sdk::testing::call_result& r, const expected_rejection& e) {
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, e.code);
  EXPECT_EQ(r.field, e.field);
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());
}

// ---- each required field, removed -----------------------------------------------------

struct missing_case {
  const char* sample;
  const char* path;
};
// Readable, stable test names (CTest lists parameterized tests by their printed parameter).
void PrintTo(const missing_case& c, std::ostream* os) { *os << c.sample << ":" << c.path; }

class CityPortalMissingField : public ::testing::TestWithParam<missing_case> {};

TEST_P(CityPortalMissingField, IsRejectedAsMissingNamingTheField) {
  portal_host host;
  const auto [sample, path] = GetParam();
  expect_rejected(decode(host, without(sample_json(sample), path)), {"MISSING_FIELD", path});
}

INSTANTIATE_TEST_SUITE_P(
    RequiredFields, CityPortalMissingField,
    ::testing::Values(missing_case{"complaint-wechat.json", "version"},
                      missing_case{"complaint-wechat.json", "submission"},
                      missing_case{"complaint-wechat.json", "submission.submissionNo"},
                      missing_case{"complaint-wechat.json", "submission.submittedAt"},
                      missing_case{"complaint-wechat.json", "submission.type"},
                      missing_case{"complaint-wechat.json", "submission.title"},
                      missing_case{"complaint-wechat.json", "submission.content"},
                      missing_case{"complaint-wechat.json", "submission.category"},
                      missing_case{"complaint-wechat.json", "submission.category.code"},
                      missing_case{"complaint-wechat.json", "submission.category.name"},
                      missing_case{"complaint-wechat.json", "submission.location"},
                      missing_case{"complaint-wechat.json", "submission.location.regionCode"},
                      missing_case{"complaint-wechat.json", "submission.location.latitude"},
                      missing_case{"complaint-wechat.json", "submission.location.longitude"},
                      missing_case{"complaint-wechat.json", "submission.location.coordinateSystem"},
                      missing_case{"complaint-wechat.json", "submission.reporter"},
                      missing_case{"complaint-wechat.json", "submission.reporter.type"},
                      missing_case{"complaint-wechat.json", "submission.reporter.name"},
                      missing_case{"complaint-wechat.json", "submission.reporter.mobile"},
                      missing_case{"complaint-wechat.json", "submission.respondent.type"},
                      missing_case{"complaint-wechat.json", "submission.respondent.name"},
                      missing_case{"complaint-wechat.json", "submission.attachments[1].url"},
                      missing_case{"enterprise-complaint-app.json", "submission.reporter.creditCode"}));

TEST(CityPortalRejection, BlankTitleIsMissing) {
  portal_host host;
  // Ideographic spaces (U+3000) are what a Chinese input method types into an empty field.
  expect_rejected(decode(host, with(sample_json("complaint-wechat.json"), "submission.title", " \u3000\u3000 ")),
                  {"MISSING_FIELD", "submission.title"});
}

// ---- wrong JSON types ----------------------------------------------------------------

struct wrong_type_case {
  const char* path;
  value replacement;
};
void PrintTo(const wrong_type_case& c, std::ostream* os) { *os << c.path << "=" << c.replacement; }

class CityPortalWrongType : public ::testing::TestWithParam<wrong_type_case> {};

TEST_P(CityPortalWrongType, IsRejectedAsWrongTypeNamingTheField) {
  portal_host host;
  const auto& [path, replacement] = GetParam();
  expect_rejected(decode(host, with(sample_json("complaint-wechat.json"), path, replacement)), {"WRONG_TYPE", path});
}

INSTANTIATE_TEST_SUITE_P(
    Types, CityPortalWrongType,
    ::testing::Values(wrong_type_case{"version", 1},
                      wrong_type_case{"pushId", 481},
                      wrong_type_case{"submission", "CQDC20261120000481"},
                      wrong_type_case{"submission.submissionNo", 20261120000481},
                      wrong_type_case{"submission.title", 42},
                      wrong_type_case{"submission.content", value{{"text", "..."}}},
                      wrong_type_case{"submission.category", "HJ0203"},
                      wrong_type_case{"submission.location.regionCode", 500103003},
                      wrong_type_case{"submission.location.latitude", "29.557139"},
                      wrong_type_case{"submission.reporter", value(boost::json::array{"张晓梅"})},
                      wrong_type_case{"submission.reporter.contactConsent", "yes"},
                      wrong_type_case{"submission.discloseConsent", 0},
                      wrong_type_case{"submission.attachments", value{{"url", "https://x.example/a.jpg"}}},
                      wrong_type_case{"submission.attachments[0].size", "482133"},
                      wrong_type_case{"submission.attachments[0].size", true},
                      wrong_type_case{"submission.type", value(boost::json::array{"complaint"})}));

TEST(CityPortalRejection, AttachmentThatIsNotAnObjectIsNamedByIndex) {
  portal_host host;
  value payload = sample_json("complaint-wechat.json");
  payload.at("submission").at("attachments").as_array().emplace_back("https://x.example/a.jpg");
  expect_rejected(decode(host, boost::json::serialize(payload)), {"WRONG_TYPE", "submission.attachments[2]"});
}

TEST(CityPortalRejection, ANumberOfTheRightTypeButAWrongValueIsInvalid) {
  portal_host host;
  for (const value& size : {value(-1), value(1.5), value(-0.5)})
    expect_rejected(decode(host, with(sample_json("complaint-wechat.json"), "submission.attachments[0].size", size)),
                    {"INVALID_FIELD", "submission.attachments[0].size"});
}

// ---- values: dates, codes, identifiers -----------------------------------------------

struct invalid_value_case {
  const char* sample;
  const char* path;
  value replacement;
  const char* code = "INVALID_FIELD";
};
void PrintTo(const invalid_value_case& c, std::ostream* os) {
  *os << c.sample << ":" << c.path << "=" << c.replacement << "->" << c.code;
}

class CityPortalInvalidValue : public ::testing::TestWithParam<invalid_value_case> {};

TEST_P(CityPortalInvalidValue, IsRejectedWithItsCodeNamingTheField) {
  portal_host host;
  host.known_divisions(shipped_division_codes());
  const auto& [sample, path, replacement, code] = GetParam();
  expect_rejected(decode(host, with(sample_json(sample), path, replacement)), {code, path});
}

INSTANTIATE_TEST_SUITE_P(
    SubmittedAt, CityPortalInvalidValue,
    ::testing::Values(invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-02-30T09:00:00+08:00", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2025-02-29T09:00:00+08:00", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-11-20T24:00:00+08:00", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-11-20T09:30:12", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-11-20 09:30:12+08:00", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-11-20", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "2026-11-20T09:30:12+0800", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "submission.submittedAt", "1763602212", "INVALID_DATE"},
                      invalid_value_case{"complaint-wechat.json", "pushTime", "2026-11-20T09:30:15", "INVALID_DATE"}));

INSTANTIATE_TEST_SUITE_P(
    Codes, CityPortalInvalidValue,
    ::testing::Values(invalid_value_case{"complaint-wechat.json", "submission.type", "grievance", "UNKNOWN_KIND"},
                      invalid_value_case{"complaint-wechat.json", "submission.type", "投诉", "UNKNOWN_KIND"},  // labels are not codes
                      invalid_value_case{"complaint-wechat.json", "submission.type", "Complaint", "UNKNOWN_KIND"},
                      invalid_value_case{"complaint-wechat.json", "submission.subChannel", "weibo"},
                      invalid_value_case{"complaint-wechat.json", "submission.domain", "economic_regulation"},
                      invalid_value_case{"complaint-wechat.json", "submission.submissionNo", "CQDC 2026"},
                      invalid_value_case{"complaint-wechat.json", "submission.submissionNo", "受理2026"},
                      invalid_value_case{"complaint-wechat.json", "submission.respondent.type", "government"},
                      invalid_value_case{"complaint-wechat.json", "submission.reporter.type", "citizen"}));

INSTANTIATE_TEST_SUITE_P(
    Location, CityPortalInvalidValue,
    ::testing::Values(invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "50010A", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "5001031", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "500103-003", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "５００１０３", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "990103", "INVALID_REGION_CODE"},
                      // Well-formed, but not in the official division data:
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "500199", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "500111999", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.regionCode", "500101001999", "INVALID_REGION_CODE"},
                      invalid_value_case{"complaint-wechat.json", "submission.location.latitude", 91.0},
                      invalid_value_case{"complaint-wechat.json", "submission.location.longitude", -180.5},
                      invalid_value_case{"complaint-wechat.json", "submission.location.coordinateSystem", "cgcs2000"}));

INSTANTIATE_TEST_SUITE_P(
    Reporter, CityPortalInvalidValue,
    ::testing::Values(invalid_value_case{"complaint-wechat.json", "submission.reporter.mobile", "023-63851234"},
                      invalid_value_case{"complaint-wechat.json", "submission.reporter.mobile", "1391234567"},
                      invalid_value_case{"complaint-wechat.json", "submission.reporter.idNumber", "500103198503121235"},
                      invalid_value_case{"complaint-wechat.json", "submission.reporter.creditCode", "91500112MA5U7QXK3K"},
                      invalid_value_case{"enterprise-complaint-app.json", "submission.reporter.creditCode", "91500112MA5U7QXK3A"},
                      invalid_value_case{"enterprise-complaint-app.json", "submission.reporter.idNumber", "500103198503121234"},
                      invalid_value_case{"anonymous-report-web.json", "submission.reporter.name", "张晓梅"},
                      invalid_value_case{"anonymous-report-web.json", "submission.reporter.mobile", "13912345678"}));

INSTANTIATE_TEST_SUITE_P(
    Attachments, CityPortalInvalidValue,
    ::testing::Values(invalid_value_case{"complaint-wechat.json", "submission.attachments[0].url", "http://files.cq-portal.example/a.jpg"},
                      invalid_value_case{"complaint-wechat.json", "submission.attachments[0].url", "file:///etc/passwd"},
                      invalid_value_case{"complaint-wechat.json", "submission.attachments[0].mimeType", "Image/JPEG"},
                      invalid_value_case{"complaint-wechat.json", "submission.attachments[0].mimeType", "jpeg"},
                      invalid_value_case{"complaint-wechat.json", "submission.attachments[0].url",
                                         value("https://files.cq-portal.example/" + std::string(2020, 'a')), "FIELD_TOO_LONG"},
                      invalid_value_case{"complaint-wechat.json", "submission.attachments[0].sha256", "3582246f"}));

TEST(CityPortalRejection, OverlongTitleIsTooLong) {
  portal_host host;
  std::string title;
  for (int i = 0; i < 201; ++i) title += "噪";  // 201 characters, 603 bytes
  expect_rejected(decode(host, with(sample_json("complaint-wechat.json"), "submission.title", value(title))),
                  {"FIELD_TOO_LONG", "submission.title"});
  title.resize(200 * 3);  // exactly 200 characters is fine
  EXPECT_EQ(decode(host, with(sample_json("complaint-wechat.json"), "submission.title", value(title))).status, CASEGW_OK);
}

// ---- the body and the envelope ---------------------------------------------------------

class CityPortalMalformedBody : public ::testing::TestWithParam<std::string> {};

TEST_P(CityPortalMalformedBody, IsRejectedAsMalformed) {
  portal_host host;
  expect_rejected(decode(host, GetParam()), {"MALFORMED_BODY", ""});
}

INSTANTIATE_TEST_SUITE_P(Bodies, CityPortalMalformedBody,
                         ::testing::Values("", "   ", "[]", R"(["submission"])", R"("submission")", "42", "null",
                                           "{\"version\": \"1.0\",", "version=1.0&title=x",
                                           "{\"version\": \"1.0\"} trailing", "{\"title\": \"\xC3\x28\"}",
                                           "{\"version\": \"1.0\", /* comment */ \"submission\": {}}"));

TEST(CityPortalRejection, DuplicateKeyIsADuplicateFieldNamingItsPath) {
  portal_host host;
  std::string body = read_sample("consultation-web.json");
  body.replace(body.find("\"title\""), 7, "\"title\": \"另一个标题\", \"title\"");
  expect_rejected(decode(host, body), {"DUPLICATE_FIELD", "submission.title"});
  expect_rejected(decode(host, "{\"version\": \"1.0\", \"version\": \"2.0\", \"submission\": {}}"),
                  {"DUPLICATE_FIELD", "version"});
  // The same key in different objects is fine: "name" is in category, reporter and respondent.
  EXPECT_EQ(decode(host, read_sample("complaint-wechat.json")).status, CASEGW_OK);
}

TEST(CityPortalRejection, DuplicateKeyInsideAnArrayElementIsNamedByIndex) {
  portal_host host;
  std::string body = read_sample("complaint-wechat.json");
  // The second attachment's "url" twice; the first attachment, a scalar array and nested
  // objects before it move the index on correctly.
  const auto second = body.find("\"url\"", body.find("\"url\"") + 1);
  body.replace(second, 5, "\"url\": \"https://x.example/b.mp4\", \"url\"");
  expect_rejected(decode(host, body), {"DUPLICATE_FIELD", "submission.attachments[1].url"});
  expect_rejected(decode(host, R"({"a": [1, "x", [2, {"k": 1}], {"k": 1, "k": 2}]})"), {"DUPLICATE_FIELD", "a[3].k"});
  expect_rejected(decode(host, R"({"a": [[{"k": 1}], [{"k": 1}, {"j": 1, "j": 2}]]})"), {"DUPLICATE_FIELD", "a[1][1].j"});
}

TEST(CityPortalRejection, UnknownEnvelopeMajorIsUnsupported) {
  portal_host host;
  for (const char* version : {"2.0", "2", "0.9", "1.0-beta", "v1"})
    expect_rejected(decode(host, with(sample_json("consultation-web.json"), "version", version)),
                    {"UNSUPPORTED_VERSION", "version"});
}

// ---- confidentiality of error messages -------------------------------------------------

TEST(CityPortalRejection, MessagesNeverContainTheReporterData) {
  portal_host host;
  const std::string name = "张晓梅", phone = "13912345678", id = "500103198503121234";
  const value sample = sample_json("complaint-wechat.json");
  std::string overlong_name;
  for (int i = 0; i < 101; ++i) overlong_name += "梅";
  // Each push puts reporter data where it does not belong, so that the message is about it.
  const std::vector<std::string> bodies = {
      with(sample, "submission.reporter.mobile", value(id)),
      with(sample, "submission.reporter.idNumber", value(phone)),
      with(sample, "submission.reporter.idNumber", value(id + "1")),
      with(sample, "submission.reporter.name", value(overlong_name)),
      with(sample, "submission.reporter.type", value(name)),
      with(sample, "submission.submittedAt", value(phone)),
      with(sample, "submission.location.regionCode", value(id)),
      with(sample, "submission.subChannel", value(name)),
      with(sample, "submission.reporter.creditCode", value(id)),
      with(sample_json("anonymous-report-web.json"), "submission.reporter.idNumber", value(id)),
  };
  for (const auto& body : bodies) {
    const auto r = decode(host, body);
    ASSERT_EQ(r.status, CASEGW_REJECTED);
    for (const std::string& secret : {name, phone, id, overlong_name}) {
      EXPECT_EQ(r.message.find(secret), std::string::npos) << r.message;
      EXPECT_EQ(r.field.find(secret), std::string::npos) << r.field;
    }
  }
}

}  // namespace
}  // namespace casegw::city_portal::testing
