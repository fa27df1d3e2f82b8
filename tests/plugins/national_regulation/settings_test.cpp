// The channel's settings: access_code must be given, the defaults apply, each setting changes
// what it says, and nonsense values stop the instance from being created.
#include "regulation_fixture.hpp"

#include <cstring>

namespace casegw::national_regulation::testing {
namespace {

using boost::json::value;

std::string with_attachments(std::size_t count) {
  value sample = sample_json("complaint-handed-down.json");
  auto& files = sample.at_pointer("/body/clue/attachments").as_array();
  const value first = files.at(0);
  files.clear();
  for (std::size_t i = 0; i < count; ++i) files.push_back(first);
  return boost::json::serialize(sample);
}

const casegw_config_field& field_named(const casegw_plugin& d, std::string_view name) {
  for (std::size_t i = 0; i < d.field_count; ++i)
    if (d.fields[i].name == name) return d.fields[i];
  throw std::out_of_range("no setting " + std::string(name));
}

TEST(NationalRegulationSettings, DescriptorDeclaresTheChannel) {
  regulation_host host(settings());
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "national_regulation");
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 1u);  // the national system sends UTF-8 only
  EXPECT_STREQ(d.charsets[0], "utf-8");
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // pushed, never polled
  ASSERT_EQ(d.field_count, 3u);
  for (std::size_t i = 0; i < d.field_count; ++i) EXPECT_GT(std::strlen(d.fields[i].description), 40u) << d.fields[i].name;
}

TEST(NationalRegulationSettings, AccessCodeIsRequiredAndHasNoDefault) {
  const casegw_plugin d = sdk::detail::describe<national_regulation_adapter>();
  const auto& access_code = field_named(d, "access_code");
  EXPECT_EQ(access_code.flags & CASEGW_FIELD_REQUIRED, CASEGW_FIELD_REQUIRED);
  EXPECT_EQ(access_code.default_value, nullptr);
  EXPECT_STREQ(field_named(d, "max_attachments").default_value, "20");
  EXPECT_STREQ(field_named(d, "feedback_path").default_value, "/api/jg/v1/clue/feedback");
  try {
    regulation_host host;
    FAIL() << "created without access_code";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("access_code"), std::string::npos) << e.what();
  }
}

TEST(NationalRegulationSettings, PushesAddressedToAnotherReceiverAreRefused) {
  regulation_host host({{"access_code", "SC_HLWDC"}});
  const auto r = decode(host, read_sample("complaint-handed-down.json"));
  expect_rejected(r, {"INVALID_FIELD", "header.receiver"});
  EXPECT_EQ(r.message.find("SC_HLWDC"), std::string::npos);  // neither code is echoed
}

TEST(NationalRegulationSettings, DefaultAcceptsTwentyAttachmentsAndNoMore) {
  regulation_host host(settings());
  EXPECT_EQ(decode(host, with_attachments(20)).status, CASEGW_OK);
  expect_rejected(decode(host, with_attachments(21)), {"INVALID_FIELD", "body.clue.attachments"});
}

TEST(NationalRegulationSettings, MaxAttachmentsLimitsTheCount) {
  regulation_host host(settings({{"max_attachments", "2"}}));
  EXPECT_EQ(decode(host, with_attachments(2)).status, CASEGW_OK);
  expect_rejected(decode(host, with_attachments(3)), {"INVALID_FIELD", "body.clue.attachments"});
}

TEST(NationalRegulationSettings, MaxAttachmentsZeroRefusesAnyAttachment) {
  regulation_host host(settings({{"max_attachments", "0"}}));
  EXPECT_EQ(decode(host, with_attachments(1)).status, CASEGW_REJECTED);
  EXPECT_EQ(decode(host, read_sample("suggestion-verification.json")).status, CASEGW_OK);
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class NationalRegulationBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(NationalRegulationBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    regulation_host host(settings({{key, setting_value}}));  // a given access_code replaces the samples' one
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Values, NationalRegulationBadSetting,
                         ::testing::Values(bad_setting{"access_code", ""}, bad_setting{"access_code", "CQ HLWDC"},
                                           bad_setting{"access_code", "重庆互联网督查"},
                                           bad_setting{"access_code", "CQ_HLWDC_0123456789_0123456789_XY"},
                                           bad_setting{"max_attachments", "51"}, bad_setting{"max_attachments", "-1"},
                                           bad_setting{"feedback_path", "api/jg/v1/clue/feedback"},
                                           bad_setting{"feedback_path", "/api/jg/v1/clue/"},
                                           bad_setting{"feedback_path", "/api/feedback?token=1"},
                                           bad_setting{"feedback_path", "/api/clue feedback"},
                                           bad_setting{"feedback_path", "/"}));

}  // namespace
}  // namespace casegw::national_regulation::testing
