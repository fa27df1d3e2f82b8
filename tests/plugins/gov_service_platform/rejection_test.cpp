// Bad input is refused with the standard code and the key of the wire field, and the message
// never repeats the value (it may be a reporter's personal data).
#include "platform_fixture.hpp"

#include <optional>

namespace casegw::gov_service_platform::testing {
namespace {

using boost::json::value;

constexpr const char* complaint = "complaint-zwfw.json";
constexpr const char* enterprise = "help-zwfw-enterprise.json";

// One edit of a sample and the refusal it must bring. No replacement: the key is removed.
struct edit {
  const char* sample;
  const char* key;
  std::optional<value> replacement;
  const char* code;
  const char* field = nullptr;  // the key itself when not given
};

std::string repeated(std::string_view piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

// A host whose division data knows the samples' codes and one code outside Chongqing.
void know_sample_divisions(platform_host& host) {
  host.known_divisions({"500111", "500111001", "500111001001", "500111002", "500112", "500112002", "110101"});
}

void expect_each_refused(const std::vector<edit>& edits) {
  platform_host host;
  know_sample_divisions(host);
  for (const edit& e : edits) {
    SCOPED_TRACE(std::string(e.sample) + " " + e.key + (e.replacement ? " = " + serialize(*e.replacement) : " removed"));
    const std::string body = e.replacement ? with(sample(e.sample), e.key, *e.replacement) : without(sample(e.sample), e.key);
    expect_refusal(decode(host, body), e.code, e.field ? e.field : e.key);
  }
}

TEST(GovServiceRejection, EachRequiredFieldRemovedIsMissing) {
  std::vector<edit> edits;
  for (const char* key : {"version", "msgType", "source", "caseNo", "submitTime", "appealType", "title", "content",
                          "areaCode", "userType", "userName", "mobile"})
    edits.push_back({complaint, key, std::nullopt, "MISSING_FIELD"});
  edits.push_back({enterprise, "creditCode", std::nullopt, "MISSING_FIELD"});
  expect_each_refused(edits);
}

TEST(GovServiceRejection, BlankAndNullRequiredFieldsAreMissing) {
  expect_each_refused({
      {complaint, "title", " \u3000\u3000 ", "MISSING_FIELD"},  // what an input method types into an empty box
      {complaint, "caseNo", "", "MISSING_FIELD"},
      {complaint, "areaCode", nullptr, "MISSING_FIELD"},
  });
}

TEST(GovServiceRejection, ValuesOfTheWrongJsonTypeAreWrongType) {
  expect_each_refused({
      {complaint, "caseNo", 20261120000123, "WRONG_TYPE"},
      {complaint, "version", 1.0, "WRONG_TYPE"},
      {complaint, "title", value{{"text", "不动产"}}, "WRONG_TYPE"},
      {complaint, "content", boost::json::array{"本人", "于"}, "WRONG_TYPE"},
      {complaint, "submitTime", 1763602212000, "WRONG_TYPE"},
      {complaint, "areaCode", 500111001001, "WRONG_TYPE"},
      {complaint, "anonymousFlag", false, "WRONG_TYPE"},
      {complaint, "publicFlag", 1, "WRONG_TYPE"},
      {complaint, "callbackFlag", true, "WRONG_TYPE"},
      {complaint, "attachments", "https://file.zwfw.example/a.jpg", "WRONG_TYPE"},
      {complaint, "attachments", boost::json::array{"https://file.zwfw.example/a.jpg", 7}, "WRONG_TYPE", "attachments[1]"},
      {complaint, "attachments", boost::json::array{value{{"url", "https://file.zwfw.example/a.jpg"}}}, "WRONG_TYPE",
       "attachments[0]"},
  });
}

TEST(GovServiceRejection, CodesOutsideTheVocabulariesAreRefused) {
  expect_each_refused({
      {complaint, "version", "2.0", "UNSUPPORTED_VERSION"},
      {complaint, "version", "v1", "UNSUPPORTED_VERSION"},
      {complaint, "version", "10", "UNSUPPORTED_VERSION"},
      {complaint, "msgType", "CASE_SUPPLEMENT", "INVALID_FIELD"},
      {complaint, "msgType", "EVALUATION", "INVALID_FIELD"},
      {complaint, "source", "weibo", "INVALID_FIELD"},
      {complaint, "source", "ZWFW", "INVALID_FIELD"},
      {complaint, "appealType", "XF", "UNKNOWN_KIND"},  // 信访: not a matter for this platform
      {complaint, "appealType", "投诉", "UNKNOWN_KIND"},  // the label is not the code
      {complaint, "appealType", "ts", "UNKNOWN_KIND"},
      {complaint, "handleType", "5", "INVALID_FIELD"},
      {complaint, "handleType", "交办", "INVALID_FIELD"},
      {complaint, "urgentFlag", "Y", "INVALID_FIELD"},
      {complaint, "anonymousFlag", "true", "INVALID_FIELD"},
      {complaint, "caseNo", "ZWFW 20261120000123", "INVALID_FIELD"},
      {complaint, "caseNo", "-ZWFW20261120000123", "INVALID_FIELD"},
      {complaint, "handDownNo", "交办-2026-1", "INVALID_FIELD"},
  });
}

TEST(GovServiceRejection, DatesThatAreNotRealBeijingLocalTimesAreInvalid) {
  expect_each_refused({
      {complaint, "submitTime", "2026-02-30 09:30:12", "INVALID_DATE"},
      {complaint, "submitTime", "2025-02-29 09:30:12", "INVALID_DATE"},
      {complaint, "submitTime", "2026-11-20 24:00:00", "INVALID_DATE"},
      {complaint, "submitTime", "2026-11-20 09:60:00", "INVALID_DATE"},
      {complaint, "submitTime", "2026-11-20T09:30:12+08:00", "INVALID_DATE"},  // ISO 8601 is not this channel's form
      {complaint, "submitTime", "2026-11-20 09:30", "INVALID_DATE"},
      {complaint, "submitTime", "2026/11/20 09:30:12", "INVALID_DATE"},
      {complaint, "submitTime", "2026-11-20", "INVALID_DATE"},
      {complaint, "submitTime", "2026-11-20 09:30:12.000", "INVALID_DATE"},
      {complaint, "limitTime", "2026-12-32 18:00:00", "INVALID_DATE"},
      {complaint, "limitTime", "2026-11-20 09:30:11", "INVALID_DATE"},  // a second before submission
  });
}

TEST(GovServiceRejection, RegionCodesMustBeWellFormedKnownAndInTheServedArea) {
  expect_each_refused({
      {complaint, "areaCode", "50011", "INVALID_REGION_CODE"},
      {complaint, "areaCode", "5001110010011", "INVALID_REGION_CODE"},
      {complaint, "areaCode", "50011A", "INVALID_REGION_CODE"},
      {complaint, "areaCode", "990101", "INVALID_REGION_CODE"},      // no province 99
      {complaint, "areaCode", "500111999", "INVALID_REGION_CODE"},   // well-formed, no such town in 大足区
      {complaint, "areaCode", "500199", "INVALID_REGION_CODE"},      // well-formed, no such county
      {complaint, "areaCode", "110101", "INVALID_REGION_CODE"},      // 东城区, Beijing: not this city's
  });
}

TEST(GovServiceRejection, TextsOverTheUnifiedCaseLimitsAreTooLong) {
  expect_each_refused({
      {complaint, "title", value(repeated("登", 201)), "FIELD_TOO_LONG"},
      {complaint, "content", value(repeated("记", 20001)), "FIELD_TOO_LONG"},
      {complaint, "address", value(repeated("址", 501)), "FIELD_TOO_LONG"},
      {complaint, "itemCode", value(repeated("0", 65)), "FIELD_TOO_LONG"},
      {complaint, "itemName", value(repeated("项", 101)), "FIELD_TOO_LONG"},
      {complaint, "deptName", value(repeated("局", 201)), "FIELD_TOO_LONG"},
      {complaint, "userName", value(repeated("张", 101)), "FIELD_TOO_LONG"},
      {complaint, "attachments", boost::json::array{"https://file.zwfw.example/" + repeated("a", 2024)}, "FIELD_TOO_LONG",
       "attachments[0]"},
  });
}

TEST(GovServiceRejection, LimitsCountCharactersNotBytes) {
  platform_host host;
  know_sample_divisions(host);
  // 200 Chinese characters are 600 bytes of UTF-8 and still a valid title.
  EXPECT_EQ(decode(host, with(sample(complaint), "title", value(repeated("登", 200)))).status, CASEGW_OK);
  EXPECT_EQ(decode(host, with(sample(complaint), "content", value(repeated("记", 20000)))).status, CASEGW_OK);
}

TEST(GovServiceRejection, AttachmentsMustBeHttpsLinks) {
  expect_each_refused({
      {complaint, "attachments", boost::json::array{"https://file.zwfw.example/a.jpg", "http://file.zwfw.example/b.jpg"},
       "INVALID_FIELD", "attachments[1]"},
      {complaint, "attachments", boost::json::array{"file:///etc/passwd"}, "INVALID_FIELD", "attachments[0]"},
      {complaint, "attachments", boost::json::array{"https:///a.jpg"}, "INVALID_FIELD", "attachments[0]"},
      {complaint, "attachments", boost::json::array{"https://file.zwfw.example/a b.jpg"}, "INVALID_FIELD", "attachments[0]"},
      {complaint, "attachments", boost::json::array{"https://file.zwfw.example/a.jpg\r\nX-Evil: 1"}, "INVALID_FIELD",
       "attachments[0]"},
      {complaint, "attachments", boost::json::array{""}, "MISSING_FIELD", "attachments[0]"},
  });
}

TEST(GovServiceRejection, DuplicateKeysAndMalformedBodiesAreRefusedBeforeMapping) {
  platform_host host;
  std::string twice = sample_text(complaint);
  twice.replace(twice.find("\"mobile\""), 8, "\"mobile\": \"13900139000\", \"mobile\"");
  expect_refusal(decode(host, twice), "DUPLICATE_FIELD", "mobile");

  std::string cut = sample_text(complaint);
  cut.resize(cut.size() / 2);
  expect_refusal(decode(host, cut), "MALFORMED_BODY", "");
  expect_refusal(decode(host, "caseNo=ZWFW20261120000123&title=x"), "MALFORMED_BODY", "");
  expect_refusal(decode(host, "[" + sample_text(complaint) + "]"), "MALFORMED_BODY", "");
}

TEST(GovServiceRejection, UnknownFieldsAreIgnoredWhateverTheirShape) {
  platform_host host;
  auto message = sample(complaint);
  message["appealTypeName"] = "投诉";
  message["ext"] = value{{"channelVersion", 3}, {"tags", boost::json::array{"政务服务"}}};
  EXPECT_EQ(decode(host, boost::json::serialize(message)).status, CASEGW_OK);
}

TEST(GovServiceRejection, LaterMinorInterfaceVersionsAreRead) {
  platform_host host;
  for (const char* version : {"1", "1.0", "1.3", "1.10"})
    EXPECT_EQ(decode(host, with(sample(complaint), "version", version)).status, CASEGW_OK) << version;
}

TEST(GovServiceRejection, MessagesNeverContainTheReporterData) {
  platform_host host;
  know_sample_divisions(host);
  const std::string name = "张三", phone = "13800138000", id = "500111198803151232";
  const auto person = sample(complaint);
  const std::string long_name = repeated(name, 51);
  // Each message puts reporter data where it does not belong, so that the error is about it.
  const std::vector<std::string> bodies = {
      with(person, "mobile", value(id)),
      with(person, "certNo", value(phone)),
      with(person, "certNo", value(id + "1")),
      with(person, "userName", value(long_name)),
      with(person, "userType", value(name)),
      with(person, "submitTime", value(phone)),
      with(person, "areaCode", value(id)),
      with(person, "caseNo", value(name)),
      with(person, "certType", value(id)),
      with(person, "creditCode", value(id)),
      with(person, "appealType", value(name)),
      with(person, "attachments", boost::json::array{value("http://" + phone)}),
      with(sample("report-zwfw-anonymous-urgent.json"), "certNo", value(id)),
  };
  for (const auto& body : bodies) {
    const call_result r = decode(host, body);
    ASSERT_EQ(r.status, CASEGW_REJECTED);
    for (const std::string& secret : {name, phone, id, long_name}) {
      EXPECT_EQ(r.message.find(secret), std::string::npos) << r.message;
      EXPECT_EQ(r.field.find(secret), std::string::npos) << r.field;
    }
  }
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
