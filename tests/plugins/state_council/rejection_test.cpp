// Bad items are refused with the standard code (sdk/field_errors.hpp) and the path of the
// wire field, and the message never repeats the value (it may be a reporter's personal data).
#include "council_fixture.hpp"

namespace casegw::state_council::testing {
namespace {

using boost::json::value;

// One change to a sample item, and the refusal it must cause.
struct bad_item {
  const char* sample;
  const char* path;
  value wire_value;  // null: the member is removed
  const char* code;
  const char* field;  // nullptr: the field is `path`
};
void PrintTo(const bad_item& b, std::ostream* os) { *os << b.sample << ":" << b.path << "=" << boost::json::serialize(b.wire_value); }

std::string changed(const bad_item& b) {
  return b.wire_value.is_null() ? without(sample_json(b.sample), b.path) : with(sample_json(b.sample), b.path, b.wire_value);
}

class StateCouncilBadItem : public ::testing::TestWithParam<bad_item> {};

TEST_P(StateCouncilBadItem, IsRefusedWithItsCodeAndField) {
  council_host host;
  const bad_item& b = GetParam();
  expect_rejected(decode(host, changed(b)), b.code, b.field ? b.field : b.path);
}

constexpr const char* complaint = "handover-complaint.json";
constexpr const char* enterprise = "supervision-report-enterprise.json";
constexpr const char* anonymous = "verification-help-anonymous.json";
constexpr const char* rehandover = "rehandover-suggestion.json";

INSTANTIATE_TEST_SUITE_P(
    MissingFields, StateCouncilBadItem,
    ::testing::Values(bad_item{complaint, "schemaVersion", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "itemId", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "basic", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "basic.itemType", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "basic.handedOverAt", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.title", "\u3000 ", "MISSING_FIELD", nullptr},  // blank counts as missing
                      bad_item{complaint, "clue.content", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.category", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.category.clueType", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.category.clueType.code", "", "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.category.matter.name", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.region", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.region.province", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.region.county", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.region.town", nullptr, "MISSING_FIELD", nullptr},  // the village needs it
                      bad_item{complaint, "clue.location.region.town.code", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.coordinate.crs", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.location.coordinate.latitude", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "clue.respondent.name", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "reporter", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "reporter.type", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "reporter.name", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "reporter.phone", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "reporter.certificate.number", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{enterprise, "reporter.certificate", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].url", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{complaint, "attachments[1].digest.value", nullptr, "MISSING_FIELD", nullptr},
                      bad_item{rehandover, "basic.rehandover.originalItemId", nullptr, "MISSING_FIELD", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    WrongTypes, StateCouncilBadItem,
    ::testing::Values(bad_item{complaint, "itemId", 20261120000731, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "basic", "handover", "WRONG_TYPE", nullptr},
                      bad_item{complaint, "basic.handedOverAt", 1763604900000, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "clue.title", boost::json::array{"老旧小区"}, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "clue.category.clueType.code", 10, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "clue.location.region.county.code", 500111, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "clue.location.coordinate.latitude", "29.706513", "WRONG_TYPE", nullptr},
                      bad_item{complaint, "reporter.anonymous", "false", "WRONG_TYPE", nullptr},
                      bad_item{complaint, "reporter.contactAllowed", 1, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "attachments", value{{"url", "https://files.ducha.gov.example/1.jpg"}}, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "attachments[0]", "https://files.ducha.gov.example/1.jpg", "WRONG_TYPE", nullptr},
                      bad_item{complaint, "attachments[0].size", 1.5, "WRONG_TYPE", nullptr},
                      bad_item{complaint, "attachments[0].size", "1834211", "WRONG_TYPE", nullptr},
                      bad_item{rehandover, "basic.rehandover.round", "2", "WRONG_TYPE", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    Codes, StateCouncilBadItem,
    ::testing::Values(bad_item{complaint, "clue.category.clueType.code", "70", "UNKNOWN_KIND", nullptr},
                      bad_item{complaint, "clue.category.clueType.code", "complaint", "UNKNOWN_KIND", nullptr},
                      bad_item{complaint, "basic.itemType", "listed", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "basic.source", "weibo", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "handover.level", "high", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "clue.category.field", "economy", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "clue.location.coordinate.crs", "WGS84", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "clue.respondent.type", "unit", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.type", "person", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.certificate.type", "credit_code", "INVALID_FIELD", nullptr},
                      bad_item{enterprise, "reporter.certificate.type", "resident_id", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].digest.algorithm", "MD5", "INVALID_FIELD", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    Values, StateCouncilBadItem,
    ::testing::Values(bad_item{complaint, "schemaVersion", "3.0", "UNSUPPORTED_VERSION", nullptr},
                      bad_item{complaint, "schemaVersion", "2.x", "UNSUPPORTED_VERSION", nullptr},
                      bad_item{complaint, "schemaVersion", "1.9", "UNSUPPORTED_VERSION", nullptr},
                      bad_item{complaint, "itemId", "GWYDC 2026", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "itemId", "-GWYDC2026", "INVALID_FIELD", nullptr},
                      bad_item{rehandover, "basic.rehandover.originalItemId", "GWYDC20261121000115", "INVALID_FIELD", nullptr},
                      bad_item{rehandover, "basic.rehandover.round", 1, "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.phone", "1380013800", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.phone", "023-6385", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.phone", "+86 13800138000", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "reporter.certificate.number", "500111198803152439", "INVALID_FIELD", nullptr},
                      bad_item{enterprise, "reporter.certificate.number", "91500112MA60R2K5XA", "INVALID_FIELD", nullptr},
                      bad_item{anonymous, "reporter.name", "张三", "INVALID_FIELD", nullptr},
                      bad_item{anonymous, "reporter.certificate", value{{"type", "resident_id"}, {"number", "500111198803152438"}}, "INVALID_FIELD", nullptr},
                      bad_item{complaint, "clue.location.coordinate.latitude", 105.72, "INVALID_FIELD", nullptr},  // swapped
                      bad_item{complaint, "clue.location.coordinate.longitude", -105.72, "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].url", "http://files.ducha.gov.example/1.jpg", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].url", "https://", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].mimeType", "Image/JPEG", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].mimeType", "image/jpeg; q=1", "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[0].size", -1, "INVALID_FIELD", nullptr},
                      bad_item{complaint, "attachments[1].digest.value", "66c7f0f4", "INVALID_FIELD", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    Dates, StateCouncilBadItem,
    ::testing::Values(bad_item{complaint, "basic.handedOverAt", "2026-11-20 10:15:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "basic.handedOverAt", "2026-11-20T10:15:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "basic.handedOverAt", "2026-11-20T10:15:00+0800", "INVALID_DATE", nullptr},
                      bad_item{complaint, "basic.handedOverAt", "2026-11-31T10:15:00+08:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "basic.reportedAt", "2025-02-29T08:00:00+08:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "handover.deadline", "2026-02-30T18:00:00+08:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "handover.deadline", "2026-12-04T24:00:00+08:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "handover.deadline", "2026-12-04", "INVALID_DATE", nullptr},
                      // Due before (or at) the hand-down: 10:15+08:00 is 02:15Z.
                      bad_item{complaint, "handover.deadline", "2026-11-20T10:15:00+08:00", "INVALID_DATE", nullptr},
                      bad_item{complaint, "handover.deadline", "2026-11-20T02:14:59Z", "INVALID_DATE", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    RegionCodes, StateCouncilBadItem,
    ::testing::Values(
        bad_item{complaint, "clue.location.region.province.code", "500100", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.province.code", "50000", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.city.code", "500000", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.city.code", "510100", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.county.code", "500211", "INVALID_REGION_CODE", nullptr},  // not in city 5001
        bad_item{complaint, "clue.location.region.county.code", "50011A", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.county.code", "５００１１１", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.town.code", "500111", "INVALID_REGION_CODE", nullptr},
        bad_item{complaint, "clue.location.region.town.code", "500112001", "INVALID_REGION_CODE", nullptr},  // not in 500111
        bad_item{complaint, "clue.location.region.village.code", "500111002001", "INVALID_REGION_CODE", nullptr},
        bad_item{enterprise, "clue.location.region.county.code", "990101", "INVALID_REGION_CODE", nullptr}));

TEST(StateCouncilRejection, OverlongTextsAreFieldTooLongAndTheLimitItselfPasses) {
  council_host host;
  const value item = sample_json("handover-complaint.json");
  const auto repeat = [](std::string_view character, std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += character;
    return text;
  };
  const std::pair<const char*, std::size_t> limits[] = {
      {"clue.title", 200}, {"clue.content", 20000}, {"clue.location.address", 500}, {"clue.category.matter.code", 64},
      {"clue.category.matter.name", 100}, {"clue.respondent.name", 200}, {"reporter.name", 100}};
  for (const auto& [path, limit] : limits) {
    // Counted in characters: 201 Chinese characters are 603 bytes.
    expect_rejected(decode(host, with(item, path, value(repeat("督", limit + 1)))), "FIELD_TOO_LONG", path);
    EXPECT_EQ(decode(host, with(item, path, value(repeat("督", limit)))).status, CASEGW_OK) << path;
  }
}

TEST(StateCouncilRejection, MoreThanFiftyAttachmentsAreRefused) {
  council_host host;
  value item = sample_json("handover-complaint.json");
  auto& files = item.at("attachments").as_array();
  const value first = files.at(0);
  files.clear();
  for (int i = 0; i < 50; ++i) files.push_back(first);
  EXPECT_EQ(decode(host, boost::json::serialize(item)).status, CASEGW_OK);
  files.push_back(first);
  expect_rejected(decode(host, boost::json::serialize(item)), "INVALID_FIELD", "attachments");
}

TEST(StateCouncilRejection, UnknownDivisionIsRefusedThroughTheHost) {
  council_host host;
  host.known_divisions({"500111", "500111001", "500111001001", "500112"});
  EXPECT_EQ(decode(host, read_sample("handover-complaint.json")).status, CASEGW_OK);
  // Well-formed, nested correctly, but no such village in the official list.
  expect_rejected(decode(host, with(sample_json("handover-complaint.json"), "clue.location.region.village.code", "500111001999")),
                  "INVALID_REGION_CODE", "clue.location.region.village.code");
}

// ---- the body as a whole -----------------------------------------------------------------

class StateCouncilMalformedItem : public ::testing::TestWithParam<std::string> {};

TEST_P(StateCouncilMalformedItem, IsMalformedBody) {
  council_host host;
  expect_rejected(decode(host, GetParam()), "MALFORMED_BODY", "");
}

INSTANTIATE_TEST_SUITE_P(Bodies, StateCouncilMalformedItem,
                         ::testing::Values("", "   ", "null", "[]", "42", R"("item")", "[{\"itemId\": \"A1\"}]",
                                           "{\"itemId\": \"A1\",", "{\"itemId\": \"A1\"} {}", "itemId=A1&title=x",
                                           "{\"itemId\": \"\xC3\x28\"}", "{\"itemId\": \"A1\" /* note */}",
                                           "{\"itemId\": 'A1'}", "{\"itemId\": \"A1\",}"));

TEST(StateCouncilRejection, NestingDeeperThanThirtyTwoIsMalformed) {
  council_host host;
  std::string deep = "{\"a\":";
  for (int i = 0; i < 40; ++i) deep += "[";
  for (int i = 0; i < 40; ++i) deep += "]";
  expect_rejected(decode(host, deep + "}"), "MALFORMED_BODY", "");
}

TEST(StateCouncilRejection, RepeatedKeysAreDuplicateFieldNamingThePath) {
  council_host host;
  std::string body = read_sample("handover-complaint.json");
  std::string title_twice = body;
  title_twice.replace(title_twice.find("\"title\""), 7, "\"title\": \"另一个标题\", \"title\"");
  expect_rejected(decode(host, title_twice), "DUPLICATE_FIELD", "clue.title");

  std::string in_array = boost::json::serialize(sample_json("handover-complaint.json"));
  in_array.replace(in_array.find("\"size\":1520374"), 14, "\"size\":1520374,\"size\":1");
  expect_rejected(decode(host, in_array), "DUPLICATE_FIELD", "attachments[1].size");

  // The same key in different objects is fine: "code" and "name" are everywhere.
  EXPECT_EQ(decode(host, body).status, CASEGW_OK);
}

// ---- confidentiality of error messages ---------------------------------------------------

TEST(StateCouncilRejection, MessagesNeverContainReporterData) {
  council_host host;
  const std::string name = "张三", phone = "13800138000", id = "500111198803152438";
  const value item = sample_json("handover-complaint.json");
  const std::string long_name = name + std::string(300, 'x');
  // Each puts reporter data where it does not belong, so that the refusal is about it.
  const std::vector<std::string> bodies = {
      with(item, "reporter.phone", value(id)),
      with(item, "reporter.certificate.number", value(phone)),
      with(item, "reporter.name", value(long_name)),
      with(item, "reporter.type", value(name)),
      with(item, "basic.handedOverAt", value(phone)),
      with(item, "handover.deadline", value(id)),
      with(item, "clue.location.region.village.code", value(id)),
      with(item, "clue.category.clueType.code", value(name)),
      with(item, "basic.source", value(phone)),
      with(item, "itemId", value(name)),
      with(sample_json("verification-help-anonymous.json"), "reporter.name", value(name)),
  };
  for (const auto& body : bodies) {
    const auto r = decode(host, body);
    ASSERT_EQ(r.status, CASEGW_REJECTED);
    for (const std::string& secret : {name, phone, id}) {
      EXPECT_EQ(r.message.find(secret), std::string::npos) << r.message;
      EXPECT_EQ(r.field.find(secret), std::string::npos) << r.field;
    }
  }
}

}  // namespace
}  // namespace casegw::state_council::testing
