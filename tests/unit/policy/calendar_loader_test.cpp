// Loading the calendar directory: the shipped data, overrides, and every way a file can be wrong.
#include "calendar_test_directory.hpp"
#include "policy/holiday_calendar.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using testing::calendar_test_directory;
using testing::day_json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(CalendarLoader, ShippedDataCovers2019To2026) {
  const auto calendar = holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  EXPECT_THAT(calendar.covered_years(), ElementsAre(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026));
  EXPECT_EQ(calendar.id(), "holidays-cn 2019\u20132026");
  EXPECT_FALSE(calendar.covers(2018));
  EXPECT_FALSE(calendar.covers(2027));
  EXPECT_THAT(holiday_calendar::check(CASEGW_SHIPPED_CALENDAR_DIR), IsEmpty());
}

TEST(CalendarLoader, PreviousDecemberEntriesAreLoadedButTheYearStaysUncovered) {
  const auto calendar = holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  // 2019.json lists 2018-12-29 (Sat) as a makeup working day for 元旦.
  const calendar_entry* entry = calendar.entry_for(civil_day::from_ymd(2018, 12, 29));
  ASSERT_NE(entry, nullptr);
  EXPECT_FALSE(entry->is_off_day);
  EXPECT_EQ(entry->source_file, "2019.json");
  // ...but December 2018 is decided by the 2018 notice, which the calendar does not have.
  EXPECT_THROW(calendar.is_working_day(civil_day::from_ymd(2018, 12, 29)), calendar_gap);
  // 2023.json lists 2022-12-31; 2022 is covered, so the entry is used.
  const calendar_entry* new_year_eve = calendar.entry_for(civil_day::from_ymd(2022, 12, 31));
  ASSERT_NE(new_year_eve, nullptr);
  EXPECT_EQ(new_year_eve->source_file, "2023.json");
  EXPECT_FALSE(calendar.is_working_day(civil_day::from_ymd(2022, 12, 31)));
}

TEST(CalendarLoader, LocalOverrideWinsAndIsNamedInTheId) {
  calendar_test_directory dir;
  dir.write_year("2024.json", 2024, day_json("2024-02-10", "春节", true));
  // A district closes its offices on 除夕 2024-02-09 (Fri, a national working day).
  dir.write_year("local-district.json", 2024,
                 day_json("2024-02-09", "本地: 除夕", true) + "," + day_json("2024-02-10", "本地: 春节值班", false));
  const auto calendar = holiday_calendar::load(dir.path());
  EXPECT_FALSE(calendar.is_working_day(civil_day::from_ymd(2024, 2, 9)));
  EXPECT_TRUE(calendar.is_working_day(civil_day::from_ymd(2024, 2, 10)));
  EXPECT_EQ(calendar.entry_for(civil_day::from_ymd(2024, 2, 10))->source_file, "local-district.json");
  EXPECT_TRUE(calendar.entry_for(civil_day::from_ymd(2024, 2, 10))->local_override);
  EXPECT_EQ(calendar.id(), "holidays-cn 2024 + local overrides");
}

TEST(CalendarLoader, LocalOverrideDoesNotCoverAYear) {
  calendar_test_directory dir;
  dir.write_year("2026.json", 2026, "");
  dir.write_year("local-2027.json", 2027, day_json("2027-01-01", "本地: 元旦", true));
  const auto calendar = holiday_calendar::load(dir.path());
  EXPECT_FALSE(calendar.covers(2027));
  EXPECT_THROW(calendar.is_working_day(civil_day::from_ymd(2027, 1, 1)), calendar_gap);
}

TEST(CalendarLoader, AnOperatorAddsAYearByDroppingAFile) {
  calendar_test_directory dir;
  dir.write_year("2026.json", 2026, "");
  dir.write_year("2027.json", 2027, day_json("2027-01-01", "元旦", true));
  const auto calendar = holiday_calendar::load(dir.path());
  EXPECT_TRUE(calendar.covers(2027));
  EXPECT_FALSE(calendar.is_working_day(civil_day::from_ymd(2027, 1, 1)));  // a Friday, listed off
  EXPECT_EQ(calendar.id(), "holidays-cn 2026\u20132027");
}

struct broken_directory_case {
  const char* name;
  std::vector<std::pair<const char*, std::string>> files;
  const char* expected_problem;
};

class CalendarLoaderError : public ::testing::TestWithParam<broken_directory_case> {};

TEST_P(CalendarLoaderError, NamesFileAndProblem) {
  calendar_test_directory dir;
  for (const auto& [name, text] : GetParam().files) dir.write(name, text);
  EXPECT_THAT(holiday_calendar::check(dir.path()), ElementsAre(HasSubstr(GetParam().expected_problem)));
  try {
    (void)holiday_calendar::load(dir.path());
    FAIL() << "load() accepted a broken directory";
  } catch (const calendar_load_error& error) {
    EXPECT_THAT(error.problems(), ElementsAre(HasSubstr(GetParam().expected_problem)));
    EXPECT_THAT(error.what(), HasSubstr(GetParam().expected_problem));
  }
}

std::string year_file(int year, const std::string& days) {
  return "{\"year\": " + std::to_string(year) + ", \"papers\": [], \"days\": [" + days + "]}";
}

INSTANTIATE_TEST_SUITE_P(
    Problems, CalendarLoaderError,
    ::testing::Values(
        broken_directory_case{"BadDate", {{"2024.json", year_file(2024, day_json("2024-02-30", "春节", true))}},
                              "2024.json: days[0].date must be a real date YYYY-MM-DD, got \"2024-02-30\""},
        broken_directory_case{"DateNotIso", {{"2024.json", year_file(2024, day_json("2024/02/10", "春节", true))}},
                              "2024.json: days[0].date must be a real date"},
        broken_directory_case{"DateOutsideNoticeYear",
                              {{"2024.json", year_file(2024, day_json("2023-11-30", "春节", true))}},
                              "2024.json: 2023-11-30 is outside notice year 2024"},
        broken_directory_case{"DuplicateAcrossNationalFiles",
                              {{"2023.json", year_file(2023, day_json("2023-12-31", "元旦", true))},
                               {"2024.json", year_file(2024, day_json("2023-12-31", "元旦", true))}},
                              "2024.json: 2023-12-31 is also listed in 2023.json"},
        broken_directory_case{"DuplicateWithinAFile",
                              {{"2024.json", year_file(2024, day_json("2024-02-10", "春节", true) + "," +
                                                                 day_json("2024-02-10", "春节", true))}},
                              "2024.json: 2024-02-10 is listed twice"},
        broken_directory_case{"MalformedJson", {{"2024.json", "{\"year\": 2024, \"days\": ["}},
                              "2024.json: not valid JSON"},
        broken_directory_case{"NotAnObject", {{"2024.json", "[]"}}, "2024.json: must be a JSON object"},
        broken_directory_case{"YearDoesNotMatchName", {{"2025.json", year_file(2024, "")}},
                              "2025.json: \"year\" is 2024 but the file name says 2025"},
        broken_directory_case{"YearMissing", {{"2024.json", "{\"days\": []}"}},
                              "2024.json: \"year\" must be an integer"},
        broken_directory_case{"DaysMissing", {{"2024.json", "{\"year\": 2024}"}},
                              "2024.json: \"days\" must be an array"},
        broken_directory_case{"OffDayNotBoolean",
                              {{"2024.json", year_file(2024, R"({"name":"春节","date":"2024-02-10","isOffDay":"yes"})")}},
                              "2024.json: days[0].isOffDay must be true or false"},
        broken_directory_case{"UnknownFileName",
                              {{"2024.json", year_file(2024, "")}, {"schema.json", "{}"}},
                              "schema.json: not a calendar file name"},
        broken_directory_case{"OverrideNotNamedLocal",
                              {{"2024.json", year_file(2024, "")},
                               {"local-town.json", year_file(2024, day_json("2024-02-09", "除夕", true))}},
                              "local-town.json: 2024-02-09: a local override's name must say it is local"},
        broken_directory_case{"DuplicateAcrossOverrides",
                              {{"2024.json", year_file(2024, "")},
                               {"local-a.json", year_file(2024, day_json("2024-02-09", "本地: 除夕", true))},
                               {"local-b.json", year_file(2024, day_json("2024-02-09", "本地: 除夕", false))}},
                              "local-b.json: 2024-02-09 is also listed in local-a.json"},
        broken_directory_case{"NoNationalFile", {}, "no national YYYY.json file"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CalendarLoader, CollectsEveryProblemOfEveryFile) {
  calendar_test_directory dir;
  dir.write("2023.json", "not json");
  dir.write("2024.json", year_file(2024, day_json("2024-02-30", "春节", true) + "," + day_json("2024-13-01", "x", true)));
  dir.write("2025.json", year_file(2025, day_json("2025-01-01", "元旦", true)));
  EXPECT_THAT(holiday_calendar::check(dir.path()),
              ElementsAre(HasSubstr("2023.json: not valid JSON"), HasSubstr("2024.json: days[0].date"),
                          HasSubstr("2024.json: days[1].date")));
}

TEST(CalendarLoader, MissingDirectoryIsAProblem) {
  EXPECT_THAT(holiday_calendar::check("/nonexistent/casegw-calendar"),
              ElementsAre(HasSubstr("cannot list the calendar directory")));
}

}  // namespace
}  // namespace casegw::policy
