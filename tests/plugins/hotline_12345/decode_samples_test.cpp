// Every sample in examples/payloads/hotline_12345 decodes to the unified fields the channel
// documentation promises (docs/channels/hotline_12345.md, mapping table), or is refused with the
// code and field its name announces.
#include "work_order_samples.hpp"

#include <filesystem>
#include <map>

namespace casegw::hotline_12345::testing {
namespace {

using boost::json::object;
using boost::json::value;

class HotlineSamples : public ::testing::Test {
 protected:
  HotlineSamples() { host.known_divisions(sample_divisions()); }
  object sample_case(std::string_view file) { return decoded_case(host, read_sample(file)); }
  hotline_host host;
};

TEST_F(HotlineSamples, GbkConsultationByPhoneKeepsTheLandlineAndIgnoresEmptyElements) {
  const object c = sample_case("consultation-landline-gbk.xml");
  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "CQ12345-20261120-000731"}, {"sub_channel", "phone"}}));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-20T09:42:17+08:00");
  EXPECT_EQ(c.at("kind"), "consultation");  // orderType 01
  EXPECT_EQ(c.at("title"), "咨询灵活就业人员医保缴费标准");
  EXPECT_TRUE(c.at("content").as_string().starts_with("来电人咨询：本人为灵活就业人员"));
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "0502"}, {"name", "医疗保险"}}));
  // <villageCode/> is empty, so the town is the most precise place given.
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111001"}, {"address", "重庆市大足区龙岗街道"}}));
  // <idNumber/> is empty: no id_number.
  EXPECT_EQ(c.at("reporter"),
            (value{{"type", "person"}, {"name", "张三"}, {"phone", "023-43781234"}, {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
  // 一般 and 普通件 are the ordinary case: no handling group; the assigned unit is not mapped.
  EXPECT_FALSE(c.contains("handling"));
  EXPECT_FALSE(c.contains("subject"));
  EXPECT_FALSE(c.contains("attachments"));
}

TEST_F(HotlineSamples, UrgentComplaintCarriesTheDueTimeTheVillageAndTheRecording) {
  const object c = sample_case("complaint-urgent-gbk.xml");
  EXPECT_EQ(c.at("kind"), "complaint");  // orderType 投诉, a label
  // CDATA content arrives as plain text.
  EXPECT_TRUE(c.at("content").as_string().starts_with("来电人反映：大足区龙岗街道西街社区"));
  EXPECT_EQ(c.at("location").at("region_code"), "500111001002");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "person"},
                                     {"name", "李四"},
                                     {"phone", "13800138000"},
                                     {"id_number", "500111198806152310"},
                                     {"contact_consent", true}}));  // callbackConsent 1
  EXPECT_EQ(c.at("subject"), (value{{"type", "enterprise"}, {"name", "大足区某餐饮店"}}));
  EXPECT_EQ(c.at("handling"), (value{{"assigned_due_at", "2026-11-21T22:15:03+08:00"}, {"urgent", true}}));
  const auto& attachments = c.at("attachments").as_array();
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(attachments[0].at("mime"), "audio/mpeg");
  EXPECT_EQ(attachments[0].at("size"), 1843200);
  // The photo's digest is sent in uppercase and lowered.
  EXPECT_EQ(attachments[1].at("sha256"), "91f01cf2df3e35d5741a063941389f82beeda213da65babd9f4a913b1cb966fe");
}

TEST_F(HotlineSamples, HelpBySmsIsFiledUnderTheTown) {
  const object c = sample_case("help-sms.xml");
  EXPECT_EQ(c.at("kind"), "help");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "sms");
  EXPECT_EQ(c.at("location").at("region_code"), "500111100");
  EXPECT_FALSE(c.contains("handling"));  // no urgency element at all
}

TEST_F(HotlineSamples, AnonymousReportCarriesNoPersonalDataAndTheVerificationClass) {
  const object c = sample_case("report-anonymous-verification.xml");
  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "web");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111102"}}));
  EXPECT_EQ(c.at("subject"), (value{{"type", "person"}, {"name", "宝顶镇某村村民"}}));
  EXPECT_EQ(c.at("handling"), (value{{"class", "verification"}, {"assigned_due_at", "2026-12-04T18:00:00+08:00"}}));
}

TEST_F(HotlineSamples, SuggestionByWechatUsesTheLongLabel) {
  const object c = sample_case("suggestion-wechat.xml");
  EXPECT_EQ(c.at("kind"), "suggestion");  // 意见建议
  EXPECT_EQ(c.at("channel").at("sub_channel"), "wechat");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500103003"}, {"address", "重庆市渝中区解放碑步行街"}}));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
}

TEST_F(HotlineSamples, PraiseByEmailMayBeShownToTheUnitItPraises) {
  const object c = sample_case("praise-email.xml");
  EXPECT_EQ(c.at("kind"), "praise");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "email");
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "大足区龙岗街道学坝社区居民委员会"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111001001"}}));
}

TEST_F(HotlineSamples, OtherMattersWithALandlineWrittenWithoutHyphen) {
  const object c = sample_case("other-landline.xml");
  EXPECT_EQ(c.at("kind"), "other");
  EXPECT_EQ(c.at("reporter"),
            (value{{"type", "person"}, {"name", "周八"}, {"phone", "023-43785678"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111"}}));
}

TEST_F(HotlineSamples, EnterpriseComplaintIsSupervisedWithTheCreditCodeAsIdNumber) {
  const object c = sample_case("enterprise-complaint-supervised-gbk.xml");
  EXPECT_EQ(c.at("kind"), "complaint");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆某某建设工程有限公司"},
                                     {"phone", "023-43721234-8012"},
                                     {"id_number", "91500111MA60Q8RT23"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("handling"), (value{{"class", "supervised"}, {"assigned_due_at", "2026-12-09T17:30:00+08:00"}}));
  EXPECT_EQ(c.at("location").at("region_code"), "500111005");
}

// The invalid samples, each with the refusal its name announces.
const std::map<std::string, expected_rejection> invalid_samples = {
    {"invalid-doctype-external-entity.xml", {"MALFORMED_BODY", ""}},
    {"invalid-impossible-create-time.xml", {"INVALID_DATE", "workOrder.createTime"}},
    {"invalid-nonexistent-town.xml", {"INVALID_REGION_CODE", "workOrder.location.townCode"}},
    {"invalid-anonymous-with-phone.xml", {"INVALID_FIELD", "workOrder.caller.phone"}},
    {"invalid-duplicate-title.xml", {"DUPLICATE_FIELD", "workOrder.title"}},
};

TEST_F(HotlineSamples, EverySampleFileDecodesOrIsRefusedAsItsNameSays) {
  std::size_t valid = 0, invalid = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HOTLINE_12345_SAMPLES_DIR)) {
    const std::string file = entry.path().filename().string();
    SCOPED_TRACE(file);
    ASSERT_EQ(entry.path().extension(), ".xml");
    const auto r = decode(host, read_sample(file));
    if (file.starts_with("invalid-")) {
      ASSERT_TRUE(invalid_samples.count(file)) << "add the expected refusal of " << file;
      expect_rejected(r, invalid_samples.at(file));
      ++invalid;
    } else {
      EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
      ++valid;
    }
  }
  EXPECT_EQ(valid, 8u);
  EXPECT_EQ(invalid, invalid_samples.size());
}

TEST_F(HotlineSamples, EveryKindAndClassTheChannelCarriesHasASample) {
  std::set<std::string> kinds, classes, sub_channels;
  for (const char* file : {"consultation-landline-gbk.xml", "complaint-urgent-gbk.xml", "help-sms.xml",
                           "report-anonymous-verification.xml", "suggestion-wechat.xml", "praise-email.xml",
                           "other-landline.xml", "enterprise-complaint-supervised-gbk.xml"}) {
    const object c = sample_case(file);
    kinds.insert(std::string(c.at("kind").as_string()));
    sub_channels.insert(std::string(c.at("channel").at("sub_channel").as_string()));
    if (c.contains("handling") && c.at("handling").as_object().contains("class"))
      classes.insert(std::string(c.at("handling").at("class").as_string()));
  }
  EXPECT_EQ(kinds,
            (std::set<std::string>{"consultation", "complaint", "help", "report", "suggestion", "praise", "other"}));
  EXPECT_EQ(classes, (std::set<std::string>{"supervised", "verification"}));
  EXPECT_EQ(sub_channels, (std::set<std::string>{"phone", "web", "sms", "wechat", "email"}));
}

TEST_F(HotlineSamples, DecodingLogsNothing) {
  // Logs must stay free of caller data; the simplest guarantee is that decode never logs.
  decode(host, read_sample("complaint-urgent-gbk.xml"));
  decode(host, read_sample("invalid-anonymous-with-phone.xml"));
  EXPECT_TRUE(host.logs().empty());
}

TEST_F(HotlineSamples, TheDeclaredCharsetAndMediaTypeDoNotChangeTheCase) {
  // The gateway has converted the body already; text/xml and application/xml read the same.
  const std::string body = read_sample("consultation-landline-gbk.xml");
  const auto as_xml = decode(host, body, "application/xml");
  const auto as_text = decode(host, body, "text/xml");
  ASSERT_EQ(as_xml.status, CASEGW_OK);
  EXPECT_EQ(as_xml.output, as_text.output);
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
