// workOrder.location: the most precise of district, town and village becomes region_code, the
// levels must nest, every code is checked for its format and the chosen one against the
// gateway's division list, and default_region_code stands in only when no place is named.
#include "work_order_samples.hpp"

namespace casegw::hotline_12345::testing {
namespace {

using boost::json::value;

// complaint-urgent-gbk.xml names 500111 / 500111001 / 500111001002 (大足区 / 龙岗街道 / 西街社区).
class HotlineLocation : public ::testing::Test {
 protected:
  HotlineLocation() { host.known_divisions(sample_divisions()); }
  std::string complaint_with(std::string_view element, std::string_view code) {
    return with_text(read_sample("complaint-urgent-gbk.xml"), element, code);
  }
  hotline_host host;
};

TEST_F(HotlineLocation, TheMostPreciseLevelGivenIsTheRegion) {
  std::string body = read_sample("complaint-urgent-gbk.xml");
  EXPECT_EQ(decoded_case(host, body).at("location").at("region_code"), "500111001002");
  body = without(body, "location/villageCode");
  EXPECT_EQ(decoded_case(host, body).at("location").at("region_code"), "500111001");
  body = without(body, "location/townCode");
  EXPECT_EQ(decoded_case(host, body).at("location").at("region_code"), "500111");
}

TEST_F(HotlineLocation, AVillageMayFollowTheDistrictWithoutItsTown) {
  const auto c = decoded_case(host, without(read_sample("complaint-urgent-gbk.xml"), "location/townCode"));
  EXPECT_EQ(c.at("location").at("region_code"), "500111001002");
}

TEST_F(HotlineLocation, LevelsThatDoNotNestAreRefusedNamingTheInnerOne) {
  // 500111100 is 龙水镇, also in 大足区, but 西街社区 is not in it.
  expect_rejected(decode(host, complaint_with("location/townCode", "500111100")),
                  {"INVALID_REGION_CODE", "workOrder.location.villageCode"});
  // 500103003 解放碑街道 is in 渝中区, not 大足区.
  expect_rejected(decode(host, complaint_with("location/townCode", "500103003")),
                  {"INVALID_REGION_CODE", "workOrder.location.townCode"});
  expect_rejected(decode(host, without(complaint_with("location/villageCode", "500103003001"), "location/townCode")),
                  {"INVALID_REGION_CODE", "workOrder.location.villageCode"});
}

struct format_case {
  const char* element;
  const char* code;
};
void PrintTo(const format_case& c, std::ostream* os) { *os << c.element << "=" << c.code; }

class HotlineRegionFormat : public ::testing::TestWithParam<format_case> {};

TEST_P(HotlineRegionFormat, IsRefusedNamingTheElement) {
  hotline_host host;
  const auto& c = GetParam();
  expect_rejected(decode(host, with_text(read_sample("complaint-urgent-gbk.xml"), c.element, c.code)),
                  {"INVALID_REGION_CODE", "workOrder.location." + std::string(c.element).substr(9)});
}

INSTANTIATE_TEST_SUITE_P(
    Formats, HotlineRegionFormat,
    ::testing::Values(format_case{"location/districtCode", "50011"}, format_case{"location/districtCode", "50011A"},
                      format_case{"location/districtCode", "５００１１１"},
                      format_case{"location/districtCode", "990111"},
                      format_case{"location/districtCode", "500111001"},  // a town where the district belongs
                      format_case{"location/townCode", "500111"}, format_case{"location/townCode", "500111-001"},
                      format_case{"location/villageCode", "500111001"},
                      format_case{"location/villageCode", "5001110010020"}));

TEST_F(HotlineLocation, WellFormedCodesMissingFromTheDivisionListAreRefused) {
  // 500111999: no such town in 大足区; 500111001999: no such community in 龙岗街道.
  expect_rejected(decode(host, complaint_with("location/villageCode", "500111001999")),
                  {"INVALID_REGION_CODE", "workOrder.location.villageCode"});
  expect_rejected(decode(host, without(complaint_with("location/townCode", "500111999"), "location/villageCode")),
                  {"INVALID_REGION_CODE", "workOrder.location.townCode"});
  // 500199: a district number Chongqing never used.
  const std::string district_only =
      without(without(read_sample("complaint-urgent-gbk.xml"), "location/villageCode"), "location/townCode");
  expect_rejected(decode(host, with_text(district_only, "location/districtCode", "500199")),
                  {"INVALID_REGION_CODE", "workOrder.location.districtCode"});
}

TEST_F(HotlineLocation, ABlankAddressIsAbsentAndTheLocationNeedsNoAddress) {
  const auto c = decoded_case(host, with_text(read_sample("complaint-urgent-gbk.xml"), "location/address", "\u3000 "));
  EXPECT_EQ(c.at("location"), (value{{"region_code", "500111001002"}}));
}

TEST(HotlineDefaultRegion, WithoutTheSettingAPlaceIsRequired) {
  hotline_host host;
  const std::string body = read_sample("other-landline.xml");
  expect_rejected(decode(host, without(body, "location")), {"MISSING_FIELD", "workOrder.location"});
  // <location> left empty counts as absent; with an address only, the district is what is missing.
  expect_rejected(decode(host, without(body, "location/districtCode")), {"MISSING_FIELD", "workOrder.location"});
  expect_rejected(decode(host, with_text(body, "location", "<address>大足区某公交站台</address>")),
                  {"MISSING_FIELD", "workOrder.location.districtCode"});
}

TEST(HotlineDefaultRegion, TheSettingFilesOrdersThatNameNoPlace) {
  hotline_host host({{"default_region_code", "500000"}});
  const std::string body = read_sample("other-landline.xml");
  EXPECT_EQ(decoded_case(host, without(body, "location")).at("location"), (value{{"region_code", "500000"}}));
  // An empty location, or one with an address only, names no place either.
  EXPECT_EQ(decoded_case(host, with_text(body, "location", "<districtCode/><address>大足区某公交站台</address>"))
                .at("location"),
            (value{{"region_code", "500000"}, {"address", "大足区某公交站台"}}));
}

TEST(HotlineDefaultRegion, TheSettingNeverReplacesACodeThatWasSent) {
  hotline_host host({{"default_region_code", "500000"}});
  host.known_divisions(sample_divisions());
  const std::string body = read_sample("complaint-urgent-gbk.xml");
  EXPECT_EQ(decoded_case(host, body).at("location").at("region_code"), "500111001002");
  expect_rejected(decode(host, with_text(body, "location/villageCode", "500111001999")),
                  {"INVALID_REGION_CODE", "workOrder.location.villageCode"});
  // A town without its district is still refused: the nesting could not be checked.
  expect_rejected(decode(host, without(body, "location/districtCode")),
                  {"MISSING_FIELD", "workOrder.location.districtCode"});
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
