// The multi-phrase search under every rule: every occurrence, overlapping ones included, with
// byte and character positions right on Chinese and mixed text.
#include "screening/phrase_index.hpp"

#include <gtest/gtest.h>

namespace casegw::screening {
namespace {

std::vector<phrase_hit> find(const std::vector<std::string>& phrases, std::string_view text) {
  std::vector<phrase_hit> hits;
  phrase_index(phrases).find_all(text, hits);
  return hits;
}

TEST(PhraseIndex, FindsOverlappingAndNestedPhrasesWithCharacterPositions) {
  const auto hits = find({"火灾", "火灾隐患", "灾隐"}, "有火灾隐患");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].phrase, 0u);  // 火灾 ends first
  EXPECT_EQ(hits[0].begin_char, 1u);
  EXPECT_EQ(hits[0].end_char, 3u);
  EXPECT_EQ(hits[0].begin_byte, 3u);
  EXPECT_EQ(hits[0].end_byte, 9u);
  EXPECT_EQ(hits[1].phrase, 2u);  // 灾隐
  EXPECT_EQ(hits[2].phrase, 1u);  // 火灾隐患, reported through the failure links
  EXPECT_EQ(hits[2].begin_char, 1u);
  EXPECT_EQ(hits[2].end_char, 5u);
}

TEST(PhraseIndex, CountsCharactersAcrossAsciiAndChinese) {
  const auto hits = find({"110"}, "打了110报警");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin_char, 2u);
  EXPECT_EQ(hits[0].end_char, 5u);
  EXPECT_EQ(hits[0].begin_byte, 6u);
}

TEST(PhraseIndex, ReportsEveryRepetition) {
  EXPECT_EQ(find({"着火"}, "着火着火着火").size(), 3u);
  EXPECT_EQ(find({"aa"}, "aaaa").size(), 3u);  // overlapping
}

TEST(PhraseIndex, FindsNothingWithoutPhrasesOrInUnrelatedOrBrokenText) {
  EXPECT_TRUE(find({}, "任何文本").empty());
  EXPECT_TRUE(find({"法院"}, "").empty());
  EXPECT_TRUE(find({"法院"}, "\xff\xfe\xe6\xb3").empty());  // invalid UTF-8 never matches by accident
}

TEST(PhraseIndex, DuplicatePhrasesEachReportTheirHits) {
  const auto hits = find({"救命", "救命"}, "救命");
  EXPECT_EQ(hits.size(), 2u);
}

}  // namespace
}  // namespace casegw::screening
