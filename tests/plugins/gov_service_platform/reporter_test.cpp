// The reporter: persons with their identity documents, enterprises with their credit code,
// anonymous reporters with nothing that identifies them, and the two consents.
#include "platform_fixture.hpp"

namespace casegw::gov_service_platform::testing {
namespace {

using boost::json::object;
using boost::json::value;

constexpr const char* person_sample = "complaint-zwfw.json";
constexpr const char* enterprise_sample = "help-zwfw-enterprise.json";
constexpr const char* anonymous_sample = "report-zwfw-anonymous-urgent.json";

object reporter_of(platform_host& host, const object& message) {
  const object c = decoded(host, boost::json::serialize(message));
  return c.contains("reporter") ? c.at("reporter").as_object() : object{};
}

TEST(GovServiceReporter, ResidentIdIsTheDefaultDocumentAndIsCheckDigitVerified) {
  platform_host host;
  object message = sample(person_sample);
  message.erase("certType");
  EXPECT_EQ(reporter_of(host, message).at("id_number"), "500111198803151232");
  // One digit off: the check digit no longer fits.
  expect_refusal(decode(host, with(message, "certNo", "500111198803151233")), "INVALID_FIELD", "certNo");
  expect_refusal(decode(host, with(message, "certNo", "50011119880315123")), "INVALID_FIELD", "certNo");
}

TEST(GovServiceReporter, OtherDocumentsAreCheckedForShapeOnly) {
  platform_host host;
  object message = sample(person_sample);
  message["certType"] = "414";  // 护照
  EXPECT_EQ(reporter_of(host, edited(message, "certNo", "E12345678")).at("id_number"), "E12345678");
  for (const char* number : {"E123", "E1234567890123456789X", "E-1234567", "护照12345"})
    expect_refusal(decode(host, with(message, "certNo", number)), "INVALID_FIELD", "certNo");
  expect_refusal(decode(host, with(message, "certType", "999")), "INVALID_FIELD", "certType");
}

TEST(GovServiceReporter, APersonWithoutADocumentHasNoIdNumber) {
  platform_host host;
  object message = sample(person_sample);
  message.erase("certNo");
  EXPECT_FALSE(reporter_of(host, message).contains("id_number"));
}

TEST(GovServiceReporter, PersonsAndEnterprisesKeepToTheirOwnIdentifiers) {
  platform_host host;
  expect_refusal(decode(host, with(sample(person_sample), "creditCode", "91500112MA61B2C3DL")), "INVALID_FIELD",
                 "creditCode");
  expect_refusal(decode(host, with(sample(enterprise_sample), "certNo", "500111198803151232")), "INVALID_FIELD", "certNo");
  expect_refusal(decode(host, with(sample(enterprise_sample), "certType", "111")), "INVALID_FIELD", "certType");
  expect_refusal(decode(host, with(sample(enterprise_sample), "creditCode", "91500112MA61B2C3DA")), "INVALID_FIELD",
                 "creditCode");
  expect_refusal(decode(host, with(sample(person_sample), "userType", "3")), "INVALID_FIELD", "userType");
}

TEST(GovServiceReporter, MobilesAreElevenDigitMainlandNumbers) {
  platform_host host;
  for (const char* mobile : {"023-63851234", "1380013800", "138001380001", "12800138000", "+8613800138000"})
    expect_refusal(decode(host, with(sample(person_sample), "mobile", mobile)), "INVALID_FIELD", "mobile");
}

TEST(GovServiceReporter, AnonymousMessagesMayCarryNothingThatIdentifies) {
  platform_host host;
  for (const char* key : {"userName", "mobile", "certNo", "creditCode"}) {
    SCOPED_TRACE(key);
    const char* text = std::string_view(key) == "mobile" ? "13800138000" : "张三";
    expect_refusal(decode(host, with(sample(anonymous_sample), key, text)), "INVALID_FIELD", key);
  }
  // Blank values are not data: a backend that sends "" for every unset field is fine.
  object blanks = sample(anonymous_sample);
  for (const char* key : {"userName", "mobile", "certNo", "creditCode"}) blanks[key] = "";
  EXPECT_EQ(reporter_of(host, blanks), (object{{"type", "anonymous"}, {"contact_consent", false}}));
}

TEST(GovServiceReporter, AnAnonymousReporterCannotBeCalledBack) {
  platform_host host;
  EXPECT_EQ(reporter_of(host, edited(sample(anonymous_sample), "callbackFlag", "1")).at("contact_consent"), false);
}

TEST(GovServiceReporter, ConsentsDefaultToNo) {
  platform_host host;
  object message = sample(person_sample);
  message.erase("callbackFlag");
  message.erase("publicFlag");
  const object c = decoded(host, boost::json::serialize(message));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  EXPECT_EQ(c.at("consent_to_disclose"), false);
}

TEST(GovServiceReporter, PublishingConsentDisclosesTheContentOnly) {
  platform_host host;
  const object c = decoded(host, with(sample(person_sample), "publicFlag", "1"));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_EQ(c.at("reporter").at("contact_consent"), true);  // independent of publishing
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
