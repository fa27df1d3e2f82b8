// The details of the mapping: the user's two kinds and their certificates, the location's region
// code and point, and the materials.
#include "ykb_fixture.hpp"

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::object;
using boost::json::value;

constexpr const char* personal = "consultation-app.json";
constexpr const char* corporate = "report-corporate-app.json";
constexpr const char* with_point = "complaint-wechat-mini.json";

TEST(YukuaibanUser, ResidentIdIsTheDefaultCertificateAndALowercaseXIsRaised) {
  ykb_host host;
  // 11010519491231002X is the GB 11643 standard's own example number.
  const object c = decoded_case(host, with(sample_json(personal), "data.user.certNo", "11010519491231002x"));
  EXPECT_EQ(c.at("reporter").at("id_number"), "11010519491231002X");
  const object explicit_type = decoded_case(host, with(sample_json(personal), "data.user.certType", "111"));
  EXPECT_EQ(explicit_type.at("reporter").at("id_number"), "500111199003071239");
}

TEST(YukuaibanUser, TravelPermitsAndPassportsAreCheckedForFormOnly) {
  ykb_host host;
  for (const char* type : {"414", "511", "516"}) {
    value payload = sample_json(personal);
    payload.at_pointer("/data/user").as_object()["certType"] = type;
    const object c = decoded_case(host, with(payload, "data.user.certNo", "E12345678"));
    EXPECT_EQ(c.at("reporter").at("id_number"), "E12345678") << type;
    expect_rejected(decode(host, with(payload, "data.user.certNo", "E-1234567")), "INVALID_FIELD", "data.user.certNo");
    expect_rejected(decode(host, with(payload, "data.user.certNo", "E12")), "INVALID_FIELD", "data.user.certNo");
  }
}

TEST(YukuaibanUser, APersonalUserWithACreditCodeIsRefused) {
  ykb_host host;
  expect_rejected(decode(host, with(sample_json(personal), "data.user.creditCode", "91500111MA5U8K2Q71")),
                  "INVALID_FIELD", "data.user.creditCode");
}

TEST(YukuaibanUser, ACorporateUserWithACertificateIsRefused) {
  ykb_host host;
  expect_rejected(decode(host, with(sample_json(corporate), "data.user.certNo", "500111199003071239")), "INVALID_FIELD",
                  "data.user.certNo");
  expect_rejected(decode(host, with(sample_json(corporate), "data.user.certType", "111")), "INVALID_FIELD",
                  "data.user.certType");
}

TEST(YukuaibanUser, CreditCodeCheckCharacterIsVerified) {
  ykb_host host;
  expect_rejected(decode(host, with(sample_json(corporate), "data.user.creditCode", "91500111MA5U8K2Q72")),
                  "INVALID_FIELD", "data.user.creditCode");
  expect_rejected(decode(host, with(sample_json(corporate), "data.user.creditCode", "91500111ma5u8k2q71")),
                  "INVALID_FIELD", "data.user.creditCode");
}

TEST(YukuaibanUser, ContactConsentDefaultsToNo) {
  ykb_host host;
  const object c = decoded_case(host, without(sample_json(personal), "data.user.contactConsent"));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
}

TEST(YukuaibanLocation, CountyTownAndVillageCodesOfTheOfficialListPass) {
  ykb_host host;
  host.known_divisions(official_divisions());
  for (const char* code : {"500111", "500111001", "500111001001", "500101001"}) {
    const object c = decoded_case(host, with(sample_json(personal), "data.location.regionCode", code));
    EXPECT_EQ(c.at("location").at("region_code"), code);
  }
}

TEST(YukuaibanLocation, ATownOfACountyWhoseTownsTheDataDoesNotListIsJudgedByItsCounty) {
  ykb_host host;
  host.known_divisions({"500112"});  // 渝北区, towns not listed
  EXPECT_EQ(decode(host, with(sample_json(personal), "data.location.regionCode", "500112002")).status, CASEGW_OK);
  expect_rejected(decode(host, with(sample_json(personal), "data.location.regionCode", "500113002")),
                  "INVALID_REGION_CODE", "data.location.regionCode");
}

TEST(YukuaibanLocation, BlankAddressIsLeftOut) {
  ykb_host host;
  const object c = decoded_case(host, with(sample_json(personal), "data.location.address", "\u3000"));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111001"}}));
}

TEST(YukuaibanLocation, CoordTypeNamesTheDatumAndDefaultsToGcj02) {
  ykb_host host;
  const std::pair<const char*, const char*> datums[] = {{"gcj02", "GCJ02"}, {"wgs84", "WGS84"}, {"bd09", "BD09"}};
  for (const auto& [coord_type, crs] : datums) {
    const object c = decoded_case(host, with(sample_json(with_point), "data.location.coordType", coord_type));
    EXPECT_EQ(c.at("location").at("geo").at("crs"), crs);
  }
  const object c = decoded_case(host, with(sample_json(with_point), "data.location.coordType", nullptr));
  EXPECT_EQ(c.at("location").at("geo").at("crs"), "GCJ02");
}

TEST(YukuaibanLocation, IntegerCoordinatesAndTheExtremesAreAccepted) {
  ykb_host host;
  value payload = sample_json(with_point);
  auto& location = payload.at_pointer("/data/location").as_object();
  location["latitude"] = -90;
  location["longitude"] = 180;
  const object c = decoded_case(host, boost::json::serialize(payload));
  EXPECT_EQ(c.at("location").at("geo").at("lat").to_number<double>(), -90.0);
  EXPECT_EQ(c.at("location").at("geo").at("lon").to_number<double>(), 180.0);
}

TEST(YukuaibanLocation, ZeroZeroMeansNoFixButZeroOnOneAxisIsAPoint) {
  ykb_host host;
  value payload = sample_json(with_point);
  auto& location = payload.at_pointer("/data/location").as_object();
  location["latitude"] = 0;
  location["longitude"] = 0.0;
  EXPECT_FALSE(decoded_case(host, boost::json::serialize(payload)).at("location").as_object().contains("geo"));
  location["longitude"] = 105.721563;
  EXPECT_TRUE(decoded_case(host, boost::json::serialize(payload)).at("location").as_object().contains("geo"));
}

TEST(YukuaibanMaterials, UppercaseMediaTypesAndDigestsAreLowered) {
  ykb_host host;
  value payload = sample_json(with_point);
  auto& material = payload.at_pointer("/data/materials/0").as_object();
  material["mimeType"] = "IMAGE/JPEG";
  material["sha256"] = "774D916075B45A36911A5D8AED723F8796D1310F00002712FF0D812536DA29FA";
  const object c = decoded_case(host, boost::json::serialize(payload));
  EXPECT_EQ(c.at("attachments").at(0).at("mime"), "image/jpeg");
  EXPECT_EQ(c.at("attachments").at(0).at("sha256"), "774d916075b45a36911a5d8aed723f8796d1310f00002712ff0d812536da29fa");
}

TEST(YukuaibanMaterials, AMaterialNeedsOnlyItsUrl) {
  ykb_host host;
  value payload = sample_json(with_point);
  payload.at_pointer("/data/materials").as_array() = {value{{"url", "https://files.ykb.example/material/a.png"}}};
  const object c = decoded_case(host, boost::json::serialize(payload));
  EXPECT_EQ(c.at("attachments"), (value{value{{"uri", "https://files.ykb.example/material/a.png"}}}));
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
