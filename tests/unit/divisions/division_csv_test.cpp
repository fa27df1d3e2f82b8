// The strict CSV reader: what it accepts, and each malformed line reported as file:line while
// the rest of the file is still read.
#include "divisions/division_csv.hpp"

#include <gtest/gtest.h>

namespace casegw::divisions {
namespace {

constexpr std::string_view area_header[] = {"code", "name", "cityCode", "provinceCode"};

csv_reading read(std::string_view text) { return parse_csv("areas.csv", text, area_header); }

std::vector<std::string> problem_texts(const csv_reading& r) {
  std::vector<std::string> out;
  for (const auto& p : r.problems) out.push_back(p.to_string());
  return out;
}

TEST(DivisionCsv, ReadsQuotedAndUnquotedFieldsWithLineNumbers) {
  const auto r = read("code,name,cityCode,provinceCode\n500111,\"大足区\",5001,50\n500112,渝北区,5001,50\n");
  ASSERT_TRUE(r.problems.empty()) << r.problems.front().to_string();
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].line, 2);
  EXPECT_EQ(r.records[0].fields, (std::vector<std::string>{"500111", "大足区", "5001", "50"}));
  EXPECT_EQ(r.records[1].line, 3);
  EXPECT_EQ(r.records[1].fields[1], "渝北区");
}

TEST(DivisionCsv, QuotedFieldsMayHoldCommasAndDoubledQuotes) {
  const auto r = read("code,name,cityCode,provinceCode\n500111,\"大足区,\"\"旧称\"\"\",\"5001\",50\n");
  ASSERT_TRUE(r.problems.empty());
  EXPECT_EQ(r.records.at(0).fields[1], "大足区,\"旧称\"");
  EXPECT_EQ(r.records.at(0).fields[2], "5001");
}

TEST(DivisionCsv, AcceptsCrlfLineEndsAByteOrderMarkAndNoFinalNewline) {
  const auto r = read("\xEF\xBB\xBF" "code,name,cityCode,provinceCode\r\n500111,\"大足区\",5001,50\r\n500112,\"渝北区\",5001,50");
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[1].fields[3], "50");
}

TEST(DivisionCsv, AWrongHeaderRowStopsTheFile) {
  const auto r = read("code,name,provinceCode,cityCode\n500111,\"大足区\",50,5001\n");
  EXPECT_TRUE(r.records.empty());
  EXPECT_EQ(problem_texts(r),
            (std::vector<std::string>{"areas.csv:1: the header row must be \"code,name,cityCode,provinceCode\""}));
}

TEST(DivisionCsv, AnEmptyFileIsAProblem) {
  EXPECT_EQ(problem_texts(read("")),
            (std::vector<std::string>{"areas.csv: the file is empty; expected the header row \"code,name,cityCode,provinceCode\""}));
}

TEST(DivisionCsv, ReportsEveryBadLineAtOnceAndKeepsTheGoodOnes) {
  const auto r = read(
      "code,name,cityCode,provinceCode\n"
      "500101,\"万州区\",5001,50\n"       // 2 fine
      "500102,\"涪陵区,5001,50\n"         // 3 quote not closed
      "500103,\"渝中区\"x,5001,50\n"      // 4 text after the closing quote
      "500104,大渡\"口区,5001,50\n"       // 5 quote inside an unquoted field
      "500105,\"江北区\",5001\n"          // 6 three fields
      "\n"                                // 7 empty line
      "500106,\"沙坪\xFF坝区\",5001,50\n"  // 8 not UTF-8
      "500107,\"九龙坡区\",5001,50,\n"     // 9 a trailing comma is a fifth field
      "500108,\"南岸区\",5001,50\n");     // 10 fine
  EXPECT_EQ(problem_texts(r),
            (std::vector<std::string>{
                "areas.csv:3: field 2: a quoted field is not closed on its line (a name may not hold a line break)",
                "areas.csv:4: field 2: text after the closing quote",
                "areas.csv:5: field 2: a quote inside an unquoted field (quote the whole field and double the quote)",
                "areas.csv:6: 3 fields; expected 4 (code,name,cityCode,provinceCode)",
                "areas.csv:7: an empty line",
                "areas.csv:8: byte 15 is not UTF-8 (save the file as UTF-8)",
                "areas.csv:9: 5 fields; expected 4 (code,name,cityCode,provinceCode)",
            }));
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].line, 2);
  EXPECT_EQ(r.records[1].line, 10);
}

TEST(DivisionCsv, RefusesOverlongAndSurrogateUtf8AndGbkText) {
  // "\xC0\xAF" is an overlong '/', "\xED\xA0\x80" a UTF-16 surrogate, "\xB4\xF3\xD7\xE3" is 大足 in GBK.
  for (const std::string_view name : {"\xC0\xAF", "\xED\xA0\x80", "\xB4\xF3\xD7\xE3\xC7\xF8", "\xE5\xA4"}) {
    const auto r = read("code,name,cityCode,provinceCode\n500111," + std::string(name) + ",5001,50\n");
    EXPECT_TRUE(r.records.empty());
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 2);
    EXPECT_NE(r.problems[0].problem.find("not UTF-8"), std::string::npos);
  }
}

TEST(DivisionCsv, ALoneCarriageReturnInsideALineIsAProblem) {
  const auto r = read("code,name,cityCode,provinceCode\n500111,\"大足\r区\",5001,50\n");
  EXPECT_EQ(problem_texts(r), (std::vector<std::string>{"areas.csv:2: a carriage return inside the line"}));
}

}  // namespace
}  // namespace casegw::divisions
