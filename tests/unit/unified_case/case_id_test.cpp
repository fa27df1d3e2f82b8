#include "unified_case/case_id.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace casegw::unified_case {
namespace {

std::int64_t timestamp_of(const std::string& id) {
  return std::stoll(id.substr(0, 8) + id.substr(9, 4), nullptr, 16);
}

TEST(CaseId, IsLowercaseHyphenatedUuidVersion7WithRfcVariant) {
  const std::string id = new_case_id();
  ASSERT_EQ(id.size(), 36u);
  EXPECT_EQ(id[8], '-');
  EXPECT_EQ(id[13], '-');
  EXPECT_EQ(id[18], '-');
  EXPECT_EQ(id[23], '-');
  EXPECT_EQ(id[14], '7');
  EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos);
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef-"), std::string::npos);
  EXPECT_TRUE(is_case_id(id));
}

TEST(CaseId, CarriesTheClockInItsFirst48Bits) {
  case_id_generator generator([] { return std::int64_t{1632965400123}; });
  const std::string id = generator.next();
  EXPECT_EQ(id.substr(0, 13), "017c3452-963b");
  EXPECT_EQ(timestamp_of(id), 1632965400123);
}

TEST(CaseId, StrictlyIncreasingOver10000IdsWhenTheClockStandsStill) {
  case_id_generator generator([] { return std::int64_t{1632965400000}; });
  std::string previous = generator.next();
  for (int i = 0; i < 10'000; ++i) {
    const std::string id = generator.next();
    ASSERT_LT(previous, id) << "after " << i << " ids";
    ASSERT_TRUE(is_case_id(id));
    previous = id;
  }
}

TEST(CaseId, StrictlyIncreasingWhenTheClockStepsBack) {
  std::int64_t now = 1632965400000;
  case_id_generator generator([&] { return now; });
  const std::string before = generator.next();
  now -= 60'000;  // an NTP step backwards
  const std::string after = generator.next();
  EXPECT_LT(before, after);
  EXPECT_EQ(timestamp_of(after), 1632965400000);
}

TEST(CaseId, StrictlyIncreasingOver10000IdsFromTheWallClock) {
  std::vector<std::string> ids;
  for (int i = 0; i < 10'000; ++i) ids.push_back(new_case_id());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

TEST(CaseId, UniqueAcrossThreads) {
  case_id_generator generator;
  std::vector<std::vector<std::string>> per_thread(4);
  std::vector<std::thread> threads;
  for (auto& ids : per_thread) {
    threads.emplace_back([&generator, &ids] {
      for (int i = 0; i < 2'500; ++i) ids.push_back(generator.next());
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::string> all;
  for (const auto& ids : per_thread) {
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));  // each thread sees them increase
    all.insert(ids.begin(), ids.end());
  }
  EXPECT_EQ(all.size(), 10'000u);
}

TEST(IsCaseId, RejectsOtherShapes) {
  EXPECT_TRUE(is_case_id("017c3441-4d3b-7abc-8def-0123456789ab"));
  EXPECT_FALSE(is_case_id("017C3441-4D3B-7ABC-8DEF-0123456789AB"));  // upper case
  EXPECT_FALSE(is_case_id("017c3441-4d3b-4abc-8def-0123456789ab"));  // version 4
  EXPECT_FALSE(is_case_id("017c3441-4d3b-7abc-cdef-0123456789ab"));  // wrong variant
  EXPECT_FALSE(is_case_id("017c34414d3b7abc8def0123456789ab"));      // no hyphens
  EXPECT_FALSE(is_case_id(""));
}

}  // namespace
}  // namespace casegw::unified_case
