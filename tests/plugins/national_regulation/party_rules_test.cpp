// The rules for the people and files of a clue: the reporter's three kinds (anonymous, natural
// person, organisation), the subject, and the attachments.
#include "regulation_fixture.hpp"

#include "reporter_mapping.hpp"

namespace casegw::national_regulation::testing {
namespace {

using boost::json::object;
using boost::json::value;

constexpr const char* person_sample = "complaint-handed-down.json";
constexpr const char* anonymous_sample = "report-supervised-anonymous.json";
constexpr const char* organisation_sample = "consultation-organisation.json";

// ---- reporter ---------------------------------------------------------------------------

TEST(NationalRegulationReporter, AnonymousReporterMustCarryNoIdentifyingField) {
  regulation_host host(settings());
  const std::pair<const char*, const char*> fields[] = {
      {"name", "张三"}, {"phone", "13800138000"}, {"idNumber", "500111199001011232"}, {"creditCode", "91500111MA60TQ2K8Y"}};
  for (const auto& [key, v] : fields) {
    const std::string path = std::string("body.clue.reporter.") + key;
    expect_rejected(decode(host, with(sample_json(anonymous_sample), path, v)), {"INVALID_FIELD", path});
  }
}

TEST(NationalRegulationReporter, AnonymousReporterMayCarryEmptyOrNullFields) {
  regulation_host host(settings());
  value sample = sample_json(anonymous_sample);
  auto& reporter = sample.at_pointer("/body/clue/reporter").as_object();
  reporter["name"] = "";
  reporter["phone"] = nullptr;
  reporter["idNumber"] = "\u3000";
  reporter["type"] = "01";
  EXPECT_EQ(decoded_case(host, boost::json::serialize(sample)).at("reporter"),
            (value{{"type", "anonymous"}, {"contact_consent", false}}));
}

TEST(NationalRegulationReporter, AnonymousReporterIsNeverToBeCalled) {
  regulation_host host(settings());
  const object c = decoded_case(host, with(sample_json(anonymous_sample), "body.clue.reporter.contactConsent", true));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  // An unknown type code is refused even for an anonymous reporter.
  expect_rejected(decode(host, with(sample_json(anonymous_sample), "body.clue.reporter.type", "09")),
                  {"INVALID_FIELD", "body.clue.reporter.type"});
}

TEST(NationalRegulationReporter, AbsentAnonymousFlagMeansIdentified) {
  regulation_host host(settings());
  const object c = decoded_case(host, without(sample_json(person_sample), "body.clue.reporter.anonymous"));
  EXPECT_EQ(c.at("reporter").at("type"), "person");
  expect_rejected(decode(host, without(sample_json(anonymous_sample), "body.clue.reporter.anonymous")),
                  {"MISSING_FIELD", "body.clue.reporter.type"});
}

TEST(NationalRegulationReporter, IdentifiersBelongToTheirKindOfReporter) {
  regulation_host host(settings());
  expect_rejected(decode(host, with(sample_json(person_sample), "body.clue.reporter.creditCode", "91500111MA60TQ2K8Y")),
                  {"INVALID_FIELD", "body.clue.reporter.creditCode"});
  expect_rejected(decode(host, with(sample_json(organisation_sample), "body.clue.reporter.idNumber", "500111199001011232")),
                  {"INVALID_FIELD", "body.clue.reporter.idNumber"});
  expect_rejected(decode(host, with(sample_json(person_sample), "body.clue.reporter.type", "03")),
                  {"INVALID_FIELD", "body.clue.reporter.type"});
}

TEST(NationalRegulationReporter, CheckDigitsAreVerified) {
  regulation_host host(settings());
  expect_rejected(decode(host, with(sample_json(person_sample), "body.clue.reporter.idNumber", "500111199001011233")),
                  {"INVALID_FIELD", "body.clue.reporter.idNumber"});
  expect_rejected(decode(host, with(sample_json(organisation_sample), "body.clue.reporter.creditCode", "91500101MA5YR7FW2M")),
                  {"INVALID_FIELD", "body.clue.reporter.creditCode"});
  // 11010519491231002X is the GB 11643 standard's own example; a lowercase x is raised.
  const object c = decoded_case(host, with(sample_json(person_sample), "body.clue.reporter.idNumber", "11010519491231002x"));
  EXPECT_EQ(c.at("reporter").at("id_number"), "11010519491231002X");
}

TEST(NationalRegulationReporter, PersonWithoutIdOrPhoneIsAccepted) {
  regulation_host host(settings());
  value sample = sample_json(person_sample);
  auto& reporter = sample.at_pointer("/body/clue/reporter").as_object();
  reporter.erase("idNumber");
  reporter.erase("phone");
  EXPECT_EQ(decoded_case(host, boost::json::serialize(sample)).at("reporter"),
            (value{{"type", "person"}, {"name", "张三"}, {"contact_consent", true}}));
}

class NationalRegulationPhone : public ::testing::TestWithParam<std::pair<const char*, bool>> {};

TEST_P(NationalRegulationPhone, IsAMobileOrALandlineWithAreaCode) {
  const auto [phone, valid] = GetParam();
  EXPECT_EQ(is_contact_phone(phone), valid) << phone;
  regulation_host host(settings());
  EXPECT_EQ(decode(host, with(sample_json(person_sample), "body.clue.reporter.phone", phone)).status,
            valid ? CASEGW_OK : CASEGW_REJECTED);
}

INSTANTIATE_TEST_SUITE_P(Numbers, NationalRegulationPhone,
                         ::testing::Values(std::pair{"13800138000", true}, std::pair{"19912345678", true},
                                           std::pair{"023-43721234", true}, std::pair{"02343721234", true},
                                           std::pair{"0755-8888666", true}, std::pair{"010-12345678", true},
                                           std::pair{"1380013800", false}, std::pair{"12800138000", false},
                                           std::pair{"138001380001", false}, std::pair{"23-43721234", false},
                                           std::pair{"023-03721234", false}, std::pair{"023-437212", false},
                                           std::pair{"+8613800138000", false}, std::pair{"138 0013 8000", false},
                                           std::pair{"023-4372-1234", false}, std::pair{"0234372123456", false}));

// ---- subject ----------------------------------------------------------------------------

TEST(NationalRegulationSubject, TypeCodesMapToTheUnifiedSubjectTypes) {
  regulation_host host(settings());
  value sample = sample_json("suggestion-verification.json");  // its subject carries no credit code
  for (const auto& [code, type] : {std::pair{"01", "enterprise"}, std::pair{"02", "enterprise"}, std::pair{"03", "unit"},
                                   std::pair{"04", "person"}}) {
    const object c = decoded_case(host, with(sample, "body.clue.subject.type", code));
    EXPECT_EQ(c.at("subject").at("type"), type) << code;
  }
  expect_rejected(decode(host, with(sample, "body.clue.subject.type", "05")), {"INVALID_FIELD", "body.clue.subject.type"});
}

TEST(NationalRegulationSubject, CreditCodeIsCheckedAndNeverForwarded) {
  regulation_host host(settings());
  const object c = decoded_case(host, read_sample(person_sample));
  EXPECT_EQ(c.at("subject").as_object().size(), 2u);  // type and name: casegw.case/v1 has no member for it
  expect_rejected(decode(host, with(sample_json(person_sample), "body.clue.subject.creditCode", "91500111MA60TQ2K8A")),
                  {"INVALID_FIELD", "body.clue.subject.creditCode"});
  expect_rejected(decode(host, with(sample_json(person_sample), "body.clue.subject.type", "04")),
                  {"INVALID_FIELD", "body.clue.subject.creditCode"});
}

// ---- attachments ------------------------------------------------------------------------

class NationalRegulationAttachmentValue : public ::testing::TestWithParam<std::pair<const char*, value>> {};

TEST_P(NationalRegulationAttachmentValue, IsRefusedNamingTheField) {
  regulation_host host(settings());
  const auto& [key, replacement] = GetParam();
  const std::string path = std::string("body.clue.attachments[0].") + key;
  expect_rejected(decode(host, with(sample_json(person_sample), path, replacement)), {"INVALID_FIELD", path});
}

INSTANTIATE_TEST_SUITE_P(Values, NationalRegulationAttachmentValue,
                         ::testing::Values(std::pair{"url", value("http://file.jg.gov.example/a.jpg")},
                                           std::pair{"url", value("https://")},
                                           std::pair{"url", value("ftp://file.jg.gov.example/a.jpg")},
                                           std::pair{"mimeType", value("Image/JPEG")},
                                           std::pair{"mimeType", value("jpeg")},
                                           std::pair{"mimeType", value("image/")},
                                           std::pair{"mimeType", value("image/jpeg; q=1")},
                                           std::pair{"sha256", value("5d41402a")},
                                           std::pair{"sha256", value(std::string(64, 'g'))},
                                           std::pair{"size", value(-1)}));

TEST(NationalRegulationAttachments, ElementThatIsNotAnObjectIsNamedByIndex) {
  regulation_host host(settings());
  value sample = sample_json(person_sample);
  sample.at_pointer("/body/clue/attachments").as_array().emplace_back("https://file.jg.gov.example/a.jpg");
  expect_rejected(decode(host, boost::json::serialize(sample)), {"WRONG_TYPE", "body.clue.attachments[2]"});
}

TEST(NationalRegulationAttachments, OnlyTheUrlIsRequired) {
  regulation_host host(settings());
  value sample = sample_json(person_sample);
  sample.at_pointer("/body/clue/attachments").as_array() = boost::json::array{value{{"url", "https://file.jg.gov.example/b.png"}}};
  EXPECT_EQ(decoded_case(host, boost::json::serialize(sample)).at("attachments"),
            value(boost::json::array{value{{"uri", "https://file.jg.gov.example/b.png"}}}));
  EXPECT_EQ(decoded_case(host, with(sample_json(person_sample), "body.clue.attachments[0].size", 0))
                .at("attachments").at(0).at("size"),
            0);
}

}  // namespace
}  // namespace casegw::national_regulation::testing
