// Replays plugins/gov_service_platform/golden the way the conformance kit (`casegw conformance`)
// does, through the fake host instead of the loaded plugin: the request's Content-Type is
// checked against what the adapter declares, the body is decoded, and the outcome must equal
// <name>.expected.json: {"case": {...}} exactly (structurally), or {"error": {"code", "field"?}}.
// The kit also validates each case against the unified-case schema; so does
// check_golden_schema.py for the expected cases.
#include "platform_fixture.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace casegw::gov_service_platform::testing {
namespace {

namespace fs = std::filesystem;
using boost::json::object;
using boost::json::value;

struct golden_request {
  std::string media_type, charset, body;
};

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// "application/json; charset=UTF-8" -> media type and charset, lowercased, quotes removed.
void read_content_type(std::string_view header, golden_request& out) {
  out.media_type = lowercase(trimmed(header.substr(0, header.find(';'))));
  for (auto at = header.find(';'); at != std::string_view::npos; at = header.find(';', at + 1)) {
    const std::string parameter = trimmed(header.substr(at + 1, header.find(';', at + 1) - at - 1));
    if (lowercase(parameter.substr(0, 8)) != "charset=") continue;
    std::string label = parameter.substr(8);
    label.erase(std::remove(label.begin(), label.end(), '"'), label.end());
    out.charset = lowercase(label);
  }
}

// Header lines "Name: value\n", one empty line, then the body bytes exactly.
golden_request read_http(const fs::path& path) {
  const std::string text = file_text(path);
  const auto end_of_headers = text.find("\n\n");
  if (end_of_headers == std::string::npos) throw std::runtime_error(path.string() + ": no empty line after the headers");
  golden_request r;
  std::string_view headers(text.data(), end_of_headers + 1);
  while (!headers.empty()) {
    const std::string_view line = headers.substr(0, headers.find('\n'));
    headers.remove_prefix(line.size() + 1);
    const auto colon = line.find(':');
    if (lowercase(std::string(line.substr(0, colon))) == "content-type") read_content_type(line.substr(colon + 1), r);
  }
  r.body = text.substr(end_of_headers + 2);
  return r;
}

bool declares(const char* const* list, std::size_t count, std::string_view item) {
  return std::find(list, list + count, item) != list + count;
}

// What the gateway answers before decode() when the request's Content-Type does not fit.
std::optional<std::string> gateway_refusal(const casegw_plugin& d, const golden_request& r) {
  if (!declares(d.media_types, d.media_type_count, r.media_type)) return "UNSUPPORTED_MEDIA_TYPE";
  const std::string charset = r.charset == "utf8" ? "utf-8" : r.charset;
  if (!charset.empty() && !declares(d.charsets, d.charset_count, charset)) return "UNSUPPORTED_CHARSET";
  return std::nullopt;
}

// The first column of a division CSV of config/divisions, without its header line.
std::vector<std::string> division_codes(std::string_view file_name) {
  std::vector<std::string> codes;
  std::istringstream lines(file_text(fs::path(CASEGW_DIVISIONS_DIR) / file_name));
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line))
    if (!line.empty()) codes.push_back(line.substr(0, line.find(',')));
  return codes;
}

// The gateway's official division data (docs/divisions.md): provinces as PP0000, prefectures as
// PPCC00, every county, and Chongqing's towns and villages.
void know_official_divisions(platform_host& host) {
  std::set<std::string> known;
  for (const auto& code : division_codes("provinces.csv")) known.insert(code + "0000");
  for (const auto& code : division_codes("cities.csv")) known.insert(code + "00");
  for (const char* file : {"areas.csv", "streets-chongqing.csv", "villages-chongqing.csv"})
    for (auto& code : division_codes(file)) known.insert(std::move(code));
  ASSERT_GT(known.size(), 15000u);
  host.known_divisions(std::move(known));
}

value outcome(platform_host& host, const golden_request& request) {
  if (const auto code = gateway_refusal(host.descriptor(), request)) return {{"error", {{"code", *code}}}};
  sdk::testing::fake_request fake;
  fake.channel_id = "gov_service_platform";
  fake.media_type = request.media_type;
  fake.charset = request.charset;
  fake.body = request.body;
  const call_result r = host.decode(fake);
  if (r.status == CASEGW_OK) return {{"case", boost::json::parse(r.output)}};
  return {{"error", {{"code", r.code}, {"field", r.field}}}};
}

// An expected error without "field" matches any field, as in the kit.
value comparable(value actual, const value& expected) {
  if (expected.as_object().contains("error") && !expected.at("error").as_object().contains("field"))
    actual.at("error").as_object().erase("field");
  return actual;
}

std::vector<fs::path> golden_requests() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(GOV_SERVICE_PLATFORM_GOLDEN_DIR))
    if (entry.path().extension() == ".http") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

fs::path expected_path(fs::path http) { return http.replace_extension(".expected.json"); }

TEST(GovServiceGolden, EveryCaseDecodesToItsExpectedOutcome) {
  platform_host host;
  know_official_divisions(host);
  for (const fs::path& http : golden_requests()) {
    SCOPED_TRACE(http.filename().string());
    const value expected = boost::json::parse(file_text(expected_path(http)));
    EXPECT_EQ(comparable(outcome(host, read_http(http)), expected), expected);
  }
}

TEST(GovServiceGolden, TheSetCoversEveryKindClassAndRefusalCode) {
  std::set<std::string> kinds, classes, codes;
  std::size_t cases = 0;
  for (const fs::path& http : golden_requests()) {
    const object expected = boost::json::parse(file_text(expected_path(http))).as_object();
    ++cases;
    if (expected.contains("error")) {
      codes.insert(std::string(expected.at("error").at("code").as_string()));
      continue;
    }
    const object& c = expected.at("case").as_object();
    kinds.insert(std::string(c.at("kind").as_string()));
    if (const auto* handling = c.if_contains("handling"); handling && handling->as_object().contains("class"))
      classes.insert(std::string(handling->at("class").as_string()));
  }
  EXPECT_GE(cases, 15u);
  EXPECT_EQ(kinds, (std::set<std::string>{"consultation", "complaint", "help", "report", "suggestion", "praise"}));
  EXPECT_EQ(classes, (std::set<std::string>{"handed_down", "supervised", "verification"}));
  // Every code the decoder can emit, and the gateway's refusals of this channel's Content-Type.
  EXPECT_EQ(codes, (std::set<std::string>{"MALFORMED_BODY", "UNSUPPORTED_VERSION", "MISSING_FIELD", "WRONG_TYPE",
                                          "INVALID_FIELD", "UNKNOWN_KIND", "INVALID_DATE", "INVALID_REGION_CODE",
                                          "FIELD_TOO_LONG", "DUPLICATE_FIELD", "UNSUPPORTED_CHARSET",
                                          "UNSUPPORTED_MEDIA_TYPE"}));
}

TEST(GovServiceGolden, EveryRequestHasItsExpectedFileAndNoOtherFileIsThere) {
  std::size_t expected_files = 0;
  for (const auto& entry : fs::directory_iterator(GOV_SERVICE_PLATFORM_GOLDEN_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".expected.json")) {
      ++expected_files;
      EXPECT_TRUE(fs::exists(fs::path(entry.path()).replace_filename(name.substr(0, name.size() - 14) + ".http"))) << name;
    } else {
      EXPECT_TRUE(name.ends_with(".http")) << "unexpected file " << name;
    }
  }
  EXPECT_EQ(expected_files, golden_requests().size());
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
