// Each kind of mistake an operator can make is reported with the line it is on and the dotted
// key, and all of them are reported in one pass.
#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

namespace casegw::config {
namespace {

using config_problems_test = testing::config_test_directory;
using testing::describe;
using testing::has_problem;

// Line 1..6 are minimal_config; the lines each test appends start at 7.
std::string with(std::string_view tail) { return std::string(testing::minimal_config) + std::string(tail); }

TEST_F(config_problems_test, UnknownKeyListsTheKnownOnesAndSuggestsTheClosest) {
  const auto result = load(R"(intake:
  prot: 8443
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
)");
  EXPECT_TRUE(has_problem(result, 2, "intake",
                          "unknown key 'prot' (did you mean 'port'?); known: address, port, threads, tls, limits, timeouts"))
      << describe(result);
}

TEST_F(config_problems_test, UnknownTopLevelKey) {
  const auto result = load(with("chanels: []\n"));
  EXPECT_TRUE(has_problem(result, 7, "", "unknown key 'chanels' (did you mean 'channels'?)")) << describe(result);
}

TEST_F(config_problems_test, KeyGivenTwice) {
  const auto result = load(with("logging:\n  level: info\n  level: debug\n"));
  EXPECT_TRUE(has_problem(result, 9, "logging.level", "is given more than once")) << describe(result);
}

TEST_F(config_problems_test, WrongTypes) {
  const auto result = load(with(R"(admin:
  port: [9464]
  address: {ip: 127.0.0.1}
logging: verbose
store:
  max_batch: many
)"));
  EXPECT_TRUE(has_problem(result, 8, "admin.port", "must be a single value, not a list")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "admin.address", "must be a single value, not a mapping")) << describe(result);
  EXPECT_TRUE(has_problem(result, 10, "logging", "must be a mapping")) << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "store.max_batch", "must be a whole number from 1 to 100000")) << describe(result);
}

TEST_F(config_problems_test, EmptyValueIsReportedOnItsOwnLine) {
  const auto result = load(with("admin:\n  port:\n  address: 127.0.0.1\n"));
  EXPECT_TRUE(has_problem(result, 8, "admin.port", "has no value")) << describe(result);
}

TEST_F(config_problems_test, PortsOutOfRangeAndBadAddresses) {
  const auto result = load(with(R"(admin:
  port: 65536
  address: localhost
)"));
  EXPECT_TRUE(has_problem(result, 8, "admin.port", "must be a whole number from 0 to 65535")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "admin.address", "must be an IP address")) << describe(result);
}

TEST_F(config_problems_test, ThreadsMustBeOneToSixtyFour) {
  const auto zero = load("intake:\n  threads: 0\n  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}\n");
  EXPECT_TRUE(has_problem(zero, 2, "intake.threads", "from 1 to 64")) << describe(zero);
  const auto many = load("intake:\n  threads: 65\n  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}\n");
  EXPECT_TRUE(has_problem(many, 2, "intake.threads", "from 1 to 64")) << describe(many);
}

TEST_F(config_problems_test, BadDurationsAndSizes) {
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
  timeouts:
    header: 10 seconds
    body: 10
  limits:
    body_bytes: 1.5MiB
    header_bytes: 2GiB
store: {retry_after: 1500ms}
)");
  EXPECT_TRUE(has_problem(result, 4, "intake.timeouts.header", "must be a duration such as 250ms, 30s, 5m or 1h")) << describe(result);
  EXPECT_TRUE(has_problem(result, 5, "intake.timeouts.body", "must be at least 100ms")) << describe(result);
  EXPECT_TRUE(has_problem(result, 7, "intake.limits.body_bytes", "must be a size such as 512, 64KiB")) << describe(result);
  EXPECT_TRUE(has_problem(result, 8, "intake.limits.header_bytes", "must be from 1KiB to 1MiB")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "store.retry_after", "must be whole seconds")) << describe(result);
}

TEST_F(config_problems_test, EnumeratedValues) {
  const auto result = load(with(R"(logging: {level: verbose, format: xml}
store: {driver: postgres}
)"));
  EXPECT_TRUE(has_problem(result, 7, "logging.level", "'verbose' is not one of trace, debug, info, warn, error, critical"))
      << describe(result);
  EXPECT_TRUE(has_problem(result, 7, "logging.format", "is not one of text, json")) << describe(result);
  EXPECT_TRUE(has_problem(result, 8, "store.driver", "'postgres' is not one of sqlite")) << describe(result);
}

TEST_F(config_problems_test, TlsMinVersionIsOneTwoOrOneThree) {
  const auto result = load(R"(intake:
  tls:
    certificate: ../var/tls/cert.pem
    private_key: ../var/tls/key.pem
    min_version: 1.1
)");
  EXPECT_TRUE(has_problem(result, 5, "intake.tls.min_version", "'1.1' is not one of 1.2, 1.3")) << describe(result);
}

TEST_F(config_problems_test, TlsFilesMustExistAndBeReadable) {
  std::filesystem::create_directories(root_ / "var/tls/dir.pem");
  const auto result = load(R"(intake:
  tls:
    certificate: ../var/tls/missing.pem
    private_key: ../var/tls/dir.pem
)");
  EXPECT_TRUE(has_problem(result, 3, "intake.tls.certificate", path("var/tls/missing.pem") + "' does not exist")) << describe(result);
  EXPECT_TRUE(has_problem(result, 4, "intake.tls.private_key", "is a directory")) << describe(result);
}

TEST_F(config_problems_test, UnreadableFileIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  const std::string key = write("var/tls/locked.pem", "key");
  std::filesystem::permissions(key, std::filesystem::perms::none);
  const auto result = load("intake:\n  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/locked.pem}\n");
  EXPECT_TRUE(has_problem(result, 2, "intake.tls.private_key", "is not readable")) << describe(result);
}

TEST_F(config_problems_test, TlsIsRequiredEvenWithoutAnIntakeSection) {
  const auto result = load("logging: {level: info}\n");
  EXPECT_TRUE(has_problem(result, 0, "intake.tls.certificate", "is required")) << describe(result);
  EXPECT_TRUE(has_problem(result, 0, "intake.tls.private_key", "is required")) << describe(result);
}

TEST_F(config_problems_test, ChannelIdsMustBeIdentifiersAndUnique) {
  const auto result = load(with(R"(  - {id: City-Portal, adapter: city_portal, destinations: [local], auth: {scheme: none}}
  - {id: city_portal, adapter: city_portal, destinations: [local], auth: {scheme: none}}
)"));
  EXPECT_TRUE(has_problem(result, 7, "channels[1].id", "must be 1 to 64 characters of a-z 0-9 _, starting with a letter"))
      << describe(result);
  EXPECT_TRUE(has_problem(result, 8, "channels[2].id", "duplicate channel id 'city_portal' (first at line 6)")) << describe(result);
}

TEST_F(config_problems_test, ChannelNamingUnknownDestinationListsKnownOnes) {
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
  - {id: workflow, type: webhook, url: "https://wf.example/cases"}
channels:
  - id: city_portal
    adapter: city_portal
    destinations:
      - local
      - wokflow
)");
  EXPECT_TRUE(has_problem(result, 11, "channels[0].destinations",
                          "unknown destination 'wokflow' (did you mean 'workflow'?); known: local, workflow"))
      << describe(result);
}

// Routes decide where cases go: a channel's own destinations are extras, and may be left out.
TEST_F(config_problems_test, ChannelDestinationsAreOptional) {
  const auto result = load(with(R"(  - {id: state_council, adapter: state_council, auth: {scheme: none}}
  - {id: hotline_12345, adapter: hotline_12345, destinations: [], auth: {scheme: none}}
)"));
  for (const auto& p : result.problems) EXPECT_EQ(p.key.find("destinations"), std::string::npos) << describe(result);
}

TEST_F(config_problems_test, ChannelValuesAreChecked) {
  const auto result = load(with(R"(  - id: yukuaiban
    adapter: ../../bin/evil
    enabled: maybe
    body_bytes: 0
    media_types: [application/JSON; charset=utf-8]
    plugin_file: ../plugins/missing.so
    destinations: [local, local]
)"));
  EXPECT_TRUE(has_problem(result, 8, "channels[1].adapter", "must be 1 to 64 characters")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "channels[1].enabled", "must be true or false")) << describe(result);
  EXPECT_TRUE(has_problem(result, 10, "channels[1].body_bytes", "must be from 1 to 1GiB")) << describe(result);
  EXPECT_TRUE(has_problem(result, 11, "channels[1].media_types", "is not a lowercase media type")) << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "channels[1].plugin_file", "does not exist")) << describe(result);
  EXPECT_TRUE(has_problem(result, 13, "channels[1].destinations", "destination 'local' is listed twice")) << describe(result);
}

TEST_F(config_problems_test, DestinationTypeAndTypeSpecificKeys) {
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: nats, type: jetstream}
  - {id: files, type: local}
  - id: workflow
    type: webhook
    url: ftp://wf.example/cases
    directory: ../var/out
  - {id: plain, type: webhook}
  - {id: files, type: local, directory: x, url: "https://x.example"}
)");
  EXPECT_TRUE(has_problem(result, 4, "destinations[0].type", "'jetstream' is not one of webhook, local")) << describe(result);
  EXPECT_TRUE(has_problem(result, 5, "destinations[1].directory", "is required")) << describe(result);
  EXPECT_TRUE(has_problem(result, 8, "destinations[2].url", "must be an http:// or https:// URL")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "destinations[2].directory", "applies only to local destinations")) << describe(result);
  EXPECT_TRUE(has_problem(result, 10, "destinations[3].url", "is required")) << describe(result);
  EXPECT_TRUE(has_problem(result, 11, "destinations[4].id", "duplicate destination id 'files' (first at line 5)")) << describe(result);
  EXPECT_TRUE(has_problem(result, 11, "destinations[4].url", "applies only to webhook destinations")) << describe(result);
}

TEST_F(config_problems_test, WebhookDetailsAreChecked) {
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - id: workflow
    type: webhook
    url: https://wf.example/cases
    tls:
      client_certificate: ../var/tls/cert.pem
    headers: {"Bad Header": x}
    header_files: {Authorization: ../secrets/nope}
    retry: {limit: 0, base: 10s, cap: 1s}
    concurrency: 1000
)");
  EXPECT_TRUE(has_problem(result, 8, "destinations[0].tls.client_key", "is required with client_certificate")) << describe(result);
  EXPECT_TRUE(has_problem(result, 9, "destinations[0].headers", "'Bad Header' is not a valid HTTP header name")) << describe(result);
  EXPECT_TRUE(has_problem(result, 10, "destinations[0].header_files", "does not exist")) << describe(result);
  EXPECT_TRUE(has_problem(result, 11, "destinations[0].retry.limit", "from 1 to 1000")) << describe(result);
  EXPECT_TRUE(has_problem(result, 11, "destinations[0].retry.cap", "must not be less than retry.base")) << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "destinations[0].concurrency", "from 1 to 256")) << describe(result);
}

TEST_F(config_problems_test, ListsMustBeListsOfMappings) {
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations: {id: local}
channels:
  - city_portal
plugins: {directories: ../plugins}
)");
  EXPECT_TRUE(has_problem(result, 3, "destinations", "must be a list of mappings")) << describe(result);
  EXPECT_TRUE(has_problem(result, 5, "channels[0]", "must be a mapping")) << describe(result);
  EXPECT_TRUE(has_problem(result, 6, "plugins.directories", "must be a list")) << describe(result);
}

TEST_F(config_problems_test, PluginDirectoryMustExist) {
  const auto result = load(with("plugins:\n  directories:\n    - ../no-such-plugins\n"));
  EXPECT_TRUE(has_problem(result, 9, "plugins.directories[0]", "is not a directory")) << describe(result);
}

TEST_F(config_problems_test, AllProblemsAreReportedAtOnceInFileOrder) {
  const auto result = load(R"(intake:
  prot: 8443
  threads: 100
  tls: {certificate: ../var/tls/missing.pem, private_key: ../var/tls/key.pem}
logging: {level: loud}
store: {driver: mysql, retry_after: soon}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - {id: Bad, adapter: x, destinations: [nowhere], auth: {scheme: none}}
)");
  EXPECT_FALSE(result.config);
  ASSERT_EQ(result.problems.size(), 8u) << describe(result);
  std::vector<int> lines;
  for (const auto& p : result.problems) lines.push_back(p.mark.line);
  EXPECT_EQ(lines, (std::vector<int>{2, 3, 4, 5, 6, 6, 10, 10})) << describe(result);
  for (const auto& p : result.problems) EXPECT_EQ(p.mark.file, path("etc/gateway.yaml"));
}

TEST_F(config_problems_test, YamlSyntaxErrorHasItsLine) {
  const auto result = load("intake:\n  port: 8443\n  tls: [unclosed\n");
  EXPECT_FALSE(result.config);
  ASSERT_EQ(result.problems.size(), 1u) << describe(result);
  EXPECT_NE(result.problems[0].problem.find("YAML syntax error"), std::string::npos);
  EXPECT_GT(result.problems[0].mark.line, 2);
}

TEST_F(config_problems_test, MissingFileIsOneProblem) {
  const auto result = load_config(path("etc/absent.yaml"));
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].to_string(), path("etc/absent.yaml") + ": cannot open the configuration file: does not exist");
}

TEST_F(config_problems_test, DocumentThatIsNotAMapping) {
  const auto result = load("- intake\n- admin\n");
  EXPECT_TRUE(has_problem(result, 1, "", "must be a mapping of keys to values")) << describe(result);
}

}  // namespace
}  // namespace casegw::config
