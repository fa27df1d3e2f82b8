// workOrder.caller: the numbers callers leave (mobile or fixed line, normalized to one spelling
// the unified case accepts), and what each caller type may and must carry.
#include "phone_number.hpp"
#include "work_order_samples.hpp"

namespace casegw::hotline_12345::testing {
namespace {

using boost::json::value;

struct phone_case {
  const char* sent;
  const char* mapped;  // nullptr: refused
};
void PrintTo(const phone_case& c, std::ostream* os) { *os << c.sent; }

class HotlinePhoneNumber : public ::testing::TestWithParam<phone_case> {};

TEST_P(HotlinePhoneNumber, IsReadAsDocumented) {
  const auto& c = GetParam();
  const auto phone = read_phone_number(c.sent);
  if (!c.mapped) {
    EXPECT_FALSE(phone) << phone->text;
    return;
  }
  ASSERT_TRUE(phone);
  EXPECT_EQ(phone->text, c.mapped);
}

INSTANTIATE_TEST_SUITE_P(
    Numbers, HotlinePhoneNumber,
    ::testing::Values(phone_case{"13800138000", "13800138000"}, phone_case{"19912345678", "19912345678"},
                      phone_case{"023-43781234", "023-43781234"}, phone_case{"02343781234", "023-43781234"},
                      phone_case{"010-62345678", "010-62345678"}, phone_case{"0571-8888123", "0571-8888123"},
                      phone_case{"05718888123", "0571-8888123"}, phone_case{"023-43721234-8012", "023-43721234-8012"},
                      phone_case{"02343721234-8", "023-43721234-8"},
                      // refused
                      phone_case{"12800138000", nullptr}, phone_case{"1380013800", nullptr},
                      phone_case{"138001380001", nullptr}, phone_case{"+8613800138000", nullptr},
                      phone_case{"023-0378123", nullptr}, phone_case{"023-1378123", nullptr},
                      phone_case{"023-437812", nullptr}, phone_case{"023-437812345", nullptr},
                      phone_case{"023 43781234", nullptr}, phone_case{"023--43781234", nullptr},
                      phone_case{"011-62345678", nullptr}, phone_case{"0023-43781234", nullptr},
                      phone_case{"023-43781234-", nullptr}, phone_case{"023-43781234-1234567", nullptr},
                      phone_case{"023-43781234-8012-1", nullptr}, phone_case{"43781234", nullptr},
                      phone_case{"", nullptr}, phone_case{"０２３-43781234", nullptr}));

TEST(HotlinePhoneNumber, KindTellsMobileFromLandline) {
  EXPECT_EQ(read_phone_number("13800138000")->kind, phone_kind::mobile);
  EXPECT_EQ(read_phone_number("023-43781234")->kind, phone_kind::landline);
}

TEST(HotlineCaller, LandlinesAreRefusedWhenTheChannelDoesNotAcceptThem) {
  hotline_host host({{"accept_landline", "false"}});
  expect_rejected(decode(host, read_sample("consultation-landline-gbk.xml")),
                  {"INVALID_FIELD", "workOrder.caller.phone"});
  EXPECT_EQ(decode(host, read_sample("help-sms.xml")).status, CASEGW_OK);  // a mobile number
}

TEST(HotlineCaller, ResidentIdCheckCharacterXIsRaised) {
  hotline_host host;
  // 11010519491231002X is the GB 11643 standard's own example number.
  const auto c =
      decoded_case(host, with_text(read_sample("complaint-urgent-gbk.xml"), "caller/idNumber", "11010519491231002x"));
  EXPECT_EQ(c.at("reporter").at("id_number"), "11010519491231002X");
}

TEST(HotlineCaller, AnEnterpriseMayCallWithoutItsCreditCode) {
  hotline_host host;
  const auto c =
      decoded_case(host, without(read_sample("enterprise-complaint-supervised-gbk.xml"), "caller/creditCode"));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "enterprise"},
                                     {"name", "重庆某某建设工程有限公司"},
                                     {"phone", "023-43721234-8012"},
                                     {"contact_consent", true}}));
}

TEST(HotlineCaller, AnAnonymousCallerIsNeverCalledBackThroughTheWorkflow) {
  hotline_host host;
  const auto c =
      decoded_case(host, with_text(read_sample("report-anonymous-verification.xml"), "caller/callbackConsent", "true"));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
}

TEST(HotlineCaller, CallbackConsentIsNoUnlessSaid) {
  hotline_host host;
  const auto c = decoded_case(host, without(read_sample("help-sms.xml"), "caller/callbackConsent"));
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
  const auto d = decoded_case(host, without(read_sample("praise-email.xml"), "discloseConsent"));
  EXPECT_EQ(d.at("consent_to_disclose"), false);
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
