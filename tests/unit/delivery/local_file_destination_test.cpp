#include "delivery/local_file_destination.hpp"
#include "../store/scratch_directory.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

namespace casegw::delivery {
namespace {

using verdict = attempt_result::verdict;

store::outbox_item item(std::string case_json, std::string case_id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") {
  return {7, std::move(case_id), "local_file", 0, std::move(case_json)};
}

attempt_result deliver(local_file_destination& destination, const store::outbox_item& it) {
  attempt_result out;
  bool called = false;
  destination.deliver(it, [&](attempt_result r) {
    out = std::move(r);
    called = true;
  });
  EXPECT_TRUE(called) << "the local file destination answers before deliver() returns";
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<std::string> names_in(const std::filesystem::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) names.push_back(entry.path().filename());
  return names;
}

class LocalFileDestination : public ::testing::Test {
 protected:
  testing::scratch_directory scratch_;
  std::filesystem::path directory_ = scratch_.path() / "outbox" / "cases";
  local_file_destination destination_{{"local_file", directory_}};
};

TEST_F(LocalFileDestination, WritesTheCaseAsItsOwnFileInACreatedDirectory) {
  const auto it = item(R"({"case":"one"})");

  const attempt_result result = deliver(destination_, it);

  EXPECT_EQ(result.outcome, verdict::delivered);
  const auto file = directory_ / (it.case_id + ".json");
  EXPECT_EQ(read_file(file), it.case_json);
  EXPECT_EQ(names_in(directory_), std::vector<std::string>{it.case_id + ".json"});  // no temp file left
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);  // confidential: owner only
}

TEST_F(LocalFileDestination, RedeliveryReplacesTheFileWholeByRename) {
  const auto first = item(R"({"case":"a much longer first version"})");
  ASSERT_EQ(deliver(destination_, first).outcome, verdict::delivered);
  const auto file = directory_ / (first.case_id + ".json");
  std::ifstream reader_of_old_copy(file, std::ios::binary);  // a consumer reading meanwhile
  struct stat before {};
  ::stat(file.c_str(), &before);

  const auto second = item(R"({"case":"v2"})");
  EXPECT_EQ(deliver(destination_, second).outcome, verdict::delivered);

  struct stat after {};
  ::stat(file.c_str(), &after);
  EXPECT_NE(before.st_ino, after.st_ino);  // a new file renamed over, never rewritten in place
  EXPECT_EQ(read_file(file), second.case_json);
  std::ostringstream old_content;
  old_content << reader_of_old_copy.rdbuf();
  EXPECT_EQ(old_content.str(), first.case_json);  // the reader saw one whole version
  EXPECT_EQ(names_in(directory_).size(), 1u);
}

TEST_F(LocalFileDestination, SameCaseTwiceIsIdempotent) {
  const auto it = item(R"({"case":"same"})");
  EXPECT_EQ(deliver(destination_, it).outcome, verdict::delivered);
  EXPECT_EQ(deliver(destination_, it).outcome, verdict::delivered);

  EXPECT_EQ(read_file(directory_ / (it.case_id + ".json")), it.case_json);
  EXPECT_EQ(names_in(directory_).size(), 1u);
}

TEST_F(LocalFileDestination, CaseIdThatIsNotAFileNameIsRejectedAndNothingEscapes) {
  const attempt_result result = deliver(destination_, item("{}", "../../escaped"));

  EXPECT_EQ(result.outcome, verdict::reject);
  EXPECT_FALSE(std::filesystem::exists(scratch_.path() / "escaped.json"));
}

TEST_F(LocalFileDestination, DirectoryThatCannotBeCreatedIsRetried) {
  std::ofstream(scratch_.path() / "not-a-directory") << "x";
  local_file_destination blocked({"local_file", scratch_.path() / "not-a-directory" / "cases"});

  const attempt_result result = deliver(blocked, item("{}"));

  EXPECT_EQ(result.outcome, verdict::retry);
  EXPECT_EQ(result.detail.rfind("io_error: ", 0), 0u) << result.detail;
}

}  // namespace
}  // namespace casegw::delivery
