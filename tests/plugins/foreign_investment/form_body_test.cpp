// The body rules of docs/channels/foreign_investment.md §1.1: a strict form, in UTF-8 or (raw
// bytes only) GB18030.
#include "complaint_samples.hpp"

namespace casegw::foreign_investment::testing {
namespace {

constexpr const char* consultation = "consultation-policy.form";

TEST(ForeignInvestmentFormBody, WhatIsNoFormIsMalformed) {
  complaint_host host;
  for (const std::string body : {"", "&&", "version", R"({"version":"1.0","complaintNo":"CQWT2026111800031"})",
                                 "<complaint><version>1.0</version></complaint>"}) {
    SCOPED_TRACE(body);
    expect_rejected(decode(host, body), {"MALFORMED_BODY", ""});
  }
}

TEST(ForeignInvestmentFormBody, ABrokenEscapeIsMalformed) {
  complaint_host host;
  expect_rejected(decode(host, read_sample(consultation) + "&note=%E9%87%8"), {"MALFORMED_BODY", ""});
  expect_rejected(decode(host, read_sample(consultation) + "&note=%G1"), {"MALFORMED_BODY", ""});
}

TEST(ForeignInvestmentFormBody, EscapesThatAreNoUtf8AreMalformed) {
  complaint_host host;
  // D6D0 is 中 in GB18030: a browser on a GB18030 page escapes it so, but the body says UTF-8.
  expect_rejected(decode(host, read_sample(consultation) + "&note=%D6%D0"), {"MALFORMED_BODY", ""});
}

TEST(ForeignInvestmentFormBody, AKeyTwiceIsADuplicateNamingIt) {
  complaint_host host;
  const auto r = decode(host, read_sample(consultation) + "&title=%E5%8F%A6");
  expect_rejected(r, {"DUPLICATE_FIELD", "title"});
  EXPECT_EQ(r.message, "appears more than once");
}

TEST(ForeignInvestmentFormBody, AUtf8ByteOrderMarkIsIgnored) {
  complaint_host host;
  const auto c = decoded_case(host, "\xEF\xBB\xBF" + read_sample(consultation));
  EXPECT_EQ(c.at("channel").at("case_ref"), "CQWT2026111800031");
}

TEST(ForeignInvestmentFormBody, PlusIsASpaceAndEscapedSyntaxCharactersAreKept) {
  complaint_host host;
  const auto c = decoded_case(host, with(sample_form(consultation), "title", "R&D 中心=认定+申报 100%"));
  EXPECT_EQ(c.at("title"), "R&D 中心=认定+申报 100%");
}

TEST(ForeignInvestmentFormBody, Gb18030FormsCarryRawCharactersAndEscapedAscii) {
  complaint_host host;
  // As the gateway hands a GB18030 form over: converted to UTF-8, raw characters, %XX only
  // for the form's own syntax characters.
  form fields = sample_form(consultation);
  fields["title"] = "R&D 中心=认定+申报 100%";
  const std::string raw = raw_encoded(fields);
  EXPECT_EQ(decoded_case(host, raw, "gb18030").at("title"), "R&D 中心=认定+申报 100%");
  EXPECT_EQ(decoded_case(host, raw, "gbk").at("title"), "R&D 中心=认定+申报 100%");

  // One escaped non-ASCII byte is enough to refuse the body as GB18030, never as UTF-8.
  const std::string escaped = raw + "&note=%E4%B8%AD";
  expect_rejected(decode(host, escaped, "gb18030"), {"MALFORMED_BODY", ""});
  expect_rejected(decode(host, escaped, "gbk"), {"MALFORMED_BODY", ""});
  EXPECT_EQ(decode(host, escaped, "utf-8").status, CASEGW_OK);
}

TEST(ForeignInvestmentFormBody, TheRawGb18030SampleDecodesOnceConverted) {
  complaint_host host;
  const std::string bytes = read_sample("complaint-transferred-gb18030.form");
  ASSERT_EQ(bytes.find('%'), std::string::npos);  // the relay sends characters as bytes
  const auto c = decoded_case(host, gb18030_to_utf8(bytes).value(), "gb18030");
  EXPECT_EQ(c.at("title"), "执法人员以未备案为由扣押冷链货物");
}

}  // namespace
}  // namespace casegw::foreign_investment::testing
