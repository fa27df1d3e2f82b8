// Every sample payload in examples/payloads/city_portal decodes to the unified fields the
// channel documentation promises (docs/channels/city_portal.md, mapping table).
#include "sample_payloads.hpp"

namespace casegw::city_portal::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(CityPortalSamples, EveryValidSamplePassesTheShippedDivisionCheck) {
  portal_host host;
  host.known_divisions(shipped_division_codes());
  for (const char* sample : {"complaint-wechat.json", "consultation-web.json", "enterprise-complaint-app.json",
                             "anonymous-report-web.json"}) {
    const auto r = decode(host, read_sample(sample));
    EXPECT_EQ(r.status, CASEGW_OK) << sample << ": " << r.code << " " << r.field;
  }
}

TEST(CityPortalSamples, WechatComplaintMapsEveryField) {
  portal_host host;
  const object c = decoded_case(host, read_sample("complaint-wechat.json"));

  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "CQDC20261120000481"}, {"sub_channel", "wechat"}}));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-20T09:30:12+08:00");
  EXPECT_EQ(c.at("kind"), "complaint");
  EXPECT_EQ(c.at("title"), "解放碑附近工地夜间施工噪音扰民");
  EXPECT_TRUE(c.at("content").as_string().starts_with("解放碑街道民族路附近"));
  EXPECT_EQ(c.at("domain"), "ecology_environment");
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "HJ0203"}, {"name", "建筑施工噪声"}}));

  const object& location = c.at("location").as_object();
  EXPECT_EQ(location.at("region_code"), "500103003");
  EXPECT_EQ(location.at("address"), "重庆市渝中区解放碑街道民族路188号附近");
  EXPECT_DOUBLE_EQ(location.at("geo").at("lat").as_double(), 29.557139);
  EXPECT_DOUBLE_EQ(location.at("geo").at("lon").as_double(), 106.577591);
  EXPECT_EQ(location.at("geo").at("crs"), "GCJ02");

  EXPECT_EQ(c.at("reporter"), (value{{"type", "person"},
                                     {"name", "张晓梅"},
                                     {"phone", "13912345678"},
                                     {"id_number", "500103198503121234"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
  EXPECT_EQ(c.at("subject"), (value{{"type", "enterprise"}, {"name", "重庆某建设工程有限公司"}}));

  const auto& attachments = c.at("attachments").as_array();
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(attachments[0], (value{{"uri", "https://files.cq-portal.example/attachments/2026/11/20/3582246f.jpg"},
                                   {"mime", "image/jpeg"},
                                   {"sha256", "3582246f913c0a8437d0a3b0f5dfe6b440e17864eef7d6282c3e80ab771ccef5"},
                                   {"size", 482133}}));
  EXPECT_EQ(attachments[1].at("mime"), "video/mp4");
}

TEST(CityPortalSamples, WebConsultationBecomesAConsultationWithoutCoordinates) {
  portal_host host;
  const object c = decoded_case(host, read_sample("consultation-web.json"));

  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "web");
  EXPECT_EQ(c.at("domain"), "public_service");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500106001"}, {"address", "重庆市沙坪坝区小龙坎街道"}}));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  EXPECT_FALSE(c.contains("attachments"));  // an empty list is the same as none
  EXPECT_FALSE(c.contains("subject"));
}

TEST(CityPortalSamples, EnterpriseComplaintCarriesTheCreditCodeAsIdNumber) {
  portal_host host;
  const object c = decoded_case(host, read_sample("enterprise-complaint-app.json"));

  EXPECT_EQ(c.at("channel").at("sub_channel"), "app");
  EXPECT_EQ(c.at("domain"), "economic_regulation");
  EXPECT_EQ(c.at("location").at("region_code"), "500112");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆云栖数智科技有限公司"},
                                     {"phone", "13900001111"},
                                     {"id_number", "91500112MA5U7QXK3K"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "渝北区某政务服务窗口"}}));
  EXPECT_EQ(c.at("attachments").as_array().at(0).at("mime"), "application/pdf");
}

TEST(CityPortalSamples, AnonymousReportCarriesNoPersonalDataAndTheDefaultSubChannel) {
  portal_host host;
  const object c = decoded_case(host, read_sample("anonymous-report-web.json"));

  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("channel").at("sub_channel"), "web");  // not sent: default_sub_channel
  EXPECT_EQ(c.at("location").at("region_code"), "500112002001");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);  // not sent: never disclose by default
}

TEST(CityPortalSamples, InvalidSamplesAreRejectedNamingTheField) {
  portal_host host;
  host.known_divisions(shipped_division_codes());
  const auto missing = decode(host, read_sample("invalid-missing-title.json"));
  EXPECT_EQ(missing.status, CASEGW_REJECTED);
  EXPECT_EQ(missing.code, "MISSING_FIELD");
  EXPECT_EQ(missing.field, "submission.title");
  // The gateway shows "field 'submission.title': <message>", so the message omits the path.
  EXPECT_EQ(missing.message, "a required field is missing");

  const auto bad_date = decode(host, read_sample("invalid-bad-date.json"));
  EXPECT_EQ(bad_date.status, CASEGW_REJECTED);
  EXPECT_EQ(bad_date.code, "INVALID_DATE");
  EXPECT_EQ(bad_date.field, "submission.submittedAt");
  EXPECT_EQ(bad_date.message, "the date-time is not a real calendar date and time");

  const auto unknown_region = decode(host, read_sample("invalid-unknown-region.json"));
  EXPECT_EQ(unknown_region.status, CASEGW_REJECTED);
  EXPECT_EQ(unknown_region.code, "INVALID_REGION_CODE");
  EXPECT_EQ(unknown_region.field, "submission.location.regionCode");
}

TEST(CityPortalSamples, DecodingLogsNothing) {
  // Logs must stay free of reporter data; the simplest guarantee is that decode never logs.
  portal_host host;
  decode(host, read_sample("complaint-wechat.json"));
  decode(host, read_sample("invalid-bad-date.json"));
  EXPECT_TRUE(host.logs().empty());
}

TEST(CityPortalDecode, NullOptionalFieldsCountAsAbsent) {
  portal_host host;
  value payload = sample_json("complaint-wechat.json");
  auto& s = payload.at("submission").as_object();
  s["domain"] = nullptr;
  s["respondent"] = nullptr;
  s["attachments"] = nullptr;
  s["discloseConsent"] = nullptr;
  const object c = decoded_case(host, boost::json::serialize(payload));
  EXPECT_FALSE(c.contains("domain"));
  EXPECT_FALSE(c.contains("subject"));
  EXPECT_FALSE(c.contains("attachments"));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
}

TEST(CityPortalDecode, LowercaseResidentIdCheckCharacterIsRaised) {
  portal_host host;
  // 11010519491231002X is the GB 11643 standard's own example number.
  const object c =
      decoded_case(host, with(sample_json("complaint-wechat.json"), "submission.reporter.idNumber", "11010519491231002x"));
  EXPECT_EQ(c.at("reporter").at("id_number"), "11010519491231002X");
}

TEST(CityPortalDecode, UppercaseDigestIsLowered) {
  portal_host host;
  const std::string upper = "3582246F913C0A8437D0A3B0F5DFE6B440E17864EEF7D6282C3E80AB771CCEF5";
  const object c = decoded_case(host, with(sample_json("complaint-wechat.json"), "submission.attachments[0].sha256", value(upper)));
  EXPECT_EQ(c.at("attachments").at(0).at("sha256"), "3582246f913c0a8437d0a3b0f5dfe6b440e17864eef7d6282c3e80ab771ccef5");
}

TEST(CityPortalDecode, LaterMinorEnvelopeVersionsAreRead) {
  portal_host host;
  const auto r = decode(host, with(sample_json("consultation-web.json"), "version", "1.3"));
  EXPECT_EQ(r.status, CASEGW_OK) << r.message;
}

TEST(CityPortalDecode, AnonymousContactConsentIsAlwaysFalse) {
  portal_host host;
  const object c =
      decoded_case(host, with(sample_json("anonymous-report-web.json"), "submission.reporter.contactConsent", true));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
}

}  // namespace
}  // namespace casegw::city_portal::testing
