// The details of reading the wire: how epoch milliseconds convert both ways, and what the
// adapter tolerates (null optionals, unknown fields, later minors, a BOM). Where a repeated key
// is named is the SDK's strict JSON reading, tested in tests/unit/sdk.
#include "regulation_fixture.hpp"

#include <casegw/sdk/date_time.hpp>

namespace casegw::national_regulation::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(NationalRegulationEpochMillis, InboundAndOutboundConversionsAreInverse) {
  for (const std::int64_t millis : {std::int64_t{946684800000}, std::int64_t{1794969725000}, std::int64_t{1794900011375},
                                    std::int64_t{1796399999999}, std::int64_t{4102444799999}}) {
    const std::string text = sdk::read_epoch_millis("t", millis);
    EXPECT_EQ(sdk::epoch_millis_of("t", text), millis) << text;
  }
}

TEST(NationalRegulationEpochMillis, BeijingMidnightBelongsToTheNewDay) {
  // 2026-11-19T16:00:00Z is midnight in Beijing: the deadline date must not slip back a day.
  EXPECT_EQ(sdk::read_epoch_millis("t", 1795104000000), "2026-11-20T00:00:00+08:00");
  EXPECT_EQ(sdk::read_epoch_millis("t", 1795103999999), "2026-11-19T23:59:59.999+08:00");
}

TEST(NationalRegulationTolerance, NullOptionalFieldsCountAsAbsent) {
  regulation_host host(settings());
  value sample = sample_json("complaint-handed-down.json");
  auto& clue = sample.at_pointer("/body/clue").as_object();
  for (const char* key : {"deadline", "urgencyLevel", "domain", "category", "agreeDisclose", "subject", "attachments"})
    clue[key] = nullptr;
  clue.at("location").as_object()["address"] = nullptr;
  const object c = decoded_case(host, boost::json::serialize(sample));
  for (const char* key : {"domain", "category", "subject", "attachments"}) EXPECT_FALSE(c.contains(key)) << key;
  EXPECT_EQ(c.at("handling"), (value{{"class", "handed_down"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111002"}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
}

TEST(NationalRegulationTolerance, UnknownFieldsAndLaterMinorsAreRead) {
  regulation_host host(settings());
  value sample = sample_json("complaint-handed-down.json");
  sample.at_pointer("/header").as_object()["version"] = "1.7";
  sample.at_pointer("/header").as_object()["traceId"] = "a1b2";
  sample.at_pointer("/body/clue").as_object()["clueSource"] = value{{"code", "12315"}};
  sample.at_pointer("/body/clue/reporter").as_object()["email"] = "zhangsan@example.com";
  const object plain = decoded_case(host, read_sample("complaint-handed-down.json"));
  EXPECT_EQ(decoded_case(host, boost::json::serialize(sample)), plain);
}

TEST(NationalRegulationTolerance, ALeadingByteOrderMarkIsSkipped) {
  regulation_host host(settings());
  const auto r = decode(host, "\xEF\xBB\xBF" + read_sample("suggestion-verification.json"));
  EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
}

TEST(NationalRegulationTolerance, BlankOptionalTextSaysNothing) {
  regulation_host host(settings());
  value sample = sample_json("complaint-handed-down.json");
  sample.at_pointer("/body/clue").as_object()["domain"] = " ";
  sample.at_pointer("/body/clue").as_object()["urgencyLevel"] = "";
  sample.at_pointer("/body/clue/location").as_object()["address"] = "\u3000";
  const object c = decoded_case(host, boost::json::serialize(sample));
  EXPECT_FALSE(c.contains("domain"));
  EXPECT_FALSE(c.at("handling").as_object().contains("urgent"));
  EXPECT_FALSE(c.at("location").as_object().contains("address"));
}

TEST(NationalRegulationTolerance, EveryDomainCodeHasAUnifiedDomain) {
  regulation_host host(settings());
  const std::pair<const char*, const char*> domains[] = {
      {"SCJG", "market_supervision"}, {"SPYP", "market_supervision"},  {"ZLAQ", "market_supervision"},
      {"JJTX", "economic_regulation"}, {"JRSW", "economic_regulation"}, {"AQSC", "social_management"},
      {"LDBZ", "social_management"},  {"STHJ", "ecology_environment"}, {"GGFW", "public_service"},
      {"QT", "other"}};
  for (const auto& [code, domain] : domains)
    EXPECT_EQ(decoded_case(host, with(sample_json("complaint-handed-down.json"), "body.clue.domain", code)).at("domain"), domain)
        << code;
}

TEST(NationalRegulationTolerance, UrgencyLevelsMapToTheUrgentFlag) {
  regulation_host host(settings());
  for (const auto& [level, urgent] : {std::pair{"01", false}, std::pair{"02", true}, std::pair{"03", true}}) {
    const object c = decoded_case(host, with(sample_json("complaint-handed-down.json"), "body.clue.urgencyLevel", level));
    EXPECT_EQ(c.at("handling").at("urgent"), urgent) << level;
  }
}

}  // namespace
}  // namespace casegw::national_regulation::testing
