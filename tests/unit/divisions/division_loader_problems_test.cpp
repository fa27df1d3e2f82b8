// A broken division directory is refused as a whole, with every problem of every file named
// "file:line: problem", and a good small directory gives the lookups their documented meaning.
#include "divisions/division_directory.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace casegw::divisions {
namespace {

constexpr std::string_view provinces = "code,name\n11,\"北京市\"\n50,\"重庆市\"\n";
constexpr std::string_view cities = "code,name,provinceCode\n1101,\"市辖区\",11\n5001,\"市辖区\",50\n";
constexpr std::string_view areas =
    "code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n500111,\"大足区\",5001,50\n"
    "500112,\"渝北区\",5001,50\n";
constexpr std::string_view streets =
    "code,name,areaCode,provinceCode,cityCode\n500111001,\"龙岗街道\",500111,50,5001\n"
    "500111002,\"棠香街道\",500111,50,5001\n";
constexpr std::string_view villages =
    "code,name,streetCode,provinceCode,cityCode,areaCode\n500111001001,\"东街社区居民委员会\",500111001,50,5001,500111\n";

class DivisionLoader : public ::testing::Test {
 protected:
  void write(std::string_view name, std::string_view text) const {
    std::ofstream(dir_.file(name), std::ios::binary) << text;
  }
  void write_good_directory() const {
    write("provinces.csv", provinces);
    write("cities.csv", cities);
    write("areas.csv", areas);
    write("streets-chongqing.csv", streets);
    write("villages-chongqing.csv", villages);
  }
  std::string path_of(std::string_view name) const { return dir_.file(name).string(); }
  // Every problem as text, with the temp directory shortened to "<dir>".
  std::vector<std::string> problems() const {
    const division_load_result result = division_directory::load(dir_.path());
    EXPECT_EQ(result.directory.has_value(), result.problems.empty());
    std::vector<std::string> out;
    for (const auto& p : result.problems) {
      std::string text = p.to_string();
      const std::string dir = dir_.path().string();
      for (auto at = text.find(dir); at != std::string::npos; at = text.find(dir)) text.replace(at, dir.size(), "<dir>");
      out.push_back(text);
    }
    return out;
  }

  test_support::temp_dir dir_{"casegw-divisions"};
};

TEST_F(DivisionLoader, AGoodSmallDirectoryLoadsAndFollowsTheCoverageRule) {
  write_good_directory();
  const division_load_result result = division_directory::load(dir_.path());
  ASSERT_TRUE(result.directory) << result.problems.front().to_string();
  const division_directory& d = *result.directory;
  EXPECT_EQ(d.counts().counties, 3u);
  EXPECT_EQ(d.counts().towns, 2u);
  EXPECT_EQ(d.counts().counties_with_towns, 1u);
  EXPECT_EQ(d.counts().towns_with_villages, 1u);

  EXPECT_TRUE(d.known("500111001"));
  EXPECT_FALSE(d.known("500111003"));     // 大足区 lists towns; 003 is not one
  EXPECT_TRUE(d.known("500112003"));      // 渝北区 lists none: judged by the county
  EXPECT_TRUE(d.known("500112003001"));   // ... and so are its villages
  EXPECT_TRUE(d.known("500111001001"));
  EXPECT_FALSE(d.known("500111001002"));  // 龙岗街道 lists villages; 002 is not one
  EXPECT_TRUE(d.known("500111002009"));   // 棠香街道 lists none: judged by the town
  EXPECT_FALSE(d.known("500111003001"));  // unlisted town of a county that lists towns
  EXPECT_TRUE(d.known("500000"));
  EXPECT_TRUE(d.known("500100"));
  EXPECT_FALSE(d.known("500200"));        // this directory has no prefecture 5002

  const auto path = d.resolve("500111002009");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->level, division_level::village);
  EXPECT_EQ(path->lowest().name, "棠香街道");
  EXPECT_EQ(path->units.size(), 4u);
}

TEST_F(DivisionLoader, AMissingDirectoryIsOneProblem) {
  const auto result = division_directory::load(dir_.path() / "nowhere");
  EXPECT_FALSE(result.directory);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].line, 0);
  EXPECT_NE(result.problems[0].to_string().find("cannot read the division directory"), std::string::npos);
}

TEST_F(DivisionLoader, TheThreeNationalFilesAreRequired) {
  write("provinces.csv", provinces);
  EXPECT_EQ(problems(), (std::vector<std::string>{
                            "<dir>/cities.csv: missing: every division directory needs provinces.csv, cities.csv and areas.csv",
                            "<dir>/areas.csv: missing: every division directory needs provinces.csv, cities.csv and areas.csv",
                        }));
}

TEST_F(DivisionLoader, AMisnamedCsvFileIsAProblemAndOtherFilesAreIgnored) {
  write_good_directory();
  write("street-sichuan.csv", streets);
  write("streets-Sichuan.csv", streets);
  write("README.md", "# notes\n");
  write("LICENSE.china-division", "WTFPL\n");
  auto found = problems();
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{
                       "<dir>/street-sichuan.csv: not a division file name; expected provinces.csv, cities.csv, "
                       "areas.csv, streets-<region>.csv or villages-<region>.csv",
                       "<dir>/streets-Sichuan.csv: not a division file name; expected provinces.csv, cities.csv, "
                       "areas.csv, streets-<region>.csv or villages-<region>.csv",
                   }));
}

TEST_F(DivisionLoader, ReportsEveryProblemOfEveryFileWithItsLine) {
  write("provinces.csv", provinces);
  write("cities.csv", cities);
  write("areas.csv",
        "code,name,cityCode,provinceCode\n"
        "110101,\"东城区\",1101,11\n"     // 2 fine
        "500111,\"大足区\",5001,50\n"     // 3 fine
        "50011,\"短码\",5001,50\n"        // 4 five digits in a six-digit file
        "500111,\"大足区\",5001,50\n"     // 5 duplicate of line 3
        "500113,\"巴南区\",5002,50\n"     // 6 cityCode is not the code's prefix
        "510104,\"锦江区\",5101,51\n"     // 7 prefecture 5101 and province 51 are not listed
        "500114,\"\",5001,50\n"           // 8 empty name
        "500115,\" 长寿区\",5001,50\n");  // 9 leading space
  write("streets-chongqing.csv",
        "code,name,areaCode,provinceCode,cityCode\n"
        "500111001,\"龙岗街道\",500111,50,5001\n"   // 2 fine
        "500199001,\"无主街道\",500199,50,5001\n"   // 3 a town whose county is unknown
        "5001110020,\"十位\",500111,50,5001\n");    // 4 ten digits
  write("villages-chongqing.csv",
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
        "500111001001,\"东街社区\",500111001,50,5001,500111\n"  // 2 fine
        "500111009001,\"孤村\",500111009,50,5001,500111\n");   // 3 its town is unknown
  write("streets-sichuan.csv",
        "code,name,areaCode,provinceCode,cityCode\n"
        "500111001,\"龙岗街道\",500111,50,5001\n");  // 2 duplicate across files
  EXPECT_EQ(problems(), (std::vector<std::string>{
      "<dir>/areas.csv:4: code \"50011\" must be 6 digits",
      "<dir>/areas.csv:5: code 500111 is listed twice (first at <dir>/areas.csv:3)",
      "<dir>/areas.csv:6: code 500113: cityCode \"5002\" must be the code's first 4 digits",
      "<dir>/areas.csv:7: county 510104: its prefecture 5101 is not listed",
      "<dir>/areas.csv:8: code 500114: the name is empty",
      "<dir>/areas.csv:9: code 500115: the name begins or ends with a space",
      "<dir>/streets-chongqing.csv:3: town 500199001: its county 500199 is not listed",
      "<dir>/streets-chongqing.csv:4: code \"5001110020\" must be 9 digits",
      "<dir>/streets-sichuan.csv:2: code 500111001 is listed twice (first at <dir>/streets-chongqing.csv:2)",
      "<dir>/villages-chongqing.csv:3: village 500111009001: its town 500111009 is not listed",
  }));
}

TEST_F(DivisionLoader, ABadHeaderInOneFileStillLetsTheOthersBeChecked) {
  write_good_directory();
  write("cities.csv", "code,name\n1101,\"市辖区\"\n");
  const auto found = problems();
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "<dir>/cities.csv:1: the header row must be \"code,name,provinceCode\"");
  // With no prefecture loaded, each county is an orphan, and each is named.
  EXPECT_EQ(found.size(), 1u + 3u);
  EXPECT_EQ(found[1], "<dir>/areas.csv:2: county 110101: its prefecture 1101 is not listed");
}

}  // namespace
}  // namespace casegw::divisions
