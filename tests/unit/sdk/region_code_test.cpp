// sdk/region_code.hpp: the format check, and the existence check asked of the host — through
// the fake host, which drives a test adapter via the same C descriptor the gateway uses.
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/testing.hpp>

#include <gtest/gtest.h>

#include <cstddef>

namespace casegw::sdk {
namespace {

TEST(SdkRegionCode, FormatIs6Or9Or12DigitsUnderAProvinceCode) {
  for (const char* code : {"500111", "500111001", "500111001001", "110000", "110101", "820000", "500000"})
    EXPECT_EQ(region_code_format_problem(code), "") << code;
  for (const char* code : {"", "50", "50011", "5001110", "50011100", "5001110010", "50011100100", "5001110010010",
                           "50011a", "５００１１１", " 500111", "500111 ", "-50011"})
    EXPECT_EQ(region_code_format_problem(code), "must be 6, 9 or 12 digits") << code;
  for (const char* code : {"000000", "100000", "101010", "830000", "990000", "090000001"})
    EXPECT_EQ(region_code_format_problem(code), "does not start with a province-level code") << code;
}

// A minimal adapter whose case region is the body, checked like every first-party adapter does.
class region_adapter final : public adapter {
 public:
  static constexpr const char* name = "region_test";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description = "Checks the body as a region code";
  static constexpr const char* media_types[] = {"text/plain"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr casegw_config_field fields[] = {
      {"unused", CASEGW_FIELD_STRING, 0, "x", 1, 0, "A setting, since the descriptor needs one"}};

  explicit region_adapter(host h) : host_(h) {}
  void decode(const request& req, case_builder& out) override {
    check_region_code(host_, "location.regionCode", req.body());
    out.case_ref("R1").submitted_at("2026-11-20T09:30:12+08:00").kind(kind::other).title("t").content("c");
    out.region_code(std::string(req.body())).reporter({});
  }

 private:
  host host_;
};

using region_host = testing::fake_host<region_adapter>;

testing::call_result decode(region_host& h, std::string code) {
  testing::fake_request r;
  r.media_type = "text/plain";
  r.body = std::move(code);
  return h.decode(r);
}

TEST(SdkRegionCode, WithoutAListEveryWellFormedCodePassesTheFakeHost) {
  region_host h;
  EXPECT_EQ(decode(h, "500111").status, CASEGW_OK);
  EXPECT_EQ(decode(h, "650102001001").status, CASEGW_OK);
}

TEST(SdkRegionCode, TheFormatIsCheckedBeforeTheHostIsAsked) {
  region_host h;
  for (const char* code : {"5001", "50011A", "990000"}) {
    const auto r = decode(h, code);
    EXPECT_EQ(r.status, CASEGW_REJECTED) << code;
    EXPECT_EQ(r.code, "INVALID_REGION_CODE");
    EXPECT_EQ(r.field, "location.regionCode");
    EXPECT_EQ(r.message.find(code), std::string::npos) << r.message;  // never quotes the value
  }
}

TEST(SdkRegionCode, TheHostsDivisionListDecides) {
  region_host h;
  h.known_divisions({"500111", "500111001", "500112", "110101"});
  EXPECT_EQ(decode(h, "500111").status, CASEGW_OK);
  EXPECT_EQ(decode(h, "500111001").status, CASEGW_OK);
  EXPECT_EQ(decode(h, "500112003").status, CASEGW_OK);  // 500112 lists no towns: judged by the county
  EXPECT_EQ(decode(h, "110101001001").status, CASEGW_OK);

  const auto unknown_town = decode(h, "500111999");  // 500111 lists its towns
  EXPECT_EQ(unknown_town.status, CASEGW_REJECTED);
  EXPECT_EQ(unknown_town.code, "INVALID_REGION_CODE");
  EXPECT_EQ(unknown_town.message, "the region code is not in the official division list");
  EXPECT_EQ(decode(h, "500113").code, "INVALID_REGION_CODE");
  EXPECT_EQ(decode(h, "500113001").code, "INVALID_REGION_CODE");
}

// A host built against ABI 1.0 has no division_known: the SDK must not read past its table.
int CASEGW_CALL no_setting(casegw_host_ctx*, const char*, casegw_str_view*) { return 0; }

TEST(SdkRegionCode, AnOlderHostWithoutDivisionDataLeavesTheFormatCheckAlone) {
  casegw_host_api api{};
  api.struct_size = static_cast<std::uint32_t>(offsetof(casegw_host_api, division_known));
  api.setting_string = &no_setting;
  api.division_known = [](casegw_host_ctx*, casegw_str_view) { return 0; };  // beyond struct_size: must be ignored
  const host old_host(&api, nullptr);
  EXPECT_TRUE(old_host.division_known("500111"));
  EXPECT_NO_THROW(check_region_code(old_host, "f", "500111"));
  EXPECT_THROW(check_region_code(old_host, "f", "5001"), rejection);

  api.struct_size = sizeof api;  // a 1.1 host that says no
  const host new_host(&api, nullptr);
  EXPECT_FALSE(new_host.division_known("500111"));
  EXPECT_THROW(check_region_code(new_host, "f", "500111"), rejection);

  api.division_known = nullptr;  // a 1.1 host without division data
  EXPECT_TRUE(host(&api, nullptr).division_known("500111"));
}

}  // namespace
}  // namespace casegw::sdk
