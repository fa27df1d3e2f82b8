// Every sample form in examples/payloads/foreign_investment decodes to the unified fields the
// channel documentation promises (docs/channels/foreign_investment.md §2), and every invalid-*
// sample is refused naming its field.
#include "complaint_samples.hpp"

#include <filesystem>
#include <set>

namespace casegw::foreign_investment::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(ForeignInvestmentSamples, AdministrativeActComplaintMapsEveryField) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("complaint-administrative-act.form"));

  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "CQWT2026111600017"}}));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-16T09:12:40+08:00");  // 1794791560000 ms
  EXPECT_EQ(c.at("kind"), "complaint");
  EXPECT_EQ(c.at("title"), "扩建厂房建设工程规划许可超过法定期限未作决定");
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "XZ01"}, {"name", "行政许可"}}));
  EXPECT_FALSE(c.contains("domain"));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500112017"}, {"address", "重庆市渝北区双凤桥街道空港工业园区某路18号"}}));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆樱川精密机械有限公司"},
                                     {"phone", "13800138000"},
                                     {"id_number", "91500112MA61B3K7X9"},
                                     {"contact_consent", true}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
  EXPECT_EQ(c.at("subject"), (value{{"type", "unit"}, {"name", "重庆市渝北区某行政审批部门"}}));
  EXPECT_EQ(c.at("attachments"),
            (value{{{"uri", "https://fdi-complaint.example.gov.cn/files/2026/11/CQWT2026111600017/acceptance-receipt.pdf"}},
                   {{"uri", "https://fdi-complaint.example.gov.cn/files/2026/11/CQWT2026111600017/site-photos.zip"}}}));
  EXPECT_FALSE(c.contains("handling"));  // an ordinary complaint
}

TEST(ForeignInvestmentSamples, ContentCombinesComplainantDetailsFactsAndRequests) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("complaint-administrative-act.form"));
  const std::string content(c.at("content").as_string());
  const std::string expected_start =
      "外国投资者国别（地区）：JP\n"
      "联系人：李明\n"
      "电子邮箱：li.ming@sakuragawa-cq.example.com\n"
      "\n"
      "【事实与理由】\n"
      "我公司于2026年8月3日通过政务服务平台提交二期厂房扩建项目建设工程规划许可申请，材料经窗口确认齐全并出具受理回执。\n"
      "至今已超过法定办理期限";
  EXPECT_EQ(content.substr(0, expected_start.size()), expected_start);
  const std::string expected_end =
      "\n\n【请求事项】\n"
      "1. 请督促审批部门依法在期限内作出许可决定；\n"
      "2. 如确需补正材料，请一次性书面告知。";
  ASSERT_GT(content.size(), expected_end.size());
  EXPECT_EQ(content.substr(content.size() - expected_end.size()), expected_end);
  EXPECT_EQ(content.find('\r'), std::string::npos);  // the browser's CRLF became LF
}

TEST(ForeignInvestmentSamples, InvestmentEnvironmentProblemIsASuggestionWithoutRespondent) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("suggestion-investment-environment.form"));
  EXPECT_EQ(c.at("kind"), "suggestion");
  EXPECT_EQ(c.at("category"), (value{{"channel_code", "TZ04"}, {"name", "通关与外汇便利"}}));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500106017"}}));
  EXPECT_EQ(c.at("consent_to_disclose"), true);
  EXPECT_FALSE(c.contains("subject"));
  EXPECT_FALSE(c.contains("attachments"));
  EXPECT_TRUE(c.at("content").as_string().ends_with("\n\n【请求事项】\n建议增加查验时段或推行预约查验，并公开查验等待时间。"));
}

TEST(ForeignInvestmentSamples, PolicyConsultationHasNeitherEmailNorRequestsSection) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("consultation-policy.form"));
  EXPECT_EQ(c.at("kind"), "consultation");
  EXPECT_EQ(c.at("content"),
            "外国投资者国别（地区）：SG\n联系人：陈思远\n\n【事实与理由】\n"
            "我公司计划在渝中区设立研发中心，想了解外资研发中心的认定条件、申报材料和今年的申报截止时间。");
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500103"}}));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  EXPECT_EQ(c.at("consent_to_disclose"), false);  // not sent: never disclose by default
}

TEST(ForeignInvestmentSamples, UrgentHelpRequestInRawUtf8IsAnOrdinaryUrgentItem) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("help-operating-difficulty.form"));
  EXPECT_EQ(c.at("kind"), "help");
  EXPECT_EQ(c.at("handling"), (value{{"urgent", true}}));  // no class: the office took it in itself
  EXPECT_EQ(c.at("location").at("region_code"), "500111100");
  EXPECT_EQ(c.at("reporter").at("name"), "重庆港龙五金制品有限公司");
}

TEST(ForeignInvestmentSamples, TransferredGb18030ComplaintIsHandedDownWithItsDueTime) {
  complaint_host host;
  const std::string utf8 = gb18030_to_utf8(read_sample("complaint-transferred-gb18030.form")).value();
  const object c = decoded_case(host, utf8, "gb18030");
  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "CQWT2026112000052"}, {"parent_ref", "QGWT2026111300128"}}));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-20T09:30:12+08:00");
  EXPECT_EQ(c.at("handling"),
            (value{{"class", "handed_down"}, {"assigned_due_at", "2026-12-31T18:00:00+08:00"}, {"urgent", true}}));
  EXPECT_EQ(c.at("subject"), (value{{"type", "person"}, {"name", "万州区某执法大队工作人员"}}));
  EXPECT_EQ(c.at("location").at("region_code"), "500101001001");
  EXPECT_EQ(c.at("reporter").at("name"), "重庆韩江食品有限公司");
}

TEST(ForeignInvestmentSamples, SupervisedComplaintNeedsNoParentNumber) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("complaint-supervised.form"));
  EXPECT_EQ(c.at("handling"), (value{{"class", "supervised"}}));
  EXPECT_EQ(c.at("channel"), (value{{"case_ref", "CQWT2026112000058"}}));
  EXPECT_EQ(c.at("reporter").at("id_number"), "91500107MA61DF2H7X");
}

TEST(ForeignInvestmentSamples, VerificationItemCarriesItsParentAndThreeAttachments) {
  complaint_host host;
  const object c = decoded_case(host, read_sample("complaint-verification.form"));
  EXPECT_EQ(c.at("handling"), (value{{"class", "verification"}}));
  EXPECT_EQ(c.at("channel").at("parent_ref"), "HC20261120003");
  const auto& attachments = c.at("attachments").as_array();
  ASSERT_EQ(attachments.size(), 3u);
  EXPECT_TRUE(attachments[0].at("uri").as_string().ends_with("/receipt.jpg"));  // in number order
  EXPECT_TRUE(attachments[2].at("uri").as_string().ends_with("/notice.pdf"));
}

TEST(ForeignInvestmentSamples, InvalidSamplesAreRejectedNamingTheField) {
  complaint_host host;
  expect_rejected(decode(host, read_sample("invalid-missing-credit-code.form")), {"MISSING_FIELD", "creditCode"});
  expect_rejected(decode(host, read_sample("invalid-unknown-complaint-type.form")), {"UNKNOWN_KIND", "complaintType"});
  const auto seconds = decode(host, read_sample("invalid-submit-time-in-seconds.form"));
  expect_rejected(seconds, {"INVALID_DATE", "submitTime"});
  EXPECT_EQ(seconds.message, "the date-time must be epoch milliseconds between the years 2000 and 2100");
}

// Every file of the folder, so that a sample added later is covered without a new test.
TEST(ForeignInvestmentSamples, EverySampleDecodesOrIsRefusedAsItsNameSays) {
  std::size_t valid = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FOREIGN_INVESTMENT_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    SCOPED_TRACE(name);
    EXPECT_EQ(entry.path().extension(), ".form");
    std::string body = read_sample(name);
    std::string charset = "utf-8";
    if (name.find("gb18030") != std::string::npos) {
      body = gb18030_to_utf8(body).value();
      charset = "gb18030";
    }
    complaint_host host;
    const auto r = decode(host, body, charset);
    if (name.starts_with("invalid-")) {
      EXPECT_EQ(r.status, CASEGW_REJECTED);
    } else {
      EXPECT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field;
      ++valid;
    }
  }
  EXPECT_EQ(valid, 7u);
}

TEST(ForeignInvestmentSamples, EveryKindAndClassTheChannelCarriesHasASample) {
  std::set<std::string> kinds, classes;
  for (const char* name : {"complaint-administrative-act.form", "suggestion-investment-environment.form",
                           "consultation-policy.form", "help-operating-difficulty.form", "complaint-supervised.form",
                           "complaint-verification.form"}) {
    complaint_host host;
    const object c = decoded_case(host, read_sample(name));
    kinds.insert(std::string(c.at("kind").as_string()));
    if (c.contains("handling") && c.at("handling").as_object().contains("class"))
      classes.insert(std::string(c.at("handling").at("class").as_string()));
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"complaint", "suggestion", "consultation", "help"}));
  EXPECT_EQ(classes, (std::set<std::string>{"supervised", "verification"}));  // handed_down: the GB18030 sample
}

TEST(ForeignInvestmentSamples, DecodingLogsNothing) {
  // Logs must stay free of complainant data; the simplest guarantee is that decode never logs.
  complaint_host host;
  decode(host, read_sample("complaint-administrative-act.form"));
  decode(host, read_sample("invalid-missing-credit-code.form"));
  EXPECT_TRUE(host.logs().empty());
}

TEST(ForeignInvestmentDecode, LowercaseCreditCodeIsRaised) {
  complaint_host host;
  const object c = decoded_case(host, with(sample_form("complaint-supervised.form"), "creditCode", "91500107ma61df2h7x"));
  EXPECT_EQ(c.at("reporter").at("id_number"), "91500107MA61DF2H7X");
}

TEST(ForeignInvestmentDecode, LaterMinorFormVersionsAreReadAndUnknownFieldsIgnored) {
  complaint_host host;
  form fields = sample_form("consultation-policy.form");
  fields["version"] = "1.7";
  fields["_csrf"] = "f3a9c1";
  fields["attachmentCount"] = "0";  // starts like an attachment key but is not attachment<N>
  EXPECT_EQ(decode(host, encoded(fields)).status, CASEGW_OK);
}

TEST(ForeignInvestmentDecode, BlankOptionalInputsCountAsAbsent) {
  complaint_host host;
  form fields = sample_form("complaint-administrative-act.form");
  fields["contactEmail"] = "";
  fields["address"] = "\u3000";
  fields["handleType"] = "";
  fields["discloseConsent"] = "";
  const object c = decoded_case(host, encoded(fields));
  EXPECT_EQ(c.at("content").as_string().find("电子邮箱"), std::string::npos);
  EXPECT_FALSE(c.at("location").as_object().contains("address"));
  EXPECT_FALSE(c.contains("handling"));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
}

TEST(ForeignInvestmentDecode, SubmitTimeKeepsItsMilliseconds) {
  complaint_host host;
  const object c = decoded_case(host, with(sample_form("consultation-policy.form"), "submitTime", "1794968493250"));
  EXPECT_EQ(c.at("submitted_at"), "2026-11-18T10:21:33.250+08:00");
}

TEST(ForeignInvestmentDecode, OtherTypesMayNameARespondentCompletely) {
  complaint_host host;
  form fields = sample_form("suggestion-investment-environment.form");
  fields["respondentType"] = "1";
  fields["respondentName"] = "某海关查验部门";
  EXPECT_EQ(decoded_case(host, encoded(fields)).at("subject"), (value{{"type", "unit"}, {"name", "某海关查验部门"}}));
}

}  // namespace
}  // namespace casegw::foreign_investment::testing
