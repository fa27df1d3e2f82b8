// Bad input is refused with the specific SDK code and the form key of the field, and the
// message never repeats the value (it may be the complainant's personal or business data).
#include "complaint_samples.hpp"

#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment::testing {
namespace {

constexpr const char* complaint = "complaint-administrative-act.form";  // type 1, two attachments
constexpr const char* suggestion = "suggestion-investment-environment.form";
constexpr const char* transferred = "complaint-transferred-gb18030.form";  // handleType 1, dueTime
constexpr const char* verification = "complaint-verification.form";       // three attachments

// ---- each required field, removed or blank --------------------------------------------

struct missing_case {
  const char* sample;
  const char* key;
};
// Readable, stable test names (CTest lists parameterized tests by their printed parameter).
void PrintTo(const missing_case& c, std::ostream* os) { *os << c.sample << ":" << c.key; }

class ForeignInvestmentMissingField : public ::testing::TestWithParam<missing_case> {};

TEST_P(ForeignInvestmentMissingField, IsRejectedAsMissingNamingTheKey) {
  complaint_host host;
  const auto [sample, key] = GetParam();
  expect_rejected(decode(host, without(sample_form(sample), key)), {"MISSING_FIELD", key});
}

TEST_P(ForeignInvestmentMissingField, BlankIsMissingToo) {
  complaint_host host;
  const auto [sample, key] = GetParam();
  // Ideographic spaces (U+3000) are what a Chinese input method leaves in an "empty" input.
  expect_rejected(decode(host, with(sample_form(sample), key, " \u3000\u3000 ")), {"MISSING_FIELD", key});
}

INSTANTIATE_TEST_SUITE_P(
    RequiredFields, ForeignInvestmentMissingField,
    ::testing::Values(missing_case{complaint, "version"}, missing_case{complaint, "complaintNo"},
                      missing_case{complaint, "submitTime"}, missing_case{complaint, "complaintType"},
                      missing_case{complaint, "enterpriseName"}, missing_case{complaint, "creditCode"},
                      missing_case{complaint, "investorCountry"}, missing_case{complaint, "contactName"},
                      missing_case{complaint, "contactMobile"}, missing_case{complaint, "title"},
                      missing_case{complaint, "facts"}, missing_case{complaint, "requests"},
                      missing_case{complaint, "categoryCode"}, missing_case{complaint, "categoryName"},
                      missing_case{complaint, "regionCode"}, missing_case{complaint, "respondentType"},
                      missing_case{complaint, "respondentName"}, missing_case{transferred, "parentNo"}));

TEST(ForeignInvestmentRejection, OnlyAComplaintProperRequiresRequestsAndRespondent) {
  complaint_host host;
  form fields = sample_form(suggestion);
  fields.erase("requests");
  EXPECT_EQ(decode(host, encoded(fields)).status, CASEGW_OK);
  // A respondent, once named, is named completely.
  fields["respondentName"] = "某海关查验部门";
  expect_rejected(decode(host, encoded(fields)), {"MISSING_FIELD", "respondentType"});
}

// ---- the shape of a value -------------------------------------------------------------

struct value_case {
  const char* sample;
  const char* key;
  const char* value;
  const char* code;
};
void PrintTo(const value_case& c, std::ostream* os) { *os << c.key << "=" << c.value << " -> " << c.code; }

class ForeignInvestmentBadValue : public ::testing::TestWithParam<value_case> {};

TEST_P(ForeignInvestmentBadValue, IsRejectedWithItsCodeNamingTheKey) {
  complaint_host host;
  const auto [sample, key, bad, code] = GetParam();
  const auto r = decode(host, with(sample_form(sample), key, bad));
  expect_rejected(r, {code, key});
  // The message states the rule; it never quotes what was sent.
  if (std::string_view(bad).size() >= 4) {
    EXPECT_EQ(r.message.find(bad), std::string::npos) << r.message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    WrongType, ForeignInvestmentBadValue,
    ::testing::Values(value_case{complaint, "submitTime", "2026-11-16 09:12:40", "WRONG_TYPE"},
                      value_case{complaint, "submitTime", "-1794791560000", "WRONG_TYPE"},
                      value_case{complaint, "submitTime", "1.79479156e12", "WRONG_TYPE"},
                      value_case{transferred, "dueTime", "2026-12-31", "WRONG_TYPE"},
                      value_case{complaint, "urgent", "true", "WRONG_TYPE"},
                      value_case{complaint, "contactConsent", "on", "WRONG_TYPE"},
                      value_case{complaint, "discloseConsent", "2", "WRONG_TYPE"}));

INSTANTIATE_TEST_SUITE_P(
    UnknownKind, ForeignInvestmentBadValue,
    ::testing::Values(value_case{complaint, "complaintType", "0", "UNKNOWN_KIND"},
                      value_case{complaint, "complaintType", "5", "UNKNOWN_KIND"},
                      value_case{complaint, "complaintType", "投诉", "UNKNOWN_KIND"},
                      value_case{complaint, "complaintType", "complaint", "UNKNOWN_KIND"}));

INSTANTIATE_TEST_SUITE_P(
    InvalidDate, ForeignInvestmentBadValue,
    ::testing::Values(value_case{complaint, "submitTime", "1794791560", "INVALID_DATE"},  // seconds
                      value_case{complaint, "submitTime", "0", "INVALID_DATE"},
                      value_case{complaint, "submitTime", "4102444800000", "INVALID_DATE"},  // 2100-01-01
                      value_case{complaint, "submitTime", "17947915600000000000000", "INVALID_DATE"},
                      value_case{transferred, "dueTime", "1795138212000", "INVALID_DATE"},  // = submitTime
                      value_case{transferred, "dueTime", "1794791560000", "INVALID_DATE"}));

INSTANTIATE_TEST_SUITE_P(
    InvalidRegionCode, ForeignInvestmentBadValue,
    ::testing::Values(value_case{complaint, "regionCode", "5001", "INVALID_REGION_CODE"},
                      value_case{complaint, "regionCode", "50011201", "INVALID_REGION_CODE"},
                      value_case{complaint, "regionCode", "5OO112", "INVALID_REGION_CODE"},
                      value_case{complaint, "regionCode", "990000", "INVALID_REGION_CODE"},
                      value_case{complaint, "regionCode", "110105", "INVALID_REGION_CODE"}));  // outside region_scope

INSTANTIATE_TEST_SUITE_P(
    InvalidField, ForeignInvestmentBadValue,
    ::testing::Values(value_case{complaint, "complaintNo", "CQWT 2026", "INVALID_FIELD"},
                      value_case{complaint, "complaintNo", "-CQWT2026", "INVALID_FIELD"},
                      value_case{complaint, "creditCode", "91500112MA61B3K7X8", "INVALID_FIELD"},  // check character
                      value_case{complaint, "creditCode", "91500112MA61B3K7X", "INVALID_FIELD"},
                      value_case{complaint, "creditCode", "11010519491231002X", "INVALID_FIELD"},  // an ID number
                      value_case{complaint, "investorCountry", "jp", "INVALID_FIELD"},
                      value_case{complaint, "investorCountry", "JPN", "INVALID_FIELD"},
                      value_case{complaint, "investorCountry", "XK", "INVALID_FIELD"},
                      value_case{complaint, "investorCountry", "CN", "INVALID_FIELD"},
                      value_case{complaint, "contactMobile", "+8613800138000", "INVALID_FIELD"},
                      value_case{complaint, "contactMobile", "1380013800", "INVALID_FIELD"},
                      value_case{complaint, "contactMobile", "12800138000", "INVALID_FIELD"},
                      value_case{complaint, "contactEmail", "li.ming", "INVALID_FIELD"},
                      value_case{complaint, "contactEmail", "li.ming@localhost", "INVALID_FIELD"},
                      value_case{complaint, "contactEmail", "li ming@example.com", "INVALID_FIELD"},
                      value_case{complaint, "contactEmail", "li..ming@example.com", "INVALID_FIELD"},
                      value_case{complaint, "contactEmail", "李明@example.com", "INVALID_FIELD"},
                      value_case{complaint, "handleType", "4", "INVALID_FIELD"},
                      value_case{complaint, "respondentType", "unit", "INVALID_FIELD"},
                      value_case{complaint, "parentNo", "QGWT2026111300128", "INVALID_FIELD"},  // on an ordinary item
                      value_case{complaint, "dueTime", "1798711200000", "INVALID_FIELD"},       // on an ordinary item
                      value_case{transferred, "parentNo", "QGWT 2026", "INVALID_FIELD"},
                      value_case{complaint, "categoryCode", "XZ 01", "INVALID_FIELD"},
                      value_case{complaint, "title", "扩建厂房\r\n规划许可", "INVALID_FIELD"},
                      value_case{complaint, "enterpriseName", "重庆\t樱川", "INVALID_FIELD"},
                      value_case{complaint, "facts", "我公司\x01申请", "INVALID_FIELD"},
                      value_case{complaint, "attachment1", "http://fdi-complaint.example.gov.cn/a.pdf", "INVALID_FIELD"},
                      value_case{complaint, "attachment1", "https://", "INVALID_FIELD"},
                      value_case{complaint, "attachment1", "https://files.example.gov.cn/a b.pdf", "INVALID_FIELD"}));

TEST(ForeignInvestmentRejection, NonexistentDivisionIsRefusedThoughWellFormed) {
  complaint_host host;
  // Like the gateway's data: 渝北区 with its towns listed, so an unlisted town code is unknown.
  host.known_divisions({"500112", "500112017", "500112016"});
  EXPECT_EQ(decode(host, read_sample(complaint)).status, CASEGW_OK);
  const auto r = decode(host, with(sample_form(complaint), "regionCode", "500112999"));
  expect_rejected(r, {"INVALID_REGION_CODE", "regionCode"});
  EXPECT_EQ(r.message, "the region code is not in the official division list");
}

// ---- lengths, counted in characters ---------------------------------------------------

struct length_case {
  const char* sample;
  const char* key;
  std::size_t max;
  const char* filler;  // one character, repeated
};
void PrintTo(const length_case& c, std::ostream* os) { *os << c.key << " <= " << c.max; }

class ForeignInvestmentLength : public ::testing::TestWithParam<length_case> {};

std::string repeated(std::string_view character, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += character;
  return out;
}

TEST_P(ForeignInvestmentLength, TheLimitPassesAndOneMoreIsTooLong) {
  complaint_host host;
  const auto [sample, key, max, filler] = GetParam();
  EXPECT_EQ(decode(host, with(sample_form(sample), key, repeated(filler, max))).status, CASEGW_OK) << key;
  const auto r = decode(host, with(sample_form(sample), key, repeated(filler, max + 1)));
  expect_rejected(r, {"FIELD_TOO_LONG", key});
  EXPECT_EQ(r.message, "is longer than " + std::to_string(max) + " characters");
}

INSTANTIATE_TEST_SUITE_P(
    Limits, ForeignInvestmentLength,
    ::testing::Values(length_case{complaint, "title", 200, "许"}, length_case{complaint, "facts", 15000, "实"},
                      length_case{complaint, "requests", 4000, "请"}, length_case{complaint, "enterpriseName", 100, "企"},
                      length_case{complaint, "contactName", 50, "李"}, length_case{complaint, "categoryCode", 64, "X"},
                      length_case{complaint, "categoryName", 100, "类"}, length_case{complaint, "respondentName", 200, "单"},
                      length_case{complaint, "address", 500, "路"}));

TEST(ForeignInvestmentRejection, LongestPartsStillMakeAContentWithinTheUnifiedLimit) {
  complaint_host host;
  form fields = sample_form(complaint);
  fields["facts"] = repeated("实", 15000);
  fields["requests"] = repeated("请", 4000);
  fields["contactName"] = repeated("李", 50);
  fields["contactEmail"] = repeated("a", 64) + "@" + repeated("b", 63) + "." + repeated("c", 63) + "." + repeated("d", 61);
  ASSERT_EQ(fields["contactEmail"].size(), 254u);
  const auto c = decoded_case(host, encoded(fields));
  EXPECT_LE(sdk::count_characters(c.at("content").as_string()), 20000u);
}

TEST(ForeignInvestmentRejection, LengthsCountBreaksAfterCrlfIsNormalized) {
  complaint_host host;
  // 14 999 characters and one CRLF: 15 000 once the break is one LF.
  EXPECT_EQ(decode(host, with(sample_form(complaint), "facts", repeated("实", 7499) + "\r\n" + repeated("实", 7500))).status,
            CASEGW_OK);
}

TEST(ForeignInvestmentRejection, OverlongEmailAndAttachmentUrlAreTooLong) {
  complaint_host host;
  expect_rejected(decode(host, with(sample_form(complaint), "contactEmail", repeated("a", 250) + "@b.cn")),
                  {"FIELD_TOO_LONG", "contactEmail"});
  expect_rejected(decode(host, with(sample_form(complaint), "attachment1", "https://f.example.gov.cn/" + repeated("a", 2030))),
                  {"FIELD_TOO_LONG", "attachment1"});
}

// ---- attachment numbering -------------------------------------------------------------

TEST(ForeignInvestmentRejection, AttachmentNumbersStartAtOneWithoutGapsOrLeadingZeros) {
  complaint_host host;
  const form fields = sample_form(verification);  // attachment1..3
  const auto gap = decode(host, without(fields, "attachment2"));
  expect_rejected(gap, {"INVALID_FIELD", "attachment3"});
  EXPECT_EQ(gap.message, "comes after a missing attachment2: attachments are numbered from 1 without gaps");

  form renumbered = fields;
  renumbered.erase("attachment1");
  expect_rejected(decode(host, encoded(renumbered)), {"INVALID_FIELD", "attachment2"});

  form padded = fields;
  padded["attachment01"] = padded["attachment1"];
  expect_rejected(decode(host, encoded(padded)), {"INVALID_FIELD", "attachment01"});

  form zero = fields;
  zero["attachment0"] = zero["attachment1"];
  expect_rejected(decode(host, encoded(zero)), {"INVALID_FIELD", "attachment0"});
}

TEST(ForeignInvestmentRejection, AnEmptyAttachmentIsMissing) {
  complaint_host host;
  expect_rejected(decode(host, with(sample_form(complaint), "attachment2", "")), {"MISSING_FIELD", "attachment2"});
}

// ---- order and side effects -----------------------------------------------------------

TEST(ForeignInvestmentRejection, TheFirstProblemInDocumentedOrderIsReported) {
  complaint_host host;
  form fields = sample_form(complaint);
  fields["attachment1"] = "http://insecure.example.com/a.pdf";  // attachments: last
  fields["regionCode"] = "5001";                                  // place
  fields["title"] = "";                                           // matter
  fields["contactMobile"] = "123";                                // complainant
  fields["handleType"] = "9";                                     // handling
  fields["complaintType"] = "7";                                  // type
  EXPECT_EQ(decode(host, encoded(fields)).field, "complaintType");
  fields["complaintType"] = "1";
  EXPECT_EQ(decode(host, encoded(fields)).field, "handleType");
  fields["handleType"] = "0";
  EXPECT_EQ(decode(host, encoded(fields)).field, "contactMobile");
  fields["contactMobile"] = "13800138000";
  EXPECT_EQ(decode(host, encoded(fields)).field, "title");
  fields["title"] = "规划许可超期";
  EXPECT_EQ(decode(host, encoded(fields)).field, "regionCode");
  fields["regionCode"] = "500112";
  EXPECT_EQ(decode(host, encoded(fields)).field, "attachment1");
}

TEST(ForeignInvestmentRejection, MessagesNeverQuoteThePersonalData) {
  complaint_host host;
  const form fields = sample_form(complaint);
  for (const auto& [key, bad] : std::initializer_list<std::pair<const char*, const char*>>{
           {"contactMobile", "1380013800"}, {"creditCode", "91500112MA61B3K7X8"}, {"contactEmail", "li.ming#example.com"}}) {
    const auto r = decode(host, with(fields, key, bad));
    EXPECT_EQ(r.status, CASEGW_REJECTED) << key;
    EXPECT_EQ(r.message.find(bad), std::string::npos) << r.message;
    EXPECT_EQ(r.message.find(fields.at("enterpriseName")), std::string::npos) << r.message;
  }
  EXPECT_TRUE(host.logs().empty());
}

}  // namespace
}  // namespace casegw::foreign_investment::testing
