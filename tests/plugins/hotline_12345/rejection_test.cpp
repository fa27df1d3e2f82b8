// Bad work orders are refused with the SDK's standard code and the path of the wire field, and
// the message never repeats the value (it may be a caller's personal data).
#include "work_order_samples.hpp"

namespace casegw::hotline_12345::testing {
namespace {

std::string sample(const char* file) { return read_sample(file); }

std::string repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// ---- each required field, removed -----------------------------------------------------------

struct missing_case {
  const char* sample;
  const char* element;  // path inside workOrder, as work_order_samples.hpp edits it
  const char* field;    // the path the adapter must name
};
void PrintTo(const missing_case& c, std::ostream* os) { *os << c.sample << ":" << c.element; }

class HotlineMissingField : public ::testing::TestWithParam<missing_case> {};

TEST_P(HotlineMissingField, IsRejectedAsMissingNamingTheField) {
  hotline_host host;
  const auto& c = GetParam();
  expect_rejected(decode(host, without(sample(c.sample), c.element)), {"MISSING_FIELD", c.field});
}

INSTANTIATE_TEST_SUITE_P(
    RequiredElements, HotlineMissingField,
    ::testing::Values(
        missing_case{"complaint-urgent-gbk.xml", "orderNo", "workOrder.orderNo"},
        missing_case{"complaint-urgent-gbk.xml", "createTime", "workOrder.createTime"},
        missing_case{"complaint-urgent-gbk.xml", "source", "workOrder.source"},
        missing_case{"complaint-urgent-gbk.xml", "orderType", "workOrder.orderType"},
        missing_case{"complaint-urgent-gbk.xml", "title", "workOrder.title"},
        missing_case{"complaint-urgent-gbk.xml", "content", "workOrder.content"},
        missing_case{"complaint-urgent-gbk.xml", "category", "workOrder.category"},
        missing_case{"complaint-urgent-gbk.xml", "category/code", "workOrder.category.code"},
        missing_case{"complaint-urgent-gbk.xml", "category/name", "workOrder.category.name"},
        missing_case{"complaint-urgent-gbk.xml", "caller", "workOrder.caller"},
        missing_case{"complaint-urgent-gbk.xml", "caller/type", "workOrder.caller.type"},
        missing_case{"complaint-urgent-gbk.xml", "caller/name", "workOrder.caller.name"},
        missing_case{"complaint-urgent-gbk.xml", "caller/phone", "workOrder.caller.phone"},
        missing_case{"complaint-urgent-gbk.xml", "location", "workOrder.location"},
        // A town and a village without their district cannot be checked for nesting.
        missing_case{"complaint-urgent-gbk.xml", "location/districtCode", "workOrder.location.districtCode"},
        missing_case{"complaint-urgent-gbk.xml", "respondent/type", "workOrder.respondent.type"},
        missing_case{"complaint-urgent-gbk.xml", "respondent/name", "workOrder.respondent.name"},
        missing_case{"complaint-urgent-gbk.xml", "attachments/attachment/url",
                     "workOrder.attachments.attachment[0].url"},
        missing_case{"enterprise-complaint-supervised-gbk.xml", "caller/name", "workOrder.caller.name"},
        missing_case{"enterprise-complaint-supervised-gbk.xml", "caller/phone", "workOrder.caller.phone"}));

TEST(HotlineRejection, MissingVersionAttributeIsNamedWithAnAt) {
  hotline_host host;
  expect_rejected(decode(host, replaced(sample("help-sms.xml"), "<workOrder version=\"1\">", "<workOrder>")),
                  {"MISSING_FIELD", "workOrder@version"});
}

TEST(HotlineRejection, EmptyOrBlankRequiredElementsAreMissing) {
  hotline_host host;
  // Ideographic spaces (U+3000) are what a Chinese input method types into an empty field.
  expect_rejected(decode(host, with_text(sample("help-sms.xml"), "title", " \u3000\u3000 ")),
                  {"MISSING_FIELD", "workOrder.title"});
  expect_rejected(decode(host, replaced(sample("help-sms.xml"), "<title>独居老人家中停水求助</title>", "<title/>")),
                  {"MISSING_FIELD", "workOrder.title"});
  expect_rejected(decode(host, with_text(sample("help-sms.xml"), "caller", "\n  ")),
                  {"MISSING_FIELD", "workOrder.caller"});
}

// ---- one element edited: wrong shapes and types, values outside the code lists, bad dates ------

struct edit_case {
  const char* sample;
  const char* element;      // path inside workOrder, as work_order_samples.hpp edits it
  const char* replacement;  // the element's new inner XML
  const char* code;
  const char* field;
};
void PrintTo(const edit_case& c, std::ostream* os) { *os << c.sample << ":" << c.element << "=" << c.replacement; }

edit_case wrong_type(const char* element, const char* replacement, const char* field) {
  return {"complaint-urgent-gbk.xml", element, replacement, "WRONG_TYPE", field};
}
edit_case invalid_value(const char* sample, const char* element, const char* replacement, const char* field) {
  return {sample, element, replacement, "INVALID_FIELD", field};
}
// report-anonymous-verification.xml was created 2026-11-21 10:26:51 and is due 2026-12-04 18:00:00.
edit_case bad_create_time(const char* text) {
  return {"report-anonymous-verification.xml", "createTime", text, "INVALID_DATE", "workOrder.createTime"};
}
edit_case bad_due_time(const char* text) {
  return {"report-anonymous-verification.xml", "handling/dueTime", text, "INVALID_DATE", "workOrder.handling.dueTime"};
}

class HotlineEditedField : public ::testing::TestWithParam<edit_case> {};

TEST_P(HotlineEditedField, IsRejectedWithTheCodeAndTheField) {
  hotline_host host;
  const auto& c = GetParam();
  expect_rejected(decode(host, with_text(sample(c.sample), c.element, c.replacement)), {c.code, c.field});
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, HotlineEditedField,
    ::testing::Values(
        wrong_type("caller", "李四 13800138000", "workOrder.caller"),
        wrong_type("category", "0304 餐饮油烟及噪声", "workOrder.category"),
        wrong_type("title", "<b>油烟</b>", "workOrder.title"),
        wrong_type("caller/phone", "<mobile>13800138000</mobile>", "workOrder.caller.phone"),
        wrong_type("attachments/attachment", "https://files.12345.cq.example/a.jpg",
                   "workOrder.attachments.attachment[0]"),
        wrong_type("caller/callbackConsent", "是", "workOrder.caller.callbackConsent"),
        wrong_type("caller/callbackConsent", "TRUE", "workOrder.caller.callbackConsent"),
        wrong_type("discloseConsent", "yes", "workOrder.discloseConsent"),
        wrong_type("attachments/attachment/size", "1.8MB", "workOrder.attachments.attachment[0].size"),
        wrong_type("attachments/attachment/size", "-1", "workOrder.attachments.attachment[0].size"),
        wrong_type("attachments/attachment/size", "1843200.5", "workOrder.attachments.attachment[0].size"),
        wrong_type("attachments/attachment/size", "1234567890123456789", "workOrder.attachments.attachment[0].size")));

INSTANTIATE_TEST_SUITE_P(
    Codes, HotlineEditedField,
    ::testing::Values(invalid_value("help-sms.xml", "source", "电话", "workOrder.source"),
                      invalid_value("help-sms.xml", "source", "phone", "workOrder.source"),
                      invalid_value("complaint-urgent-gbk.xml", "urgency", "很急", "workOrder.urgency"),
                      invalid_value("help-sms.xml", "caller/type", "法人", "workOrder.caller.type"),
                      invalid_value("complaint-urgent-gbk.xml", "respondent/type", "政府", "workOrder.respondent.type"),
                      invalid_value("complaint-urgent-gbk.xml", "handling/handlingClass", "挂牌督办",
                                    "workOrder.handling.handlingClass"),
                      invalid_value("help-sms.xml", "orderNo", "CQ12345 20261121", "workOrder.orderNo"),
                      invalid_value("help-sms.xml", "orderNo", "工单20261121", "workOrder.orderNo"),
                      invalid_value("help-sms.xml", "orderNo", "-20261121", "workOrder.orderNo")));

INSTANTIATE_TEST_SUITE_P(
    Caller, HotlineEditedField,
    ::testing::Values(
        invalid_value("help-sms.xml", "caller/phone", "1390013900", "workOrder.caller.phone"),
        invalid_value("help-sms.xml", "caller/phone", "+8613900139000", "workOrder.caller.phone"),
        invalid_value("help-sms.xml", "caller/phone", "12345", "workOrder.caller.phone"),
        invalid_value("complaint-urgent-gbk.xml", "caller/idNumber", "500111198806152311", "workOrder.caller.idNumber"),
        invalid_value("complaint-urgent-gbk.xml", "caller/idNumber", "13800138000", "workOrder.caller.idNumber"),
        invalid_value("enterprise-complaint-supervised-gbk.xml", "caller/creditCode", "91500111MA60Q8RT24",
                      "workOrder.caller.creditCode")));

INSTANTIATE_TEST_SUITE_P(
    Attachments, HotlineEditedField,
    ::testing::Values(invalid_value("complaint-urgent-gbk.xml", "attachments/attachment/url",
                                    "http://files.12345.cq.example/a.mp3", "workOrder.attachments.attachment[0].url"),
                      invalid_value("complaint-urgent-gbk.xml", "attachments/attachment/url", "file:///etc/passwd",
                                    "workOrder.attachments.attachment[0].url"),
                      invalid_value("complaint-urgent-gbk.xml", "attachments/attachment/mimeType", "mp3",
                                    "workOrder.attachments.attachment[0].mimeType"),
                      invalid_value("complaint-urgent-gbk.xml", "attachments/attachment/mimeType",
                                    "audio/mpeg; rate=8000", "workOrder.attachments.attachment[0].mimeType"),
                      invalid_value("complaint-urgent-gbk.xml", "attachments/attachment/sha256", "2f165372",
                                    "workOrder.attachments.attachment[0].sha256")));

INSTANTIATE_TEST_SUITE_P(
    CreateTime, HotlineEditedField,
    ::testing::Values(bad_create_time("2026-02-30 08:00:00"), bad_create_time("2025-02-29 08:00:00"),
                      bad_create_time("2026-11-21 24:00:00"), bad_create_time("2026-11-21 10:60:00"),
                      bad_create_time("2026-11-21T10:26:51+08:00"), bad_create_time("2026-11-21 10:26"),
                      bad_create_time("2026-11-21"), bad_create_time("2026/11/21 10:26:51"),
                      bad_create_time("1763692011000"), bad_create_time("2026-11-21 10:26:51.120")));

INSTANTIATE_TEST_SUITE_P(DueTime, HotlineEditedField,
                         ::testing::Values(bad_due_time("2026-12-32 18:00:00"), bad_due_time("2026-12-04"),
                                           // not after createTime
                                           bad_due_time("2026-11-21 10:26:51"), bad_due_time("2026-11-20 18:00:00")));

class HotlineUnknownKind : public ::testing::TestWithParam<const char*> {};

TEST_P(HotlineUnknownKind, IsRejectedAsUnknownKind) {
  hotline_host host;
  expect_rejected(decode(host, with_text(sample("help-sms.xml"), "orderType", GetParam())),
                  {"UNKNOWN_KIND", "workOrder.orderType"});
}

INSTANTIATE_TEST_SUITE_P(OrderTypes, HotlineUnknownKind,
                         ::testing::Values("07", "2", "00", "投拆", "Complaint", "complaint", "咨询类", "１"));

TEST(HotlineRejection, OrderTypeCodesAndLabelsAreTrimmedOfXmlSpace) {
  hotline_host host;
  EXPECT_EQ(decoded_case(host, with_text(sample("help-sms.xml"), "orderType", "\n    咨询\n  ")).at("kind"),
            "consultation");
}

TEST(HotlineRejection, FieldsThatDoNotBelongToTheCallerTypeAreRefused) {
  hotline_host host;
  // A person has no credit code, an enterprise no resident ID, an anonymous caller nothing at all.
  expect_rejected(
      decode(host, with_inserted(sample("help-sms.xml"), "caller", "<creditCode>91500111MA60Q8RT23</creditCode>")),
      {"INVALID_FIELD", "workOrder.caller.creditCode"});
  expect_rejected(decode(host, with_inserted(sample("enterprise-complaint-supervised-gbk.xml"), "caller",
                                             "<idNumber>500111198806152310</idNumber>")),
                  {"INVALID_FIELD", "workOrder.caller.idNumber"});
  const std::string anonymous = sample("report-anonymous-verification.xml");
  expect_rejected(decode(host, replaced(anonymous, "<name/>", "<name>李四</name>")),
                  {"INVALID_FIELD", "workOrder.caller.name"});
  expect_rejected(decode(host, with_inserted(anonymous, "caller", "<idNumber>500111198806152310</idNumber>")),
                  {"INVALID_FIELD", "workOrder.caller.idNumber"});
  expect_rejected(decode(host, with_inserted(anonymous, "caller", "<creditCode>91500111MA60Q8RT23</creditCode>")),
                  {"INVALID_FIELD", "workOrder.caller.creditCode"});
}

TEST(HotlineRejection, MoreThanFiftyAttachmentsAreRefused) {
  hotline_host host;
  const std::string one = "<attachment><url>https://files.12345.cq.example/a.jpg</url></attachment>";
  const std::string base = sample("help-sms.xml");
  EXPECT_EQ(decode(host, with_inserted(base, "", "<attachments>" + repeated(one, 50) + "</attachments>")).status,
            CASEGW_OK);
  expect_rejected(decode(host, with_inserted(base, "", "<attachments>" + repeated(one, 51) + "</attachments>")),
                  {"INVALID_FIELD", "workOrder.attachments"});
}

// ---- dates -------------------------------------------------------------------------------

TEST(HotlineRejection, LeapDayIsARealDate) {
  hotline_host host;
  const auto c = decoded_case(host, with_text(sample("help-sms.xml"), "createTime", "2028-02-29 23:59:59"));
  EXPECT_EQ(c.at("submitted_at"), "2028-02-29T23:59:59+08:00");
}

// ---- lengths --------------------------------------------------------------------------------

struct length_case {
  const char* sample;
  const char* element;
  const char* unit;  // repeated to make the text
  int limit;         // characters allowed
  const char* field;
};
void PrintTo(const length_case& c, std::ostream* os) { *os << c.element << ">" << c.limit; }

class HotlineFieldLength : public ::testing::TestWithParam<length_case> {};

TEST_P(HotlineFieldLength, AcceptsTheLimitAndRefusesOneCharacterMore) {
  hotline_host host;
  const auto& c = GetParam();
  const std::string base = sample(c.sample);
  const auto at_limit = decode(host, with_text(base, c.element, repeated(c.unit, c.limit)));
  EXPECT_EQ(at_limit.status, CASEGW_OK) << at_limit.code << " " << at_limit.field;
  expect_rejected(decode(host, with_text(base, c.element, repeated(c.unit, c.limit + 1))), {"FIELD_TOO_LONG", c.field});
}

INSTANTIATE_TEST_SUITE_P(
    Limits, HotlineFieldLength,
    ::testing::Values(
        length_case{"complaint-urgent-gbk.xml", "title", "噪", 200, "workOrder.title"},
        length_case{"complaint-urgent-gbk.xml", "content", "油", 20000, "workOrder.content"},
        length_case{"complaint-urgent-gbk.xml", "category/code", "7", 64, "workOrder.category.code"},
        length_case{"complaint-urgent-gbk.xml", "category/name", "类", 100, "workOrder.category.name"},
        length_case{"complaint-urgent-gbk.xml", "caller/name", "李", 100, "workOrder.caller.name"},
        length_case{"complaint-urgent-gbk.xml", "location/address", "路", 500, "workOrder.location.address"},
        length_case{"complaint-urgent-gbk.xml", "respondent/name", "店", 200, "workOrder.respondent.name"},
        length_case{"complaint-urgent-gbk.xml", "handling/assignedUnit", "局", 200,
                    "workOrder.handling.assignedUnit"}));

TEST(HotlineRejection, AnOverlongAttachmentUrlIsTooLong) {
  hotline_host host;
  const std::string url = "https://files.12345.cq.example/" + std::string(2048 - 31 + 1, 'a');  // 2049 characters
  expect_rejected(decode(host, with_text(sample("complaint-urgent-gbk.xml"), "attachments/attachment/url", url)),
                  {"FIELD_TOO_LONG", "workOrder.attachments.attachment[0].url"});
}

// ---- elements given twice --------------------------------------------------------------------

struct duplicate_case {
  const char* element;  // where to insert a copy of the child
  const char* markup;
  const char* field;
};
void PrintTo(const duplicate_case& c, std::ostream* os) { *os << c.field; }

class HotlineDuplicate : public ::testing::TestWithParam<duplicate_case> {};

TEST_P(HotlineDuplicate, IsRejectedAsDuplicateNamingTheField) {
  hotline_host host;
  const auto& c = GetParam();
  expect_rejected(decode(host, with_inserted(sample("complaint-urgent-gbk.xml"), c.element, c.markup)),
                  {"DUPLICATE_FIELD", c.field});
}

INSTANTIATE_TEST_SUITE_P(
    SingleElements, HotlineDuplicate,
    ::testing::Values(duplicate_case{"", "<title>另一个标题</title>", "workOrder.title"},
                      duplicate_case{"", "<orderNo>CQ12345-20261120-000803</orderNo>", "workOrder.orderNo"},
                      duplicate_case{"", "<caller><type>匿名</type></caller>", "workOrder.caller"},
                      duplicate_case{"", "<urgency>一般</urgency>", "workOrder.urgency"},
                      duplicate_case{"caller", "<phone>13800138001</phone>", "workOrder.caller.phone"},
                      duplicate_case{"location", "<townCode>500111100</townCode>", "workOrder.location.townCode"},
                      duplicate_case{"handling", "<dueTime>2026-11-22 22:15:03</dueTime>",
                                     "workOrder.handling.dueTime"},
                      duplicate_case{"attachments/attachment", "<url>https://files.12345.cq.example/b.jpg</url>",
                                     "workOrder.attachments.attachment[0].url"}));

TEST(HotlineRejection, RepeatedAttachmentsAndUnknownElementsAreFine) {
  hotline_host host;
  // Two <attachment> are a list; unknown elements (a later 1.x release) are ignored, even twice.
  const std::string body = with_inserted(sample("complaint-urgent-gbk.xml"), "",
                                         "<hotlineSeat>A-17</hotlineSeat><hotlineSeat>A-18</hotlineSeat>");
  const auto c = decoded_case(host, body);
  EXPECT_EQ(c.at("attachments").as_array().size(), 2u);
}

// ---- the body and the version ----------------------------------------------------------------

class HotlineMalformedBody : public ::testing::TestWithParam<std::string> {};

TEST_P(HotlineMalformedBody, IsRejectedAsMalformed) {
  hotline_host host;
  expect_rejected(decode(host, GetParam()), {"MALFORMED_BODY", ""});
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, HotlineMalformedBody,
    ::testing::Values(
        "", "   ", "工单", R"({"orderNo": "CQ12345-20261121-000015"})", "orderNo=CQ12345&title=x",
        "<workOrder version=\"1\">", "<workOrder version=\"1\"><title>x</workOrder>",
        "<workOrder version=\"1\"/><workOrder version=\"1\"/>", "<workOrder version=\"1\" version=\"2\"/>",
        "<order version=\"1\"><orderNo>CQ12345</orderNo></order>", "<ns:workOrder xmlns:ns=\"urn:x\" version=\"1\"/>",
        "<workOrder version=\"1\"><title>&nbsp;</title></workOrder>",
        "<workOrder version=\"1\"><title>&#1;</title></workOrder>",
        std::string("<workOrder version=\"1\"><title>\xC3\x28</title></workOrder>"),
        "<!DOCTYPE workOrder><workOrder version=\"1\"/>",
        "<!DOCTYPE workOrder SYSTEM \"http://attacker.example/x.dtd\"><workOrder version=\"1\"/>",
        "<!DOCTYPE workOrder [<!ENTITY e \"x\">]><workOrder version=\"1\"><title>&e;</title></workOrder>"));

TEST(HotlineRejection, ExternalEntitySampleIsRefusedBeforeAnythingIsRead) {
  hotline_host host;
  const auto r = decode(host, sample("invalid-doctype-external-entity.xml"));
  expect_rejected(r, {"MALFORMED_BODY", ""});
  EXPECT_NE(r.message.find("DOCTYPE"), std::string::npos) << r.message;
}

TEST(HotlineRejection, ACallbackResultIsNotAWorkOrderAndSaysSo) {
  hotline_host host;
  const auto r = decode(host,
                        "<callbackResult version=\"1\"><orderNo>CQ12345-20261120-000802</orderNo>"
                        "<callbackTime>2026-11-23 10:12:40</callbackTime><result>满意</result></callbackResult>");
  expect_rejected(r, {"MALFORMED_BODY", ""});
  EXPECT_NE(r.message.find("callbackResult"), std::string::npos) << r.message;
}

TEST(HotlineRejection, UnknownVersionIsUnsupported) {
  hotline_host host;
  for (const char* version : {"2", "2.0", "0.9", "v1", "1.0-beta", "1.", ""})
    expect_rejected(
        decode(host, replaced(sample("help-sms.xml"), "version=\"1\">", "version=\"" + std::string(version) + "\">")),
        {"UNSUPPORTED_VERSION", "workOrder@version"});
  EXPECT_EQ(decode(host, replaced(sample("help-sms.xml"), "version=\"1\">", "version=\"1.3\">")).status, CASEGW_OK);
}

// ---- confidentiality of error messages -------------------------------------------------------

TEST(HotlineRejection, MessagesNeverContainTheCallerData) {
  hotline_host host;
  const std::string name = "李四", phone = "13800138000", id = "500111198806152310", landline = "023-43781234";
  const std::string base = sample("complaint-urgent-gbk.xml");
  // Each push puts caller data where it does not belong, so that the message is about it.
  const std::vector<std::string> bodies = {
      with_text(base, "caller/phone", id),
      with_text(base, "caller/idNumber", phone),
      with_text(base, "caller/idNumber", id + "1"),
      with_text(base, "caller/name", repeated(name, 51)),
      with_text(base, "caller/type", name),
      with_text(base, "createTime", phone),
      with_text(base, "location/districtCode", id),
      with_text(base, "source", name),
      with_text(base, "orderType", name),
      with_text(base, "caller/callbackConsent", name),
      with_text(base, "location/address", repeated(landline, 50)),
      replaced(sample("report-anonymous-verification.xml"), "<phone/>", "<phone>" + landline + "</phone>"),
      replaced(base, "<title>", "<title><" + std::string("x") + ">" + name + "</x>"),
  };
  for (const auto& body : bodies) {
    const auto r = decode(host, body);
    ASSERT_EQ(r.status, CASEGW_REJECTED);
    for (const std::string& secret : {name, phone, id, landline}) {
      EXPECT_EQ(r.message.find(secret), std::string::npos) << r.message;
      EXPECT_EQ(r.field.find(secret), std::string::npos) << r.field;
    }
  }
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
