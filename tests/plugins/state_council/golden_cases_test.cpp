// Replays plugins/state_council/golden through the fake host until the conformance kit
// (`casegw conformance`, registered below as state_council_conformance when the gateway is in
// the build) runs them with the gateway's own checks. Before decode() it does what the kit
// does: refuse a media type or charset the plugin does not declare. The golden bodies are all
// UTF-8, as this channel's are; division codes are known as in the gateway's official data for
// the places the cases use.
#include "council_fixture.hpp"

#include <algorithm>
#include <filesystem>

namespace casegw::state_council::testing {
namespace {

namespace fs = std::filesystem;

struct golden_request {
  std::string media_type, charset, body;
};

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trimmed(std::string_view text) {
  const auto begin = text.find_first_not_of(' ');
  const auto end = text.find_last_not_of(' ');
  return begin == std::string_view::npos ? std::string() : std::string(text.substr(begin, end - begin + 1));
}

// "Name: value" lines, one empty line, then the body exactly.
golden_request parse_http(const std::string& text) {
  const auto blank = text.find("\n\n");
  if (blank == std::string::npos) throw std::runtime_error("no empty line after the headers");
  golden_request r;
  r.body = text.substr(blank + 2);
  std::string_view headers(text.data(), blank);
  while (!headers.empty()) {
    const auto end = headers.find('\n');
    const std::string_view line = headers.substr(0, end);
    headers.remove_prefix(end == std::string_view::npos ? headers.size() : end + 1);
    const auto colon = line.find(':');
    if (lowercase(std::string(line.substr(0, colon))) != "content-type") continue;
    const std::string value(line.substr(colon + 1));
    const auto semicolon = value.find(';');
    r.media_type = lowercase(trimmed(value.substr(0, semicolon)));
    if (const auto at = value.find("charset="); at != std::string::npos) r.charset = lowercase(trimmed(value.substr(at + 8)));
  }
  return r;
}

bool declares(const char* const* list, std::size_t count, const std::string& value) {
  return std::any_of(list, list + count, [&](const char* item) { return value == item; });
}

// What the kit would report: {"case": ...} or {"error": {"code", "field"}}.
boost::json::value replay(council_host& host, const golden_request& r) {
  const casegw_plugin& d = host.descriptor();
  if (!declares(d.media_types, d.media_type_count, r.media_type)) return {{"error", {{"code", "UNSUPPORTED_MEDIA_TYPE"}}}};
  if (!r.charset.empty() && !declares(d.charsets, d.charset_count, r.charset))
    return {{"error", {{"code", "UNSUPPORTED_CHARSET"}}}};
  const auto result = decode(host, r.body);
  if (result.status == CASEGW_OK) return {{"case", boost::json::parse(result.output)}};
  return {{"error", {{"code", result.code}, {"field", result.field}}}};
}

std::vector<fs::path> golden_requests() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(STATE_COUNCIL_GOLDEN_DIR))
    if (entry.path().extension() == ".http") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(StateCouncilGolden, ThereAreEnoughCasesAndEachHasItsExpectation) {
  const auto files = golden_requests();
  EXPECT_GE(files.size(), 15u);
  for (const auto& file : files) {
    fs::path expected = file;
    expected.replace_extension(".expected.json");
    EXPECT_TRUE(fs::exists(expected)) << expected;
  }
}

TEST(StateCouncilGolden, EveryCaseDecodesAsExpected) {
  council_host host;
  host.known_divisions({"500101", "500101001", "500103", "500103003", "500103003013", "500105", "500106", "500106001",
                        "500111", "500111001", "500111001001", "500111002", "500112", "500235", "500235001", "510104"});
  for (const auto& file : golden_requests()) {
    SCOPED_TRACE(file.filename().string());
    fs::path expected_file = file;
    expected_file.replace_extension(".expected.json");
    const boost::json::value expected = boost::json::parse(read_file(expected_file.string()));
    const boost::json::value actual = replay(host, parse_http(read_file(file.string())));
    if (expected.as_object().contains("case")) {
      EXPECT_EQ(actual, expected) << boost::json::serialize(actual);
      continue;
    }
    // Errors: the code always, the field when the expectation gives one.
    const auto& want = expected.at("error").as_object();
    ASSERT_TRUE(actual.as_object().contains("error")) << boost::json::serialize(actual);
    EXPECT_EQ(actual.at("error").at("code"), want.at("code"));
    if (want.contains("field")) {
      EXPECT_EQ(actual.at("error").at("field"), want.at("field"));
    }
  }
}

}  // namespace
}  // namespace casegw::state_council::testing
