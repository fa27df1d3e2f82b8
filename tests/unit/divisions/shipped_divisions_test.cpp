// The division data the gateway ships (config/divisions) loads without a problem, and known(),
// level_of() and resolve() give what docs/divisions.md promises on it.
#include "divisions/division_csv.hpp"
#include "divisions/division_directory.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>

namespace casegw::divisions {
namespace {

const division_directory& shipped() {
  static const division_load_result loaded = [] {
    const auto start = std::chrono::steady_clock::now();
    division_load_result result = division_directory::load(CASEGW_SHIPPED_DIVISIONS_DIR);
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    // Measured, not asserted: a timed assertion fails on a busy machine, not on slow code.
    std::cout << "[ measure  ] loading config/divisions took " << elapsed.count() << " ms\n";
    return result;
  }();
  if (!loaded.directory) {
    for (const auto& p : loaded.problems) ADD_FAILURE() << p.to_string();
    throw std::runtime_error("the shipped division data did not load");
  }
  return *loaded.directory;
}

TEST(ShippedDivisions, LoadsWithoutAProblem) {
  const division_load_result result = division_directory::load(CASEGW_SHIPPED_DIVISIONS_DIR);
  for (const auto& p : result.problems) ADD_FAILURE() << p.to_string();
  EXPECT_TRUE(result.directory.has_value());
}

TEST(ShippedDivisions, CountsEveryRowOfEveryFile) {
  const division_counts& c = shipped().counts();
  EXPECT_EQ(c.provinces, 31u);
  EXPECT_EQ(c.prefectures, 342u);
  EXPECT_EQ(c.counties, 2978u);
  EXPECT_EQ(c.towns, 1031u);
  EXPECT_EQ(c.villages, 11270u);
  // Towns are listed for Chongqing's 38 districts and counties only.
  EXPECT_EQ(c.counties_with_towns, 38u);
  EXPECT_GT(c.towns_with_villages, 1000u);
  EXPECT_LE(c.towns_with_villages, c.towns);
}

TEST(ShippedDivisions, KnowsCountiesOfTheWholeCountry) {
  const auto& d = shipped();
  EXPECT_TRUE(d.known("500111"));  // 大足区, Chongqing
  EXPECT_TRUE(d.known("110101"));  // 东城区, Beijing
  EXPECT_TRUE(d.known("650102"));  // 天山区, Urumqi
  EXPECT_TRUE(d.known("441900"));  // 东莞市: a prefecture with no counties, listed as its own county-level unit
  EXPECT_FALSE(d.known("500199"));
  EXPECT_FALSE(d.known("999999"));
  EXPECT_FALSE(d.known("110199"));
}

TEST(ShippedDivisions, KnowsProvincesAndPrefecturesInGbt2260Form) {
  const auto& d = shipped();
  EXPECT_TRUE(d.known("500000"));  // 重庆市
  EXPECT_TRUE(d.known("110000"));  // 北京市
  EXPECT_TRUE(d.known("500100"));  // 重庆市 市辖区
  EXPECT_TRUE(d.known("500200"));  // 重庆市 县
  EXPECT_TRUE(d.known("510100"));  // 成都市
  EXPECT_FALSE(d.known("500300"));  // Chongqing has no prefecture 03
  EXPECT_FALSE(d.known("990000"));
  EXPECT_FALSE(d.known("710000"));  // Taiwan, Hong Kong and Macao are not in the statistical codes
  EXPECT_FALSE(d.known("810000"));
}

TEST(ShippedDivisions, KnowsListedTownsAndOnlyThoseWhereTownsAreListed) {
  const auto& d = shipped();
  EXPECT_TRUE(d.known("500101001"));   // 高笋塘街道, 万州区
  EXPECT_TRUE(d.known("500111001"));   // 龙岗街道, 大足区
  EXPECT_TRUE(d.known("500103003"));   // 解放碑街道, 渝中区
  EXPECT_FALSE(d.known("500111999"));  // 大足区 lists its towns, and 999 is none of them
  EXPECT_FALSE(d.known("500101000"));
}

TEST(ShippedDivisions, JudgesTownsOutsideChongqingByTheirCounty) {
  const auto& d = shipped();
  EXPECT_TRUE(d.known("110101001"));   // 东城区 is known, its towns are not listed
  EXPECT_TRUE(d.known("110101999"));   // ... so any town code under it is accepted
  EXPECT_TRUE(d.known("441900003"));   // a town of 东莞市, judged by the county-level 441900
  EXPECT_FALSE(d.known("110199001"));  // no county 110199
  EXPECT_FALSE(d.known("110000001"));  // 110000 is a province, not a county a town can belong to
  EXPECT_FALSE(d.known("500100001"));  // 500100 is a prefecture, not a county
}

TEST(ShippedDivisions, KnowsListedVillagesAndJudgesOthersByTheirTown) {
  const auto& d = shipped();
  EXPECT_TRUE(d.known("500101001001"));   // 东方广场社区居民委员会
  EXPECT_TRUE(d.known("500112002001"));   // 五星路社区居民委员会, 双龙湖街道, 渝北区
  EXPECT_FALSE(d.known("500101001999"));  // 高笋塘街道 lists its villages
  EXPECT_FALSE(d.known("500111999001"));  // town 999 of 大足区 does not exist
  EXPECT_TRUE(d.known("110101001001"));   // Beijing: judged by county 110101
  EXPECT_TRUE(d.known("110101001999"));
  EXPECT_FALSE(d.known("110199001001"));
}

TEST(ShippedDivisions, RefusesAnythingThatIsNotA6To12DigitCode) {
  const auto& d = shipped();
  for (const char* code : {"", "50", "5001", "50011", "5001110", "50011100", "5001010010", "50010100100",
                           "5001010010011", "50011a", "500111 ", " 500111", "+500111", "５００１１１", "-50011"})
    EXPECT_FALSE(d.known(code)) << '"' << code << '"';
  EXPECT_FALSE(d.known(std::string_view("500111\0", 7)));
}

TEST(ShippedDivisions, LevelOfSaysWhatAKnownCodeDenotes) {
  const auto& d = shipped();
  EXPECT_EQ(d.level_of("500000"), division_level::province);
  EXPECT_EQ(d.level_of("500100"), division_level::prefecture);
  EXPECT_EQ(d.level_of("500111"), division_level::county);
  EXPECT_EQ(d.level_of("441900"), division_level::county);  // listed in areas.csv: the county reading wins
  EXPECT_EQ(d.level_of("500111001"), division_level::town);
  EXPECT_EQ(d.level_of("110101001"), division_level::town);  // judged by its county, still a town code
  EXPECT_EQ(d.level_of("500101001001"), division_level::village);
  EXPECT_EQ(d.level_of("500111999"), std::nullopt);
  EXPECT_EQ(d.level_of("abc"), std::nullopt);
  EXPECT_EQ(to_string(division_level::prefecture), "prefecture");
}

std::vector<std::string> names(const division_path& path) {
  std::vector<std::string> out;
  for (const auto& unit : path.units) out.push_back(unit.name);
  return out;
}

std::vector<std::string> codes(const division_path& path) {
  std::vector<std::string> out;
  for (const auto& unit : path.units) out.push_back(unit.code);
  return out;
}

TEST(ShippedDivisions, ResolvesACountyToItsProvinceAndPrefecture) {
  const auto path = shipped().resolve("500111");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->code, "500111");
  EXPECT_EQ(path->level, division_level::county);
  EXPECT_EQ(names(*path), (std::vector<std::string>{"重庆市", "市辖区", "大足区"}));
  EXPECT_EQ(codes(*path), (std::vector<std::string>{"500000", "500100", "500111"}));
  EXPECT_EQ(path->units[0].level, division_level::province);
  EXPECT_EQ(path->units[1].level, division_level::prefecture);
  EXPECT_EQ(path->lowest().level, division_level::county);
  EXPECT_TRUE(path->listed());
}

TEST(ShippedDivisions, ResolvesATownAndAVillageOfChongqingWithNames) {
  const auto town = shipped().resolve("500101001");
  ASSERT_TRUE(town);
  EXPECT_EQ(names(*town), (std::vector<std::string>{"重庆市", "市辖区", "万州区", "高笋塘街道"}));
  EXPECT_EQ(town->lowest().level, division_level::town);

  const auto village = shipped().resolve("500101001001");
  ASSERT_TRUE(village);
  EXPECT_EQ(village->level, division_level::village);
  EXPECT_EQ(names(*village),
            (std::vector<std::string>{"重庆市", "市辖区", "万州区", "高笋塘街道", "东方广场社区居民委员会"}));
  EXPECT_EQ(codes(*village), (std::vector<std::string>{"500000", "500100", "500101", "500101001", "500101001001"}));
  EXPECT_TRUE(village->listed());
}

TEST(ShippedDivisions, ResolvesAnUnlistedTownDownToItsCounty) {
  const auto path = shipped().resolve("110101001");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->code, "110101001");
  EXPECT_EQ(path->level, division_level::town);
  EXPECT_EQ(names(*path), (std::vector<std::string>{"北京市", "市辖区", "东城区"}));
  EXPECT_EQ(path->lowest().code, "110101");  // routing starts at the county: the lowest unit covering the case
  EXPECT_FALSE(path->listed());
}

TEST(ShippedDivisions, ResolvesProvinceAndPrefectureCodes) {
  const auto province = shipped().resolve("500000");
  ASSERT_TRUE(province);
  EXPECT_EQ(names(*province), (std::vector<std::string>{"重庆市"}));
  EXPECT_EQ(province->level, division_level::province);
  const auto prefecture = shipped().resolve("510100");
  ASSERT_TRUE(prefecture);
  EXPECT_EQ(names(*prefecture), (std::vector<std::string>{"四川省", "成都市"}));
  EXPECT_EQ(prefecture->level, division_level::prefecture);
}

TEST(ShippedDivisions, ResolvesNothingForAnUnknownCode) {
  EXPECT_EQ(shipped().resolve("500111999"), std::nullopt);
  EXPECT_EQ(shipped().resolve("500101001999"), std::nullopt);
  EXPECT_EQ(shipped().resolve("12345"), std::nullopt);
}

TEST(ShippedDivisions, EveryShippedVillageResolvesThroughItsOwnTownCountyAndPrefecture) {
  // All 11,270 rows of the shipped file, read independently of the loader: each resolves to five
  // units whose codes nest (the four levels of SPEC §3 below the province), ending in its own name.
  std::ifstream in(std::string(CASEGW_SHIPPED_DIVISIONS_DIR) + "/villages-chongqing.csv", std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::string_view header[] = {"code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"};
  const csv_reading rows = parse_csv("villages-chongqing.csv", text, header);
  ASSERT_TRUE(rows.problems.empty());
  ASSERT_EQ(rows.records.size(), 11270u);
  for (const csv_record& row : rows.records) {
    const std::string& code = row.fields[0];
    const auto path = shipped().resolve(code);
    ASSERT_TRUE(path) << code;
    ASSERT_EQ(path->units.size(), 5u) << code;
    EXPECT_EQ(path->units[0].code, code.substr(0, 2) + "0000");
    EXPECT_EQ(path->units[1].code, code.substr(0, 4) + "00");
    EXPECT_EQ(path->units[2].code, code.substr(0, 6));
    EXPECT_EQ(path->units[3].code, row.fields[2]);
    EXPECT_EQ(path->lowest().code, code);
    EXPECT_EQ(path->lowest().name, row.fields[1]);
  }
}

}  // namespace
}  // namespace casegw::divisions
