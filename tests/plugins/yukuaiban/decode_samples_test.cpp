// Every sample message in examples/payloads/yukuaiban decodes to the unified fields the channel
// documentation promises (docs/channels/yukuaiban.md, §2), or is refused as it says.
#include "ykb_fixture.hpp"

#include <filesystem>

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(YukuaibanSamples, WechatMiniComplaintMapsEveryField) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("complaint-wechat-mini.json"));

  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "YKB2026112000000481"}, {"sub_channel", "wechat_mini"}}));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-20T09:28:41+08:00");
  EXPECT_EQ(c.at("kind"), "complaint");
  EXPECT_EQ(c.at("title"), "社区旁餐馆油烟直排影响居民生活");
  EXPECT_TRUE(c.at("content").as_string().starts_with("学坝社区西门外一家火锅店"));
  EXPECT_FALSE(c.contains("domain"));  // 渝快办 does not classify by function of government
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "500111-HB-0107"}, {"name", "餐饮油烟污染投诉"}}));

  const object& location = c.at("location").as_object();
  EXPECT_EQ(location.at("region_code"), "500111001001");
  EXPECT_EQ(location.at("address"), "重庆市大足区龙岗街道学坝社区西门外后巷");
  EXPECT_DOUBLE_EQ(location.at("geo").at("lat").as_double(), 29.707432);
  EXPECT_DOUBLE_EQ(location.at("geo").at("lon").as_double(), 105.721563);
  EXPECT_EQ(location.at("geo").at("crs"), "GCJ02");  // no coordType: the mini-program's datum

  EXPECT_EQ(c.at("reporter"), (value{{"type", "person"},
                                     {"name", "李四"},
                                     {"phone", "13900139000"},
                                     {"id_number", "500101198811204522"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "大足区龙岗街道学坝社区居民委员会"}}));
  EXPECT_FALSE(c.contains("handling"));  // 渝快办 hands nothing down

  const auto& attachments = c.at("attachments").as_array();
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(attachments[0], (value{{"uri", "https://files.ykb.example/material/2026/11/20/7c2f0e1a.jpg"},
                                   {"mime", "image/jpeg"},
                                   {"sha256", "774d916075b45a36911a5d8aed723f8796d1310f00002712ff0d812536da29fa"},
                                   {"size", 523188}}));
  EXPECT_EQ(attachments[1].at("mime"), "video/mp4");
  EXPECT_EQ(attachments[1].at("size"), 8388608);
}

TEST(YukuaibanSamples, AppConsultationCarriesTheServiceItemAndNoPoint) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("consultation-app.json"));
  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "app");
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "500111-SB-0021"}, {"name", "城乡居民基本养老保险参保登记"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111001"}, {"address", "重庆市大足区龙岗街道"}}));
  EXPECT_EQ(c.at("reporter").at("id_number"), "500111199003071239");
  EXPECT_FALSE(c.contains("attachments"));
  EXPECT_FALSE(c.contains("subject"));
}

TEST(YukuaibanSamples, AlipayHelpRequestKeepsItsExplicitDatumAndDisclosure) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("help-alipay-mini.json"));
  EXPECT_EQ(c.at("kind"), "help");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "alipay_mini");
  EXPECT_EQ(c.at("location").at("geo").at("crs"), "GCJ02");
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_FALSE(c.contains("category"));  // no serviceItem sent
}

TEST(YukuaibanSamples, WebSuggestionKeepsItsUtcTimeAndBaiduDatum) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("suggestion-web.json"));
  EXPECT_EQ(c.at("kind"), "suggestion");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "web");
  EXPECT_EQ(c.at("submitted_at"), "2026-11-19T01:32:57Z");  // passed on unchanged, offset and all
  EXPECT_EQ(c.at("location").at("geo").at("crs"), "BD09");
  EXPECT_FALSE(c.at("location").as_object().contains("address"));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  EXPECT_EQ(c.at("consent_to_disclose"), false);  // not sent: never disclose by default
}

TEST(YukuaibanSamples, CorporateReportCarriesTheCreditCodeAsIdNumber) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("report-corporate-app.json"));
  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("submitted_at"), "2026-11-17T14:29:58.250+08:00");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆渝新智联科技有限公司"},
                                     {"phone", "13600136000"},
                                     {"id_number", "91500111MA5U8K2Q71"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("subject"), (value{{"type", "enterprise"}, {"name", "重庆某商贸有限公司"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500106"}, {"address", "重庆市沙坪坝区"}}));
  EXPECT_EQ(c.at("attachments").at(0).at("mime"), "application/pdf");
}

TEST(YukuaibanSamples, PraiseFromAHongKongResidentKeepsThePermitNumber) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("praise-app.json"));
  EXPECT_EQ(c.at("kind"), "praise");
  EXPECT_EQ(c.at("reporter").at("id_number"), "H12345678");  // certType 516: form checked, no check digit
  EXPECT_EQ(c.at("subject"), (value{{"type", "person"}, {"name", "江北区政务服务中心市场监管窗口工作人员"}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
}

TEST(YukuaibanSamples, OtherRequestWithoutALocationFixHasNoPoint) {
  ykb_host host;
  const object c = decoded_case(host, read_sample("other-wechat-mini.json"));
  EXPECT_EQ(c.at("kind"), "other");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500105"}}));  // 0,0 is "no fix", not a point
}

TEST(YukuaibanSamples, EvaluationMessageIsRefusedAsNotACase) {
  ykb_host host;
  const auto r = decode(host, read_sample("evaluation-haochaping.json"));
  expect_rejected(r, "INVALID_FIELD", "meta.msgType");
  EXPECT_NE(r.message.find("好差评"), std::string::npos) << r.message;
}

struct invalid_sample {
  const char* file;
  const char* code;
  const char* field;
};
void PrintTo(const invalid_sample& s, std::ostream* os) { *os << s.file; }

class YukuaibanInvalidSample : public ::testing::TestWithParam<invalid_sample> {};

TEST_P(YukuaibanInvalidSample, IsRefusedNamingTheField) {
  ykb_host host;
  host.known_divisions(official_divisions());
  const auto [file, code, field] = GetParam();
  expect_rejected(decode(host, read_sample(file)), code, field);
}

INSTANTIATE_TEST_SUITE_P(
    Samples, YukuaibanInvalidSample,
    ::testing::Values(invalid_sample{"invalid-missing-title.json", "MISSING_FIELD", "data.order.title"},
                      invalid_sample{"invalid-impossible-date.json", "INVALID_DATE", "data.order.submitTime"},
                      invalid_sample{"invalid-unknown-region.json", "INVALID_REGION_CODE", "data.location.regionCode"},
                      invalid_sample{"invalid-id-check-digit.json", "INVALID_FIELD", "data.user.certNo"},
                      invalid_sample{"invalid-unknown-appeal-type.json", "UNKNOWN_KIND", "data.order.appealType"}));

TEST(YukuaibanSamples, EverySampleFileIsCoveredByTheseTests) {
  // A sample added to the folder must be added to a test here, so none goes unchecked.
  const std::set<std::string> covered = {
      "complaint-wechat-mini.json", "consultation-app.json", "help-alipay-mini.json", "suggestion-web.json",
      "report-corporate-app.json", "praise-app.json", "other-wechat-mini.json", "evaluation-haochaping.json",
      "invalid-missing-title.json", "invalid-impossible-date.json", "invalid-unknown-region.json",
      "invalid-id-check-digit.json", "invalid-unknown-appeal-type.json"};
  std::set<std::string> present;
  for (const auto& entry : std::filesystem::directory_iterator(YUKUAIBAN_SAMPLES_DIR))
    present.insert(entry.path().filename().string());
  EXPECT_EQ(present, covered);
}

TEST(YukuaibanSamples, EveryValidSampleDecodesWithTheOfficialDivisions) {
  ykb_host host;
  host.known_divisions(official_divisions());
  for (const auto& entry : std::filesystem::directory_iterator(YUKUAIBAN_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("invalid-") || name.starts_with("evaluation-")) continue;
    const auto r = decode(host, read_sample(name));
    EXPECT_EQ(r.status, CASEGW_OK) << name << ": " << r.code << " " << r.field << ": " << r.message;
  }
}

TEST(YukuaibanSamples, DecodingLogsNothing) {
  // Logs must stay free of reporter data; the simplest guarantee is that decode never logs.
  ykb_host host;
  decode(host, read_sample("complaint-wechat-mini.json"));
  decode(host, read_sample("invalid-id-check-digit.json"));
  EXPECT_TRUE(host.logs().empty());
}

TEST(YukuaibanSamples, ACallLeavesNothingBehindForTheNext) {
  // decode keeps no state between calls (what makes concurrent calls safe): a refused message
  // in between changes nothing in the case the same message decodes to.
  ykb_host host;
  const auto first = decode(host, read_sample("complaint-wechat-mini.json"));
  decode(host, read_sample("invalid-impossible-date.json"));
  decode(host, read_sample("report-corporate-app.json"));
  const auto again = decode(host, read_sample("complaint-wechat-mini.json"));
  ASSERT_EQ(first.status, CASEGW_OK);
  EXPECT_EQ(again.output, first.output);
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
