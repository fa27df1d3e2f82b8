// Every sample item in examples/payloads/state_council decodes to the unified fields the
// channel documentation promises (docs/channels/state_council.md, mapping table), and every
// invalid-* sample is refused with the code and field its name announces.
#include "council_fixture.hpp"

#include <filesystem>
#include <set>

namespace casegw::state_council::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(StateCouncilSamples, UrgentHandoverComplaintMapsEveryField) {
  council_host host;
  const object c = decoded_case(host, read_sample("handover-complaint.json"));
  const value expected = boost::json::parse(R"({
    "channel": {"case_ref": "GWYDC20261120000731", "sub_channel": "app"},
    "submitted_at": "2026-11-20T10:15:00+08:00",
    "kind": "complaint",
    "title": "老旧小区改造工程停工半年脚手架未拆除影响居民出行",
    "domain": "public_service",
    "category": {"channel_code": "DC0712", "name": "城镇老旧小区改造"},
    "attachments": [
      {"uri": "https://files.ducha.gov.example/handover/2026/11/20/GWYDC20261120000731/1.jpg", "mime": "image/jpeg",
       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 1834211},
      {"uri": "https://files.ducha.gov.example/handover/2026/11/20/GWYDC20261120000731/2.jpg", "mime": "image/jpeg",
       "size": 1520374}
    ],
    "location": {"region_code": "500111001001", "address": "重庆市大足区龙岗街道学坝社区某小区3栋",
                 "geo": {"lat": 29.706513, "lon": 105.721763, "crs": "WGS84"}},
    "reporter": {"type": "person", "name": "张三", "phone": "13800138000", "id_number": "500111198803152438",
                 "contact_consent": true},
    "consent_to_disclose": false,
    "subject": {"type": "unit", "name": "大足区住房和城乡建设委员会"},
    "handling": {"class": "handed_down", "assigned_due_at": "2026-12-04T18:00:00+08:00", "urgent": true}
  })");
  for (const auto& [key, v] : expected.as_object()) EXPECT_EQ(c.at(key), v) << key;
  EXPECT_TRUE(c.at("content").as_string().starts_with("我是大足区龙岗街道学坝社区居民"));
  EXPECT_EQ(c.size(), expected.as_object().size() + 1);  // + content: nothing else is set
}

TEST(StateCouncilSamples, SupervisedEnterpriseReportCarriesTheCreditCode) {
  council_host host;
  const object c = decoded_case(host, read_sample("supervision-report-enterprise.json"));
  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "GWYDC20261119000588"}, {"sub_channel", "web"}}));
  EXPECT_EQ(c.at("domain"), "market_supervision");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500112"}}));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆云栖数智科技有限公司"},
                                     {"phone", "023-67891234"},
                                     {"id_number", "91500112MA60R2K5XR"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_EQ(c.at("handling"), (value{{"class", "supervised"}, {"urgent", false}}));  // no due time of its own
  EXPECT_EQ(c.at("attachments").at(0), (value{{"uri", "https://files.ducha.gov.example/handover/2026/11/19/GWYDC20261119000588/1.pdf"},
                                              {"mime", "application/pdf"},
                                              {"size", 3365120}}));
}

TEST(StateCouncilSamples, AnonymousVerificationHelpKeepsUtcTimesAndNoPersonalData) {
  council_host host;
  const object c = decoded_case(host, read_sample("verification-help-anonymous.json"));
  EXPECT_EQ(c.at("kind"), "help");
  EXPECT_EQ(c.at("submitted_at"), "2026-11-20T02:30:00Z");  // passed on as sent: it is RFC 3339
  EXPECT_EQ(c.at("handling"), (value{{"class", "verification"}, {"assigned_due_at", "2026-11-27T09:30:00.000Z"}, {"urgent", false}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500101001"}}));
  // contactAllowed is true on the wire, but nobody can call an anonymous reporter back.
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
  EXPECT_FALSE(c.contains("category"));  // no matter given
  EXPECT_FALSE(c.contains("subject"));
  EXPECT_FALSE(c.contains("attachments"));
}

TEST(StateCouncilSamples, RehandoverPointsToTheEarlierItem) {
  council_host host;
  const object c = decoded_case(host, read_sample("rehandover-suggestion.json"));
  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "GWYDC20261121000115"},
                                    {"parent_ref", "GWYDC20261012000437"},
                                    {"sub_channel", "mini_program"}}));
  EXPECT_EQ(c.at("kind"), "suggestion");
  EXPECT_EQ(c.at("handling").at("assigned_due_at"), "2026-12-11T17:30:00.5+08:00");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500235001"}, {"address", "重庆市云阳县双江街道"}}));
  EXPECT_EQ(c.at("reporter").at("id_number"), "50023519760822061X");
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
}

TEST(StateCouncilSamples, ConsultationWithoutHandoverDeadlineOrCertificate) {
  council_host host;
  const object c = decoded_case(host, read_sample("handover-consultation.json"));
  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("handling"), (value{{"class", "handed_down"}, {"urgent", false}}));
  EXPECT_EQ(c.at("location").at("region_code"), "500103003013");
  EXPECT_EQ(c.at("location").at("geo").at("crs"), "GCJ02");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "person"}, {"name", "王五"}, {"phone", "13700137000"}, {"contact_consent", true}}));
}

TEST(StateCouncilSamples, PraiseWithoutHandoverBlockHasOnlyItsClass) {
  council_host host;
  const object c = decoded_case(host, read_sample("handover-praise.json"));
  EXPECT_EQ(c.at("kind"), "praise");
  EXPECT_EQ(c.at("handling"), (value{{"class", "handed_down"}}));
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "沙坪坝区政务服务中心"}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
}

TEST(StateCouncilSamples, OrganizationIsAnEnterpriseReporterAndExtraUrgentIsUrgent) {
  council_host host;
  const object c = decoded_case(host, read_sample("verification-other-organization.json"));
  EXPECT_EQ(c.at("kind"), "other");
  EXPECT_EQ(c.at("domain"), "other");
  EXPECT_EQ(c.at("reporter").at("type"), "enterprise");
  EXPECT_EQ(c.at("reporter").at("id_number"), "52500000MJP5031E7L");
  EXPECT_EQ(c.at("reporter").at("phone"), "02388886666");
  EXPECT_EQ(c.at("handling"), (value{{"class", "verification"}, {"assigned_due_at", "2026-12-02T23:59:59+08:00"}, {"urgent", true}}));
  EXPECT_EQ(c.at("subject").at("type"), "enterprise");
}

struct invalid_sample {
  const char* file;
  const char* code;
  const char* field;
};
void PrintTo(const invalid_sample& s, std::ostream* os) { *os << s.file; }

class StateCouncilInvalidSample : public ::testing::TestWithParam<invalid_sample> {};

TEST_P(StateCouncilInvalidSample, IsRefusedNamingTheField) {
  council_host host;
  const auto [file, code, field] = GetParam();
  expect_rejected(decode(host, read_sample(file)), code, field);
}

INSTANTIATE_TEST_SUITE_P(
    Samples, StateCouncilInvalidSample,
    ::testing::Values(invalid_sample{"invalid-missing-title.json", "MISSING_FIELD", "clue.title"},
                      invalid_sample{"invalid-impossible-deadline.json", "INVALID_DATE", "handover.deadline"},
                      invalid_sample{"invalid-unknown-clue-type.json", "UNKNOWN_KIND", "clue.category.clueType.code"},
                      invalid_sample{"invalid-outside-jurisdiction.json", "INVALID_REGION_CODE", "clue.location.region.county.code"},
                      invalid_sample{"invalid-anonymous-with-phone.json", "INVALID_FIELD", "reporter.phone"}));

TEST(StateCouncilSamples, EverySampleIsCoveredByATest) {
  // A sample added without a test would document behaviour nothing checks.
  const std::set<std::string> tested = {
      "handover-complaint.json", "supervision-report-enterprise.json", "verification-help-anonymous.json",
      "rehandover-suggestion.json", "handover-consultation.json", "handover-praise.json",
      "verification-other-organization.json", "invalid-missing-title.json", "invalid-impossible-deadline.json",
      "invalid-unknown-clue-type.json", "invalid-outside-jurisdiction.json", "invalid-anonymous-with-phone.json",
      // poll answers: poll_answer_test.cpp
      "poll-first-page.json", "poll-last-page.json", "poll-empty-page.json", "poll-error-token-expired.json",
      "poll-error-cursor-expired.json"};
  for (const auto& entry : std::filesystem::directory_iterator(STATE_COUNCIL_SAMPLES_DIR))
    EXPECT_TRUE(tested.count(entry.path().filename().string())) << entry.path().filename() << " has no test";
}

TEST(StateCouncilSamples, DecodingLogsNothing) {
  // Logs must stay free of reporter data; the simplest guarantee is that decode never logs.
  council_host host;
  decode(host, read_sample("handover-complaint.json"));
  decode(host, read_sample("invalid-anonymous-with-phone.json"));
  EXPECT_TRUE(host.logs().empty());
}

}  // namespace
}  // namespace casegw::state_council::testing
