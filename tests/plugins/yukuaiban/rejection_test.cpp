// Bad input is refused with the standard code and the wire path of the field, and the message
// never repeats the value (it may be a reporter's personal data).
#include "ykb_fixture.hpp"

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::value;

constexpr const char* complaint = "complaint-wechat-mini.json";
constexpr const char* corporate = "report-corporate-app.json";

// ---- each required field, removed -----------------------------------------------------

struct missing_case {
  const char* sample;
  const char* path;
};
void PrintTo(const missing_case& c, std::ostream* os) { *os << c.sample << ":" << c.path; }

class YukuaibanMissingField : public ::testing::TestWithParam<missing_case> {};

TEST_P(YukuaibanMissingField, IsRefusedAsMissingNamingTheField) {
  ykb_host host;
  const auto [sample, path] = GetParam();
  expect_rejected(decode(host, without(sample_json(sample), path)), "MISSING_FIELD", path);
}

INSTANTIATE_TEST_SUITE_P(
    RequiredFields, YukuaibanMissingField,
    ::testing::Values(missing_case{complaint, "meta"}, missing_case{complaint, "meta.version"},
                      missing_case{complaint, "meta.appId"}, missing_case{complaint, "meta.msgId"},
                      missing_case{complaint, "meta.timestamp"}, missing_case{complaint, "meta.msgType"},
                      missing_case{complaint, "data"}, missing_case{complaint, "data.order"},
                      missing_case{complaint, "data.order.orderNo"}, missing_case{complaint, "data.order.terminal"},
                      missing_case{complaint, "data.order.submitTime"}, missing_case{complaint, "data.order.appealType"},
                      missing_case{complaint, "data.order.title"}, missing_case{complaint, "data.order.content"},
                      missing_case{complaint, "data.order.serviceItem.code"},
                      missing_case{complaint, "data.order.serviceItem.name"},
                      missing_case{complaint, "data.order.respondent.type"},
                      missing_case{complaint, "data.order.respondent.name"}, missing_case{complaint, "data.user"},
                      missing_case{complaint, "data.user.userType"}, missing_case{complaint, "data.user.name"},
                      missing_case{complaint, "data.user.mobile"}, missing_case{complaint, "data.user.certNo"},
                      missing_case{complaint, "data.location"}, missing_case{complaint, "data.location.regionCode"},
                      missing_case{complaint, "data.location.latitude"},
                      missing_case{complaint, "data.location.longitude"},
                      missing_case{complaint, "data.materials[1].url"},
                      missing_case{corporate, "data.user.creditCode"}));

TEST(YukuaibanRejection, BlankOrNullRequiredFieldsAreMissing) {
  ykb_host host;
  // Ideographic spaces (U+3000) are what a Chinese input method types into an empty field.
  expect_rejected(decode(host, with(sample_json(complaint), "data.order.title", " \u3000\u3000 ")), "MISSING_FIELD",
                  "data.order.title");
  expect_rejected(decode(host, with(sample_json(complaint), "data.user.mobile", nullptr)), "MISSING_FIELD",
                  "data.user.mobile");
}

// ---- wrong JSON types ----------------------------------------------------------------

struct wrong_type_case {
  const char* path;
  value replacement;
};
void PrintTo(const wrong_type_case& c, std::ostream* os) { *os << c.path << "=" << c.replacement; }

class YukuaibanWrongType : public ::testing::TestWithParam<wrong_type_case> {};

TEST_P(YukuaibanWrongType, IsRefusedAsWrongTypeNamingTheField) {
  ykb_host host;
  const auto& [path, replacement] = GetParam();
  expect_rejected(decode(host, with(sample_json(complaint), path, replacement)), "WRONG_TYPE", path);
}

INSTANTIATE_TEST_SUITE_P(
    Types, YukuaibanWrongType,
    ::testing::Values(wrong_type_case{"meta", "order"}, wrong_type_case{"meta.version", 1},
                      wrong_type_case{"meta.appId", 42}, wrong_type_case{"data", value(boost::json::array{})},
                      wrong_type_case{"data.order.orderNo", 2026112000000481},
                      wrong_type_case{"data.order.appealType", 2}, wrong_type_case{"data.order.title", true},
                      wrong_type_case{"data.order.content", value{{"text", "..."}}},
                      wrong_type_case{"data.order.submitTime", 1763602121000},
                      wrong_type_case{"data.order.serviceItem", "500111-HB-0107"},
                      wrong_type_case{"data.order.disclose", "false"}, wrong_type_case{"data.order.disclose", 0},
                      wrong_type_case{"data.user.contactConsent", "yes"}, wrong_type_case{"data.user.mobile", 13900139000},
                      wrong_type_case{"data.location.regionCode", 500111001001},
                      wrong_type_case{"data.location.latitude", "29.707432"},
                      wrong_type_case{"data.materials", value{{"url", "https://files.ykb.example/a.jpg"}}},
                      wrong_type_case{"data.materials[0].fileSize", "523188"},
                      wrong_type_case{"data.materials[0].fileSize", 1.5},
                      wrong_type_case{"data.materials[0].fileName", 1}));

TEST(YukuaibanRejection, MaterialThatIsNotAnObjectIsNamedByIndex) {
  ykb_host host;
  value payload = sample_json(complaint);
  payload.at_pointer("/data/materials").as_array().emplace_back("https://files.ykb.example/a.jpg");
  expect_rejected(decode(host, boost::json::serialize(payload)), "WRONG_TYPE", "data.materials[2]");
}

// ---- values --------------------------------------------------------------------------

struct value_case {
  const char* path;
  value replacement;
  const char* code;
};
void PrintTo(const value_case& c, std::ostream* os) { *os << c.path << "=" << c.replacement; }

class YukuaibanBadValue : public ::testing::TestWithParam<value_case> {};

TEST_P(YukuaibanBadValue, IsRefusedWithItsCodeNamingTheField) {
  ykb_host host;
  host.known_divisions(official_divisions());
  const auto& [path, replacement, code] = GetParam();
  expect_rejected(decode(host, with(sample_json(complaint), path, replacement)), code, path);
}

INSTANTIATE_TEST_SUITE_P(
    Values, YukuaibanBadValue,
    ::testing::Values(
        value_case{"meta.msgType", "progress", "INVALID_FIELD"},
        value_case{"meta.timestamp", "2026-11-20 09:30:15", "INVALID_DATE"},
        value_case{"data.order.orderNo", "YKB 2026", "INVALID_FIELD"},
        value_case{"data.order.orderNo", "-YKB2026", "INVALID_FIELD"},
        value_case{"data.order.terminal", "wechat_mini", "INVALID_FIELD"},  // codes are upper case
        value_case{"data.order.terminal", "DOUYIN_MINI", "INVALID_FIELD"},
        value_case{"data.order.appealType", "2", "UNKNOWN_KIND"},
        value_case{"data.order.appealType", "投诉", "UNKNOWN_KIND"},  // the code, not the label
        value_case{"data.order.submitTime", "2026-02-30T09:28:41+08:00", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2025-02-29T09:28:41+08:00", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2026-11-20T24:00:00+08:00", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2026-11-20T09:28:41", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2026-11-20 09:28:41", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2026-11-20T09:28:41+0800", "INVALID_DATE"},
        value_case{"data.order.submitTime", "2026-11-20", "INVALID_DATE"},
        value_case{"data.order.respondent.type", "unit", "INVALID_FIELD"},
        value_case{"data.location.regionCode", "500199", "INVALID_REGION_CODE"},        // well-formed, not a county
        value_case{"data.location.regionCode", "500111099", "INVALID_REGION_CODE"},     // not a town of 大足区
        value_case{"data.location.regionCode", "500111001999", "INVALID_REGION_CODE"},  // not a community
        value_case{"data.location.regionCode", "50011", "INVALID_REGION_CODE"},
        value_case{"data.location.regionCode", "5001110010", "INVALID_REGION_CODE"},
        value_case{"data.location.regionCode", "990111", "INVALID_REGION_CODE"},
        value_case{"data.location.regionCode", "５００１１１", "INVALID_REGION_CODE"},  // full-width digits
        value_case{"data.location.latitude", 91, "INVALID_FIELD"},
        value_case{"data.location.longitude", -180.5, "INVALID_FIELD"},
        value_case{"data.location.coordType", "GCJ-02", "INVALID_FIELD"},
        value_case{"data.user.userType", "ANONYMOUS", "INVALID_FIELD"},
        value_case{"data.user.mobile", "02363000000", "INVALID_FIELD"},
        value_case{"data.user.mobile", "+8613900139000", "INVALID_FIELD"},
        value_case{"data.user.certNo", "500101198811204523", "INVALID_FIELD"},
        value_case{"data.user.certType", "999", "INVALID_FIELD"},
        value_case{"data.materials[0].url", "http://files.ykb.example/a.jpg", "INVALID_FIELD"},
        value_case{"data.materials[0].mimeType", "image/jpeg; q=1", "INVALID_FIELD"},
        value_case{"data.materials[0].mimeType", "jpeg", "INVALID_FIELD"},
        value_case{"data.materials[0].fileSize", -1, "INVALID_FIELD"},
        value_case{"data.materials[0].sha256", "774d9160", "INVALID_FIELD"}));

// ---- lengths, counted in characters --------------------------------------------------

std::string repeated(std::string_view unit, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) text += unit;
  return text;
}

struct length_case {
  const char* path;
  std::size_t limit;
};
void PrintTo(const length_case& c, std::ostream* os) { *os << c.path << " <= " << c.limit; }

class YukuaibanLength : public ::testing::TestWithParam<length_case> {};

TEST_P(YukuaibanLength, TheLimitInChineseCharactersPassesAndOneMoreIsTooLong) {
  ykb_host host;
  const auto [path, limit] = GetParam();
  EXPECT_EQ(decode(host, with(sample_json(complaint), path, value(repeated("渝", limit)))).status, CASEGW_OK) << path;
  expect_rejected(decode(host, with(sample_json(complaint), path, value(repeated("渝", limit + 1)))), "FIELD_TOO_LONG",
                  path);
}

INSTANTIATE_TEST_SUITE_P(Limits, YukuaibanLength,
                         ::testing::Values(length_case{"data.order.title", 200}, length_case{"data.order.content", 20000},
                                           length_case{"data.order.serviceItem.code", 64},
                                           length_case{"data.order.serviceItem.name", 100},
                                           length_case{"data.order.respondent.name", 200},
                                           length_case{"data.user.name", 100},
                                           length_case{"data.location.address", 500}, length_case{"meta.msgId", 64}));

TEST(YukuaibanRejection, UrlLongerThan2048CharactersIsTooLong) {
  ykb_host host;
  const std::string url = "https://files.ykb.example/" + repeated("a", 2048 - 26 + 1);
  expect_rejected(decode(host, with(sample_json(complaint), "data.materials[0].url", value(url))), "FIELD_TOO_LONG",
                  "data.materials[0].url");
}

// ---- the body as a whole -------------------------------------------------------------

TEST(YukuaibanRejection, BodiesThatAreNotOneJsonObjectAreMalformed) {
  ykb_host host;
  const std::string good = read_sample(complaint);
  for (const std::string& body : {std::string(), std::string("not json"), good.substr(0, good.size() / 2),
                                 std::string("[") + good + "]", good + "{}", std::string("{\"meta\": {},}"),
                                 std::string("/* c */") + good, std::string("\"text\"")}) {
    expect_rejected(decode(host, body), "MALFORMED_BODY", "");
  }
}

TEST(YukuaibanRejection, ALeadingByteOrderMarkIsSkipped) {
  ykb_host host;
  EXPECT_EQ(decode(host, "\xEF\xBB\xBF" + read_sample(complaint)).status, CASEGW_OK);
}

TEST(YukuaibanRejection, DuplicateKeysAreRefusedNamingTheirPath) {
  ykb_host host;
  const std::string body = read_sample(complaint);
  auto insert_after = [&](std::string_view anchor, std::string_view text) {
    std::string copy = body;
    copy.insert(copy.find(anchor) + anchor.size(), text);
    return copy;
  };
  expect_rejected(decode(host, insert_after("\"order\": {", "\"title\": \"x\",")), "DUPLICATE_FIELD", "data.order.title");
  expect_rejected(decode(host, insert_after("{", "\"data\": {},")), "DUPLICATE_FIELD", "data");
  const std::size_t second = body.find("\"fileName\"", body.find("\"fileName\"") + 1);
  std::string in_array = body;
  in_array.insert(second, "\"url\": \"https://files.ykb.example/b.jpg\", ");
  expect_rejected(decode(host, in_array), "DUPLICATE_FIELD", "data.materials[1].url");
  // The same key in two different objects is no duplicate.
  EXPECT_EQ(decode(host, body).status, CASEGW_OK);
}

TEST(YukuaibanRejection, OtherEnvelopeVersionsAreUnsupported) {
  ykb_host host;
  for (const char* version : {"2.0", "2", "1.x", "1.", "0.9", "v1"})
    expect_rejected(decode(host, with(sample_json(complaint), "meta.version", version)), "UNSUPPORTED_VERSION",
                    "meta.version");
  for (const char* version : {"1", "1.0", "1.7", "1.12"})
    EXPECT_EQ(decode(host, with(sample_json(complaint), "meta.version", version)).status, CASEGW_OK) << version;
}

TEST(YukuaibanRejection, UnknownFieldsAreIgnoredSoMinorReleasesCanAddThem) {
  ykb_host host;
  const auto plain = decode(host, read_sample(complaint));
  const auto extended = decode(host, with(sample_json(complaint), "data.order.urgencyHint", value{{"level", 2}}));
  ASSERT_EQ(extended.status, CASEGW_OK);
  EXPECT_EQ(extended.output, plain.output);
}

TEST(YukuaibanRejection, MessagesNeverQuoteTheValue) {
  ykb_host host;
  host.known_divisions(official_divisions());
  const std::pair<const char*, const char*> personal_values[] = {
      {"data.user.mobile", "1390013900"},          {"data.user.certNo", "500101198811204523"},
      {"data.user.name", nullptr},                 {"data.location.regionCode", "500111001999"},
      {"data.order.submitTime", "2026-02-30T09:28:41+08:00"}};
  for (const auto& [path, bad] : personal_values) {
    const std::string text = bad ? bad : repeated("李", 101);
    const auto r = decode(host, with(sample_json(complaint), path, value(text)));
    ASSERT_EQ(r.status, CASEGW_REJECTED) << path;
    EXPECT_EQ(r.message.find(text), std::string::npos) << r.message;
    EXPECT_EQ(r.message.find(path), std::string::npos) << "the gateway adds the path itself: " << r.message;
  }
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
