// Every sample in examples/payloads/gov_service_platform decodes to the unified fields that
// docs/channels/gov_service_platform.md promises, and every invalid-* sample is refused.
#include "platform_fixture.hpp"

namespace casegw::gov_service_platform::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(GovServiceSamples, ComplaintMapsEveryField) {
  platform_host host;
  const object c = decoded(host, sample_text("complaint-zwfw.json"));
  const value expected = {
      {"channel", {{"case_ref", "ZWFW20261120000123"}, {"sub_channel", "zwfw"}}},
      {"submitted_at", "2026-11-20T09:30:12+08:00"},
      {"kind", "complaint"},
      {"title", "不动产登记窗口多次要求重复提交材料"},
      {"content",
       "本人于11月上旬在大足区政务服务中心办理二手房不动产转移登记，窗口工作人员先后三次要求补充同一份婚姻状况证明，"
       "每次说法都不一致，导致至今未能办结。希望有关部门核实窗口一次性告知制度的落实情况，尽快为我办理。"},
      {"category", {{"channel_code", "000117003000"}, {"name", "不动产转移登记"}}},
      {"attachments",
       {{{"uri", "https://file.zwfw.example/att/2026/11/20/7f3a9c01.jpg"}},
        {{"uri", "https://file.zwfw.example/att/2026/11/20/7f3a9c02.pdf"}}}},
      {"location", {{"region_code", "500111001001"}, {"address", "重庆市大足区龙岗街道学坝社区"}}},
      {"reporter",
       {{"type", "person"},
        {"name", "张三"},
        {"phone", "13800138000"},
        {"id_number", "500111198803151232"},
        {"contact_consent", true}}},
      {"consent_to_disclose", false},
      {"subject", {{"type", "unit"}, {"name", "大足区规划和自然资源局"}}},
  };
  // handleType "1" (转办件) and urgentFlag "0" add no handling group.
  EXPECT_EQ(value(c), expected);
}

TEST(GovServiceSamples, ConsultationWithBlankOptionalFieldsCarriesNoHandlingOrAttachments) {
  platform_host host;
  const object c = decoded(host, sample_text("consultation-zwfw.json"));
  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("submitted_at"), "2026-11-19T16:05:40+08:00");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500101001"}}));
  EXPECT_EQ(c.at("reporter"),
            (value{{"type", "person"}, {"name", "李四"}, {"phone", "13900139000"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);  // publicFlag "1"
  EXPECT_FALSE(c.contains("attachments"));        // [] is the same as none
  EXPECT_FALSE(c.contains("handling"));           // "" handleType, limitTime, urgentFlag are not given
}

TEST(GovServiceSamples, GovCnHandedDownSuggestionKeepsItsDeadlineAndHandDownNumber) {
  platform_host host;
  const object c = decoded(host, sample_text("suggestion-govcn-handed-down.json"));
  EXPECT_EQ(c.at("channel"),
            (value{{"case_ref", "GOVCN20261118004567"}, {"parent_ref", "GBJ-2026-11-0456"}, {"sub_channel", "govcn"}}));
  EXPECT_EQ(c.at("kind"), "suggestion");
  EXPECT_EQ(c.at("handling"), (value{{"class", "handed_down"}, {"assigned_due_at", "2026-12-04T18:00:00+08:00"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111"}}));
  EXPECT_FALSE(c.contains("category"));  // gov.cn messages concern no service item
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "大足区交通运输委员会"}}));
}

TEST(GovServiceSamples, EnterpriseHelpRequestCarriesTheCreditCode) {
  platform_host host;
  const object c = decoded(host, sample_text("help-zwfw-enterprise.json"));
  EXPECT_EQ(c.at("kind"), "help");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆云杉数字科技有限公司"},
                                     {"phone", "13800138001"},
                                     {"id_number", "91500112MA61B2C3DL"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("attachments"),
            (boost::json::array{object{{"uri", "https://file.zwfw.example/att/2026/11/20/b51e0d77.png"}}}));
}

TEST(GovServiceSamples, PraiseFromAHongKongResidentKeepsTheTravelPermitNumber) {
  platform_host host;
  const object c = decoded(host, sample_text("praise-govcn.json"));
  EXPECT_EQ(c.at("kind"), "praise");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "govcn");
  EXPECT_EQ(c.at("category"), (value{{"name", "港澳台居民居住证申领"}}));  // a name without a code
  EXPECT_EQ(c.at("reporter").at("id_number"), "H12345678");
}

TEST(GovServiceSamples, AnonymousUrgentReportCarriesNoPersonalData) {
  platform_host host;
  const object c = decoded(host, sample_text("report-zwfw-anonymous-urgent.json"));
  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("handling"), (value{{"urgent", true}}));
  EXPECT_EQ(c.at("location").at("region_code"), "500111002");
}

TEST(GovServiceSamples, SupervisedItemRaisesALowercaseCheckCharacter) {
  platform_host host;
  const object c = decoded(host, sample_text("supervised-complaint-zwfw.json"));
  EXPECT_EQ(c.at("channel").at("parent_ref"), "DB-2026-1122");
  EXPECT_EQ(c.at("handling"), (value{{"class", "supervised"}, {"assigned_due_at", "2026-11-24T17:30:00+08:00"}}));
  EXPECT_EQ(c.at("reporter").at("id_number"), "50010619830412567X");
}

TEST(GovServiceSamples, BadReviewIsAVerificationItem) {
  platform_host host;
  const object c = decoded(host, sample_text("verification-bad-review-zwfw.json"));
  EXPECT_EQ(c.at("kind"), "complaint");
  EXPECT_EQ(c.at("handling"), (value{{"class", "verification"}, {"assigned_due_at", "2026-12-11T23:59:59+08:00"}}));
}

TEST(GovServiceSamples, SamplesCoverEveryKindAndClassTheChannelCarries) {
  platform_host host;
  std::set<std::string> kinds, classes;
  for (const auto& name : sample_names(false)) {
    const object c = decoded(host, sample_text(name));
    kinds.insert(std::string(c.at("kind").as_string()));
    if (c.contains("handling") && c.at("handling").as_object().contains("class"))
      classes.insert(std::string(c.at("handling").at("class").as_string()));
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"consultation", "complaint", "help", "report", "suggestion", "praise"}));
  EXPECT_EQ(classes, (std::set<std::string>{"handed_down", "supervised", "verification"}));
}

TEST(GovServiceSamples, InvalidSamplesAreRefusedNamingTheField) {
  platform_host host;
  host.known_divisions({"500111", "500111001", "500111001001", "500111002"});
  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"invalid-missing-title.json", {"MISSING_FIELD", "title"}},
      {"invalid-impossible-date.json", {"INVALID_DATE", "submitTime"}},
      {"invalid-unknown-appeal-type.json", {"UNKNOWN_KIND", "appealType"}},
      {"invalid-unknown-region.json", {"INVALID_REGION_CODE", "areaCode"}},
      {"invalid-anonymous-with-mobile.json", {"INVALID_FIELD", "mobile"}},
  };
  EXPECT_EQ(sample_names(true).size(), expected.size());
  for (const auto& name : sample_names(true)) {
    SCOPED_TRACE(name);
    ASSERT_TRUE(expected.contains(name)) << "no expectation for " << name;
    const auto& [code, field] = expected.at(name);
    expect_refusal(decode(host, sample_text(name)), code, field);
  }
}

TEST(GovServiceSamples, DecodingNeverLogs) {
  // Logs must stay free of reporter data; the simplest guarantee is that decode never logs.
  platform_host host;
  for (const auto& name : sample_names(false)) decode(host, sample_text(name));
  for (const auto& name : sample_names(true)) decode(host, sample_text(name));
  EXPECT_TRUE(host.logs().empty());
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
