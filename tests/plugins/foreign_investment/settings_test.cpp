// The channel's settings: declared defaults apply, each setting changes what it says, and
// nonsense values stop the instance from being created, naming the setting.
#include "complaint_samples.hpp"

#include <cstring>

namespace casegw::foreign_investment::testing {
namespace {

using boost::json::value;

constexpr const char* complaint = "complaint-administrative-act.form";

std::string with_attachments(std::size_t count, const std::string& url = "https://fdi-complaint.example.gov.cn/files/a.pdf") {
  form fields = sample_form("consultation-policy.form");
  for (std::size_t n = 1; n <= count; ++n) fields["attachment" + std::to_string(n)] = url;
  return encoded(fields);
}

TEST(ForeignInvestmentSettings, DescriptorDeclaresTheFormTheCharsetsAndEverySettingWithADefault) {
  complaint_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "foreign_investment");
  EXPECT_STREQ(d.version, "1.0.0");
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/x-www-form-urlencoded");
  ASSERT_EQ(d.charset_count, 3u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  EXPECT_STREQ(d.charsets[1], "gbk");
  EXPECT_STREQ(d.charsets[2], "gb18030");
  ASSERT_EQ(d.field_count, 4u);
  for (std::size_t i = 0; i < d.field_count; ++i) {
    EXPECT_NE(d.fields[i].default_value, nullptr) << d.fields[i].name;
    EXPECT_EQ(d.fields[i].flags, 0u) << d.fields[i].name;  // nothing required, nothing secret
    EXPECT_GT(std::strlen(d.fields[i].description), 40u) << d.fields[i].name;
  }
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // pushed, not pulled
}

TEST(ForeignInvestmentSettings, DefaultAcceptsTenAttachmentsAndNoMore) {
  complaint_host host;
  EXPECT_EQ(decode(host, with_attachments(10)).status, CASEGW_OK);
  const auto r = decode(host, with_attachments(11));
  expect_rejected(r, {"INVALID_FIELD", "attachment11"});
  EXPECT_EQ(r.message, "is one attachment more than the 10 this channel accepts");
}

TEST(ForeignInvestmentSettings, MaxAttachmentsLimitsTheCountAndZeroRefusesAny) {
  complaint_host two({{"max_attachments", "2"}});
  EXPECT_EQ(decode(two, with_attachments(2)).status, CASEGW_OK);
  expect_rejected(decode(two, with_attachments(3)), {"INVALID_FIELD", "attachment3"});

  complaint_host none({{"max_attachments", "0"}});
  expect_rejected(decode(none, with_attachments(1)), {"INVALID_FIELD", "attachment1"});
  EXPECT_EQ(decode(none, with_attachments(0)).status, CASEGW_OK);
}

TEST(ForeignInvestmentSettings, RegionScopeKeepsComplaintsWithinTheOfficesDivisions) {
  complaint_host chongqing;  // default "50"
  expect_rejected(decode(chongqing, with(sample_form(complaint), "regionCode", "110105")), {"INVALID_REGION_CODE", "regionCode"});
  EXPECT_EQ(decode(chongqing, with(sample_form(complaint), "regionCode", "500000")).status, CASEGW_OK);

  complaint_host anywhere({{"region_scope", ""}});
  EXPECT_EQ(decode(anywhere, with(sample_form(complaint), "regionCode", "110105")).status, CASEGW_OK);

  complaint_host yubei({{"region_scope", "500112"}});
  EXPECT_EQ(decode(yubei, read_sample(complaint)).status, CASEGW_OK);  // 500112017
  const auto r = decode(yubei, with(sample_form(complaint), "regionCode", "500111100"));
  expect_rejected(r, {"INVALID_REGION_CODE", "regionCode"});
  EXPECT_EQ(r.message, "the region code is outside the divisions this channel serves (setting region_scope)");
}

TEST(ForeignInvestmentSettings, AttachmentUrlPrefixAdmitsOnlyTheFileService) {
  complaint_host host({{"attachment_url_prefix", "https://fdi-complaint.example.gov.cn/files/"}});
  EXPECT_EQ(decode(host, with_attachments(1)).status, CASEGW_OK);
  expect_rejected(decode(host, with_attachments(1, "https://pan.example.com/s/1a2b3c")), {"INVALID_FIELD", "attachment1"});
  expect_rejected(decode(host, with_attachments(1, "https://fdi-complaint.example.gov.cn/files/")),
                  {"INVALID_FIELD", "attachment1"});

  complaint_host any_https;
  EXPECT_EQ(decode(any_https, with_attachments(1, "https://pan.example.com/s/1a2b3c")).status, CASEGW_OK);
}

TEST(ForeignInvestmentSettings, ProgressPathIsWhereNoticesArePosted) {
  complaint_host host({{"progress_path", "/servlet/ComplaintNotify?action=progress"}});
  const auto r = host.encode_event(R"({"schema":"casegw.event/v1","event_id":"e-1","channel_case_ref":"CQWT1",)"
                                   R"("type":"acknowledged","occurred_at":"2026-11-20T10:00:00+08:00"})");
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_EQ(r.path, "/servlet/ComplaintNotify?action=progress");
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class ForeignInvestmentBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(ForeignInvestmentBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    complaint_host host({{key, setting_value}});
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Values, ForeignInvestmentBadSetting,
                         ::testing::Values(bad_setting{"max_attachments", "51"}, bad_setting{"max_attachments", "-1"},
                                           bad_setting{"region_scope", "5"}, bad_setting{"region_scope", "5001120"},
                                           bad_setting{"region_scope", "chongqing"},
                                           bad_setting{"attachment_url_prefix", "http://files.example.gov.cn/"},
                                           bad_setting{"attachment_url_prefix", "https://files example/"},
                                           bad_setting{"attachment_url_prefix", ""},
                                           bad_setting{"progress_path", "fdi/progress"},
                                           bad_setting{"progress_path", "/fdi progress"},
                                           bad_setting{"progress_path", "/fdi#progress"},
                                           bad_setting{"progress_path", "/"}));

}  // namespace
}  // namespace casegw::foreign_investment::testing
