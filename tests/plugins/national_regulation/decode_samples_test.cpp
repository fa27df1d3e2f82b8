// Every sample payload in examples/payloads/national_regulation decodes to the unified fields
// docs/channels/national_regulation.md promises, and every invalid-* sample is refused.
#include "regulation_fixture.hpp"

#include <filesystem>

namespace casegw::national_regulation::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(NationalRegulationSamples, HandedDownComplaintMapsEveryField) {
  regulation_host host(settings());
  const value sample = sample_json("complaint-handed-down.json");
  const object& clue = sample.at("body").at("clue").as_object();

  const object expected{
      {"channel", {{"case_ref", "JGXS2026111800137"}, {"parent_ref", "JGJB-2026-1120-0052"}}},
      {"submitted_at", "2026-11-18T10:42:05+08:00"},
      {"kind", "complaint"},
      {"title", clue.at("title")},
      {"content", clue.at("content")},
      {"domain", "market_supervision"},
      {"category", {{"channel_code", "JGSX-SP-0103"}, {"name", "餐饮服务食品安全"}}},
      {"attachments",
       {{{"uri", "https://file.jg.gov.example/clue/2026/11/18/5d41402abc4b2a76.jpg"},
         {"mime", "image/jpeg"},
         {"sha256", "5d41402abc4b2a76b9719d911017c592ae2b2c6f1e5c8a4b7d3f0e9c2a1b4d6e"},
         {"size", 386412}},
        {{"uri", "https://file.jg.gov.example/clue/2026/11/18/7c9e6679f4a1.pdf"}, {"mime", "application/pdf"}, {"size", 1048576}}}},
      {"location", {{"region_code", "500111002"}, {"address", "重庆市大足区棠香街道五星大道东段128号"}}},
      {"reporter",
       {{"type", "person"}, {"name", "张三"}, {"phone", "13800138000"}, {"id_number", "500111199001011232"}, {"contact_consent", true}}},
      {"consent_to_disclose", false},
      {"subject", {{"type", "enterprise"}, {"name", "重庆某某餐饮管理有限公司"}}},
      {"handling", {{"class", "handed_down"}, {"assigned_due_at", "2026-12-04T23:59:59+08:00"}, {"urgent", false}}},
  };
  EXPECT_EQ(decoded_case(host, read_sample("complaint-handed-down.json")), expected);
}

TEST(NationalRegulationSamples, SupervisedReportIsAnonymousAndUrgent) {
  regulation_host host(settings());
  const object c = decoded_case(host, read_sample("report-supervised-anonymous.json"));

  EXPECT_EQ(c.at("kind"), "report");
  EXPECT_EQ(c.at("domain"), "social_management");
  EXPECT_EQ(c.at("handling"),
            (value{{"class", "supervised"}, {"assigned_due_at", "2026-11-25T23:59:59+08:00"}, {"urgent", true}}));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("location").at("region_code"), "500101001001");
  EXPECT_EQ(c.at("subject"), (value{{"type", "enterprise"}, {"name", "万州区某某烟花爆竹经营部"}}));  // 个体工商户
  // The platform sent the digest in uppercase; the unified case spells it in lowercase.
  EXPECT_EQ(c.at("attachments").at(0).at("sha256"), "a3f5c8e1d2b4967085fe3c1a9b7d6e4f0c2a8b5d3e1f7a9c6b4d2e0f8a1c3b5d");
}

TEST(NationalRegulationSamples, OrganisationConsultationWithoutDeadlineKeepsOnlyItsClass) {
  regulation_host host(settings());
  const object c = decoded_case(host, read_sample("consultation-organisation.json"));

  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("submitted_at"), "2026-11-17T15:20:11.375+08:00");  // epoch ms with a millisecond part
  EXPECT_EQ(c.at("handling"), (value{{"class", "handed_down"}}));    // no deadline, no urgency level sent
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆某某商贸有限公司"},
                                     {"phone", "023-43721234"},
                                     {"id_number", "91500101MA5YR7FW2L"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111"}}));
  EXPECT_FALSE(c.contains("attachments"));  // an empty list is the same as none
  EXPECT_FALSE(c.contains("subject"));
}

TEST(NationalRegulationSamples, VerificationSuggestionOnAVillage) {
  regulation_host host(settings());
  const object c = decoded_case(host, read_sample("suggestion-verification.json"));

  EXPECT_EQ(c.at("kind"), "suggestion");
  EXPECT_EQ(c.at("domain"), "ecology_environment");
  EXPECT_EQ(c.at("handling").at("class"), "verification");
  EXPECT_EQ(c.at("location").at("region_code"), "500111102200");
  EXPECT_EQ(c.at("reporter"), (value{{"type", "person"}, {"name", "李四"}, {"phone", "13900139000"}, {"contact_consent", false}}));
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "大足区宝顶镇车家村村民委员会"}}));
  EXPECT_FALSE(c.contains("attachments"));
}

TEST(NationalRegulationSamples, InvalidSamplesAreRefusedNamingTheField) {
  regulation_host host(settings());
  expect_rejected(decode(host, read_sample("invalid-unknown-clue-type.json")), {"UNKNOWN_KIND", "body.clue.clueType"});
  expect_rejected(decode(host, read_sample("invalid-deadline-before-report.json")), {"INVALID_DATE", "body.clue.deadline"});
  expect_rejected(decode(host, read_sample("invalid-anonymous-with-phone.json")), {"INVALID_FIELD", "body.clue.reporter.phone"});
}

TEST(NationalRegulationSamples, EverySampleDecodesOrIsRefusedByItsName) {
  regulation_host host(settings());
  int samples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(NATIONAL_REGULATION_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    ASSERT_EQ(entry.path().extension(), ".json") << name;
    const auto r = decode(host, read_sample(name));
    EXPECT_EQ(r.status, name.starts_with("invalid-") ? CASEGW_REJECTED : CASEGW_OK) << name << ": " << r.code << " " << r.field;
    ++samples;
  }
  EXPECT_EQ(samples, 7);
}

TEST(NationalRegulationSamples, DecodingLogsNothing) {
  // Logs must stay free of reporter data; the simplest guarantee is that decode never logs.
  regulation_host host(settings());
  decode(host, read_sample("complaint-handed-down.json"));
  decode(host, read_sample("invalid-anonymous-with-phone.json"));
  EXPECT_TRUE(host.logs().empty());
}

}  // namespace
}  // namespace casegw::national_regulation::testing
