// Rejections: each wrong input is refused with the SDK's shared code and the dotted path of the
// wire field, and the message never quotes the value (it may be personal data).
#include "district_portal_testing.hpp"

namespace district_portal::testing {
namespace {

using boost::json::object;

void expect_rejected(const call_result& r, const std::string& code, const std::string& field) {
  EXPECT_EQ(r.status, CASEGW_REJECTED) << r.output;
  EXPECT_EQ(r.code, code) << r.message;
  EXPECT_EQ(r.field, field) << r.message;
  EXPECT_FALSE(r.message.empty());
  EXPECT_TRUE(r.output.empty());  // nothing half-written reaches the gateway
}

call_result decode_text(host& h, const std::string& body) {
  casegw::sdk::testing::fake_request request;
  request.body = body;
  return h.decode(request);
}

TEST(DistrictPortalRejections, BodiesThatAreNotOneJsonObjectAreMalformed) {
  host h;
  for (const char* body : {"", "ticketNo=1&type=TS", "[1,2]", "\"text\"", "{\"ticketNo\": \"A\"", "{} {}",
                           "{\"title\": \"a\",}", "{/* note */ \"title\": \"a\"}"})
    expect_rejected(decode_text(h, body), "MALFORMED_BODY", "");
}

TEST(DistrictPortalRejections, NestingFarBeyondTheWireFormatIsMalformed) {
  host h;
  expect_rejected(decode_text(h, std::string(64, '[') + std::string(64, ']')), "MALFORMED_BODY", "");
}

TEST(DistrictPortalRejections, AKeyGivenTwiceIsRefusedWithItsPath) {
  host h;
  expect_rejected(decode_text(h, R"({"title": "a", "type": "TS", "title": "b"})"), "DUPLICATE_FIELD", "title");
  expect_rejected(decode_text(h, R"({"title": "a", "reporter": {"name": "x", "mobile": "1", "name": "y"}})"),
                  "DUPLICATE_FIELD", "reporter.name");
  // The same key in two different objects is no duplicate.
  const auto r = decode_text(h, R"({"x": {"name": 1}, "y": [{"name": 1}, {"name": 2}], "name": 3})");
  EXPECT_NE(r.code, "DUPLICATE_FIELD") << r.field;
}

TEST(DistrictPortalRejections, RequiredFieldsAbsentNullOrBlankAreMissing) {
  host h;
  for (const char* key : {"ticketNo", "type", "title", "content", "submittedAt", "areaCode", "reporter"}) {
    object absent = valid_ticket();
    absent.erase(key);
    expect_rejected(decode(h, absent), "MISSING_FIELD", key);
    object null = valid_ticket();
    null[key] = nullptr;
    expect_rejected(decode(h, null), "MISSING_FIELD", key);
  }
  object blank = valid_ticket();
  blank["title"] = " \t\xE3\x80\x80 ";  // an ideographic space U+3000 is blank too
  expect_rejected(decode(h, blank), "MISSING_FIELD", "title");
  for (const char* key : {"name", "mobile"}) {
    object ticket = valid_ticket();
    ticket["reporter"].as_object().erase(key);
    expect_rejected(decode(h, ticket), "MISSING_FIELD", std::string("reporter.") + key);
  }
}

TEST(DistrictPortalRejections, ValuesOfTheWrongJsonTypeAreWrongType) {
  host h;
  expect_rejected(decode(h, with("title", 42)), "WRONG_TYPE", "title");
  expect_rejected(decode(h, with("reporter", "李建国")), "WRONG_TYPE", "reporter");
  expect_rejected(decode(h, with("disclose", "yes")), "WRONG_TYPE", "disclose");
  expect_rejected(decode(h, with_reporter("mobile", 13800138000LL)), "WRONG_TYPE", "reporter.mobile");
}

TEST(DistrictPortalRejections, TicketNumberOutsideTheCaseReferencePatternIsInvalid) {
  host h;
  for (const char* number : {"-YB1", "YB 1", "YB#1", "渝北1"})
    expect_rejected(decode(h, with("ticketNo", number)), "INVALID_FIELD", "ticketNo");
}

TEST(DistrictPortalRejections, TypeCodeOutsideTheListIsAnUnknownKind) {
  host h;
  for (const char* type : {"ts", "投诉", "complaint", "XX"})
    expect_rejected(decode(h, with("type", type)), "UNKNOWN_KIND", "type");
}

TEST(DistrictPortalRejections, DateTimesWithoutOffsetOrImpossibleAreInvalidDates) {
  host h;
  for (const char* time : {"2026-11-20T21:15:03", "2026-11-20 21:15:03", "2026-02-30T10:00:00+08:00",
                           "2026-11-20T24:00:00+08:00", "1763644503000", "2026-11-20"})
    expect_rejected(decode(h, with("submittedAt", time)), "INVALID_DATE", "submittedAt");
}

TEST(DistrictPortalRejections, RegionCodesOfTheWrongShapeOrNotOfficialAreInvalid) {
  host h;
  h.known_divisions({"500112", "500112019"});
  for (const char* code : {"50011", "5001120", "50011A", "990112", "500112099", "500199"})
    expect_rejected(decode(h, with("areaCode", code)), "INVALID_REGION_CODE", "areaCode");
}

TEST(DistrictPortalRejections, TextOverTheUnifiedCaseLimitsIsTooLong) {
  host h;
  const std::pair<const char*, std::size_t> limits[] = {{"title", 200}, {"content", 20000}, {"address", 500}};
  for (const auto& [key, limit] : limits)
    expect_rejected(decode(h, with(key, repeated("噪", limit + 1))), "FIELD_TOO_LONG", key);
  expect_rejected(decode(h, with_reporter("name", repeated("张", 101))), "FIELD_TOO_LONG", "reporter.name");
}

TEST(DistrictPortalRejections, AnonymousTicketCarryingANameOrMobileIsRefusedNotForwarded) {
  host h;
  for (const char* key : {"name", "mobile"}) {
    object ticket = valid_ticket();
    ticket["reporter"].as_object()["anonymous"] = true;
    ticket["reporter"].as_object().erase(key == std::string("name") ? "mobile" : "name");
    expect_rejected(decode(h, ticket), "INVALID_FIELD", std::string("reporter.") + key);
  }
}

TEST(DistrictPortalRejections, AnonymousTicketIsRefusedWhereTheChannelRequiresRealNames) {
  host h({{"accept_anonymous", "false"}});
  expect_rejected(decode(h, with("reporter", {{"anonymous", true}})), "INVALID_FIELD", "reporter.anonymous");
  EXPECT_EQ(decode(h, valid_ticket()).status, CASEGW_OK);  // named reporters still pass
}

TEST(DistrictPortalRejections, MobileThatIsNotAMainlandNumberIsInvalidAndNotQuoted) {
  host h;
  for (const char* mobile : {"12800138000", "1380013800", "023-67891234", "+8613800138000"}) {
    const call_result r = decode(h, with_reporter("mobile", mobile));
    expect_rejected(r, "INVALID_FIELD", "reporter.mobile");
    EXPECT_EQ(r.message.find(mobile), std::string::npos) << r.message;
  }
}

TEST(DistrictPortalRejections, NoMessageQuotesTheReportersData) {
  host h;
  const call_result r = decode(h, with_reporter("name", repeated("张", 101)));
  EXPECT_EQ(r.message.find("张"), std::string::npos) << r.message;
}

}  // namespace
}  // namespace district_portal::testing
