// decode(): every field of a valid ticket lands where README.md's mapping table says.
#include "district_portal_testing.hpp"
#include "ticket_mapping.hpp"

#include <thread>
#include <vector>

namespace district_portal::testing {
namespace {

using boost::json::object;
using boost::json::value;

TEST(DistrictPortalDecode, ComplaintMapsEveryFieldOntoTheUnifiedCase) {
  host h;
  const object c = decoded_case(h, valid_ticket());
  const value expected = boost::json::parse(R"({
    "channel": {"case_ref": "YB20261120-000123"},
    "submitted_at": "2026-11-20T21:15:03+08:00",
    "kind": "complaint",
    "title": "小区门口占道经营夜市噪音扰民",
    "content": "礼嘉街道某小区南门外每晚有流动摊贩占道经营至凌晨一点，油烟和噪音影响居民休息，希望城管部门依法处理。",
    "location": {"region_code": "500112019", "address": "重庆市渝北区礼嘉街道金渝大道某小区南门"},
    "reporter": {"type": "person", "name": "李建国", "phone": "13800138000", "contact_consent": true},
    "consent_to_disclose": false
  })");
  EXPECT_EQ(value(c), expected);
}

TEST(DistrictPortalDecode, EachTypeCodeMapsToItsKind) {
  const std::pair<const char*, const char*> table[] = {
      {"ZX", "consultation"}, {"TS", "complaint"}, {"QZ", "help"}, {"JB", "report"},
      {"JY", "suggestion"},   {"BY", "praise"},    {"QT", "other"}};
  host h;
  for (const auto& [code, kind] : table) {
    EXPECT_EQ(decoded_case(h, with("type", code))["kind"], kind) << code;
    EXPECT_EQ(kind_for_type_code(code), std::string_view(kind));
  }
  EXPECT_FALSE(kind_for_type_code("ts").has_value());  // codes are upper case on the wire
  EXPECT_FALSE(kind_for_type_code("投诉").has_value());
}

TEST(DistrictPortalDecode, AnonymousReporterCarriesNoPersonalDataAndCannotBeCalledBack) {
  host h;
  const object c = decoded_case(h, with("reporter", {{"anonymous", true}, {"callback", true}}));
  EXPECT_EQ(c.at("reporter"), (value{{"type", "anonymous"}, {"contact_consent", false}}));
}

TEST(DistrictPortalDecode, AnonymousReporterWithBlankNameAndMobileIsStillAnonymous) {
  host h;
  const object ticket = with("reporter", {{"anonymous", true}, {"name", ""}, {"mobile", nullptr}});
  EXPECT_EQ(decoded_case(h, ticket).at("reporter").at("type"), "anonymous");
}

TEST(DistrictPortalDecode, OptionalFieldsAbsentOrNullAreLeftOutOrDefaultToNo) {
  host h;
  object ticket = valid_ticket();
  ticket.erase("disclose");
  ticket["address"] = nullptr;
  ticket["reporter"].as_object().erase("callback");
  const object c = decoded_case(h, ticket);
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500112019"}}));
  EXPECT_EQ(c.at("consent_to_disclose"), false);
  EXPECT_EQ(c.at("reporter").at("contact_consent"), false);
}

TEST(DistrictPortalDecode, ExplicitConsentToDiscloseIsCarried) {
  host h;
  EXPECT_EQ(decoded_case(h, with("disclose", true)).at("consent_to_disclose"), true);
}

TEST(DistrictPortalDecode, UnknownFieldsAreIgnoredSoThePortalCanAddSome) {
  host h;
  object ticket = valid_ticket();
  ticket["channelVersion"] = "2.3";
  ticket["reporter"].as_object()["wechatOpenId"] = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
  EXPECT_EQ(value(decoded_case(h, ticket)), value(decoded_case(h, valid_ticket())));
}

TEST(DistrictPortalDecode, CountyTownAndVillageCodesOfTheOfficialListPass) {
  host h;
  h.known_divisions({"500112", "500112019", "500112019001"});
  for (const char* code : {"500112", "500112019", "500112019001"}) {
    EXPECT_EQ(decoded_case(h, with("areaCode", code)).at("location").at("region_code"), code);
  }
}

TEST(DistrictPortalDecode, LimitsCountCharactersNotBytes) {
  host h;
  object ticket = valid_ticket();
  ticket["title"] = repeated("噪", 200);  // 600 bytes of UTF-8, 200 characters: the limit exactly
  ticket["reporter"].as_object()["name"] = repeated("张", 100);
  EXPECT_EQ(decoded_case(h, ticket).at("title").as_string().size(), 600u);
}

TEST(DistrictPortalDecode, FourByteCharactersPassUnchanged) {
  host h;
  const object ticket = with("address", "重庆市渝北区\xF0\xA0\x80\x80家湾");  // U+20000, CJK Extension B
  EXPECT_EQ(decoded_case(h, ticket).at("location").at("address"), "重庆市渝北区\xF0\xA0\x80\x80家湾");
}

// The gateway calls decode() on one instance from several threads at once. fake_host is a
// single-threaded harness (its error buffers are shared), so this test gives the adapter a
// host table of its own: the declared defaults, every division known.
struct defaults_host {
  static void CASEGW_CALL log(casegw_host_ctx*, casegw_log_level, casegw_str_view) {}
  static int CASEGW_CALL string(casegw_host_ctx*, const char* key, casegw_str_view* out) {
    if (std::string_view(key) != "progress_path") return 0;
    *out = casegw::sdk::raw("/open/v1/progress");
    return 1;
  }
  static int CASEGW_CALL integer(casegw_host_ctx*, const char*, std::int64_t*) { return 0; }
  static int CASEGW_CALL boolean(casegw_host_ctx*, const char* key, std::uint8_t* out) {
    if (std::string_view(key) != "accept_anonymous") return 0;
    *out = 1;
    return 1;
  }
  static int CASEGW_CALL division_known(casegw_host_ctx*, casegw_str_view) { return 1; }
};

TEST(DistrictPortalDecode, ConcurrentDecodesOnOneInstanceAllGiveTheSameCase) {
  casegw_host_api api{};
  api.struct_size = sizeof api;
  api.abi_major = CASEGW_ABI_MAJOR;
  api.abi_minor = CASEGW_ABI_MINOR;
  api.log = &defaults_host::log;
  api.setting_string = &defaults_host::string;
  api.setting_int = &defaults_host::integer;
  api.setting_bool = &defaults_host::boolean;
  api.division_known = &defaults_host::division_known;
  district_portal_adapter adapter(casegw::sdk::host{&api, nullptr});

  const std::string body = boost::json::serialize(valid_ticket());
  casegw_request_view view{};
  view.struct_size = sizeof view;
  view.media_type = casegw::sdk::raw("application/json");
  view.body = casegw::sdk::raw(body);
  const auto decode_once = [&] {
    casegw::sdk::case_builder out;
    adapter.decode(casegw::sdk::request{view}, out);
    return out.to_json();
  };
  const std::string expected = decode_once();
  host h;
  ASSERT_EQ(expected, decode(h, valid_ticket()).output);  // the same case the thunks produce

  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i)
        if (decode_once() != expected) ++mismatches[t];
    });
  for (auto& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace district_portal::testing
