// The casegw command line, run as a user would.
#include "gateway_process.hpp"

#include "support/temp_dir.hpp"
#include <casegw/plugin_abi.h>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>

namespace casegw::integration {
namespace {

std::string write_file(const test_support::temp_dir& dir, const std::string& name, const std::string& text) {
  const auto path = dir.file(name);
  std::ofstream(path) << text;
  return path.string();
}

// A configuration that needs no TLS files to exist... except that intake requires them: make
// them empty files, which check-config accepts as present (the TLS stack loads them at run).
std::string minimal_config(const test_support::temp_dir& dir, const std::string& channel_extra) {
  write_file(dir, "cert.pem", "");
  write_file(dir, "key.pem", "");
  return "data_dir: " + dir.path().string() + "/data\n"
         "intake:\n"
         "  tls: {certificate: cert.pem, private_key: key.pem}\n"
         "plugins:\n"
         "  directories: [" CASEGW_PLUGIN_DIR "]\n"
         "policy:\n"
         "  calendar: " CASEGW_SOURCE_DIR "/config/calendar/holidays-cn\n"
         "  deadline_profiles: " CASEGW_SOURCE_DIR "/config/policy/deadlines.yaml\n"
         "  evaluation_rules: " CASEGW_SOURCE_DIR "/config/policy/evaluation.yaml\n"
         "  divisions: " CASEGW_SOURCE_DIR "/config/divisions\n"
         "  scope_rules: " CASEGW_SOURCE_DIR "/config/policy/scope.yaml\n"
         "routing: {units: " CASEGW_SOURCE_DIR "/config/routing/units.yaml, routes: " CASEGW_SOURCE_DIR
         "/config/routing/routes.yaml}\n"
         "destinations:\n"
         "  - id: local\n"
         "    type: local\n"
         "    directory: delivered\n"
         "channels:\n"
         "  - id: city_portal\n"
         "    adapter: city_portal\n"
         "    auth: {scheme: none}\n"
         "    destinations: [local]\n" +
         channel_extra;
}

TEST(Cli, VersionNamesTheVersionAndTheAbi) {
  const auto r = run_casegw("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("casegw "), std::string::npos);
  EXPECT_NE(r.output.find("plugin ABI " + std::to_string(CASEGW_ABI_MAJOR) + "." + std::to_string(CASEGW_ABI_MINOR)), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigAcceptsAGoodConfiguration) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("configuration OK"), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigReportsFileLineKeyAndProblem) {
  test_support::temp_dir dir;
  auto text = minimal_config(dir, "");
  text.replace(text.find("destinations: [local]"), 21, "destinations: [lokal]");
  const auto file = write_file(dir, "gateway.yaml", text);
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":21: channels[0].destinations"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("lokal"), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigValidatesPluginSettingsAgainstTheirSchema) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, "    settings:\n      no_such_setting: 1\n"));
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":23: channels[0].settings.no_such_setting: unknown setting of plugin 'city_portal'; known: "),
            std::string::npos)
      << r.output;
}

TEST(Cli, PluginsListsNameVersionAbiAndFile) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto r = run_casegw("plugins --config " + file);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("city_portal"), std::string::npos);
  EXPECT_NE(r.output.find("1.0"), std::string::npos);
  EXPECT_NE(r.output.find("libcasegw_city_portal.so"), std::string::npos) << r.output;
}

TEST(Cli, RunRefusesABrokenConfigurationWithExit1) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", "intake: {port: 99999}\n");
  const auto r = run_casegw("run --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":1:"), std::string::npos) << r.output;
}

// A case located in a listed community goes there, bottom-up; one handed down goes top-down to
// the command centre. Both explained with the rules tried before the one that matched.
TEST(Cli, RouteExplainShowsTheRulesTriedAndWhereTheCaseGoes) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto local_case = write_file(dir, "case.json", R"({"channel":{"id":"city_portal","case_ref":"W1"},"kind":"complaint",
    "title":"路灯不亮","content":"小区门口路灯坏了","location":{"region_code":"500101001001"}})");
  auto r = run_casegw("route explain --config " + file + " " + local_case);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("1. handed_down: no: class is absent"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("wanzhou_dongfangguangchang"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("bottom_up"), std::string::npos) << r.output;

  const auto handed_down = write_file(dir, "handed.json", R"({"case_ref":"G1","kind":"complaint","title":"企业反映审批慢",
    "content":"……","location":{"region_code":"500101001001"},"handling":{"class":"handed_down"}})");
  r = run_casegw("route explain --json --channel city_portal --config " + file + " " + handed_down);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto out = boost::json::parse(r.output).as_object();
  EXPECT_EQ(out.at("scope_source"), "scope_rules");
  const auto& decision = out.at("explanation").at("decision").as_object();
  EXPECT_EQ(decision.at("rule"), "handed_down") << r.output;
  EXPECT_EQ(decision.at("direction"), "top_down") << r.output;
  EXPECT_EQ(decision.at("unit").at("id"), "cq12345") << r.output;
}

TEST(Cli, RouteExplainNeedsAChannel) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto no_channel = write_file(dir, "case.json", R"({"kind":"complaint","title":"t","content":"c","location":{"region_code":"500101"}})");
  const auto r = run_casegw("route explain --config " + file + " " + no_channel);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("--channel"), std::string::npos) << r.output;
}

class PolicyCli : public ::testing::Test {
 protected:
  void SetUp() override { config_ = write_file(dir_, "gateway.yaml", minimal_config(dir_, "")); }
  command_result run(const std::string& args) const { return run_casegw(args + " --config " + config_); }
  test_support::temp_dir dir_;
  std::string config_;
};

TEST_F(PolicyCli, DeadlineCountsWorkingDaysAcrossNationalDayAndItsMakeupSaturday) {
  // SPEC §3: Thu 2021-09-30 -> 10-08 day 1, Sat 10-09 (makeup) day 2, ... 10-13 day 5.
  const auto r = run("deadline --channel city_portal --kind consultation --submitted 2021-09-30T10:00:00+08:00");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto out = boost::json::parse(r.output).as_object();
  EXPECT_EQ(out.at("due_at").as_string(), "2021-10-13T23:59:59+08:00");
  EXPECT_EQ(out.at("working_days").as_int64(), 5);
  EXPECT_EQ(out.at("rule").as_string(), "platform.consultation");
  for (const char* key : {"extension_apply_by", "extension_max_due_at", "co_handler_due_at", "transfer_request_by", "calendar_years"})
    EXPECT_TRUE(out.contains(key)) << key;
}

TEST_F(PolicyCli, DeadlineRefusesAYearTheCalendarDoesNotCover) {
  const auto r = run("deadline --channel city_portal --kind complaint --submitted 2027-03-01T10:00:00+08:00");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("no holiday calendar for 2027"), std::string::npos) << r.output;
}

TEST_F(PolicyCli, DeadlineRefusesBadInputClearly) {
  EXPECT_EQ(run("deadline --channel city_portal --kind consultation --submitted 2021-09-30").exit_code, 1);
  EXPECT_EQ(run("deadline --channel nowhere --kind consultation --submitted 2021-09-30T10:00:00+08:00").exit_code, 1);
  EXPECT_EQ(run("deadline --channel city_portal --submitted 2021-09-30T10:00:00+08:00").exit_code, 2);
}

TEST_F(PolicyCli, CalendarKnowsMakeupWorkingDays) {
  auto r = run("calendar is-working-day 2021-10-09");  // a Saturday made a working day (调休)
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(boost::json::parse(r.output).at("working_day").as_bool(), true);
  r = run("calendar is-working-day 2021-10-04");  // a Monday inside the National Day holiday
  EXPECT_EQ(boost::json::parse(r.output).at("working_day").as_bool(), false);
  r = run("calendar add-working-days 2021-09-30 5");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(boost::json::parse(r.output).at("result").as_string(), "2021-10-13");
}

TEST_F(PolicyCli, EvaluationNormalizesAndFlagsFollowUp) {
  const auto r = run("evaluation --channel city_portal --value 不满意");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto out = boost::json::parse(r.output).as_object();
  EXPECT_EQ(out.at("normalized").as_string(), "dissatisfied");
  EXPECT_EQ(out.at("follow_up").as_array().at(0).as_string(), "unsatisfied_rating");
  EXPECT_EQ(run("evaluation --channel city_portal --value 很好").exit_code, 1);
}

TEST(Cli, AnUnknownCommandIsAUsageError) {
  EXPECT_EQ(run_casegw("frobnicate --config x").exit_code, 2);
}

}  // namespace
}  // namespace casegw::integration

namespace casegw::integration {
namespace {

// The conformance kit must fail loudly: a wrong expectation is a FAIL listing each difference,
// a golden case without its expectation is BROKEN, and either makes the exit status 1.
TEST(Cli, ConformanceKitReportsEachDifferenceAndFails) {
  test_support::temp_dir dir("casegw-kit");
  const std::string body = R"({"schema":"city_portal/v1","submission":{}})";
  std::ofstream(dir.file("refused.http"), std::ios::binary) << "Content-Type: application/json\n\n" << body;
  std::ofstream(dir.file("refused.expected.json")) << R"({"error": {"code": "MISSING_FIELD"}})";
  std::ofstream(dir.file("wrong.http"), std::ios::binary) << "Content-Type: application/json\n\n" << body;
  std::ofstream(dir.file("wrong.expected.json")) << R"({"case": {"kind": "complaint"}})";
  const std::string kit = std::string("conformance --plugin ") + CASEGW_PLUGIN_DIR + "/libcasegw_city_portal.so --golden " +
                          dir.path().string() + " --divisions " CASEGW_SOURCE_DIR "/config/divisions";
  auto r = run_casegw(kit);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("FAIL wrong"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("expected a case, got the error"), std::string::npos) << r.output;
  std::filesystem::remove(dir.file("wrong.http"));
  std::filesystem::remove(dir.file("wrong.expected.json"));
  r = run_casegw(kit);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("1 golden case(s): 1 passed, 0 failed"), std::string::npos) << r.output;
  std::ofstream(dir.file("orphan.http"), std::ios::binary) << "Content-Type: application/json\n\n{}";
  r = run_casegw(kit);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("BROKEN"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace casegw::integration
