// Replays plugins/city_portal/golden through the SDK fake host the way the conformance kit does
// before decode(): Content-Type checked against what the plugin declares, the host's division
// check answered from the shipped division data. The kit itself (casegw conformance) runs the
// same cases against the built plugin, with the gateway's charset conversion and case
// validation; this test keeps the cases honest until and besides that.
#include "sample_payloads.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace casegw::city_portal::testing {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string lowercase_trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct golden_request {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string media_type, charset, body;
};

// Header lines "Name: value\n", one empty line, then the body bytes exactly.
golden_request parse_http(const std::string& bytes) {
  golden_request out;
  const auto end = bytes.find("\n\n");
  if (end == std::string::npos) throw std::runtime_error("no empty line after the headers");
  out.body = bytes.substr(end + 2);
  std::string_view headers(bytes.data(), end + 1);
  while (!headers.empty()) {
    const auto eol = headers.find('\n');
    const std::string_view line = headers.substr(0, eol);
    headers.remove_prefix(eol + 1);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) throw std::runtime_error("a header line without ':'");
    out.headers.emplace_back(std::string(line.substr(0, colon)), lowercase_trimmed(line.substr(colon + 1)));
    if (lowercase_trimmed(line.substr(0, colon)) != "content-type") continue;
    const std::string value(line.substr(colon + 1));
    const auto semicolon = value.find(';');
    out.media_type = lowercase_trimmed(std::string_view(value).substr(0, semicolon));
    if (semicolon == std::string::npos) continue;
    const std::string parameters = lowercase_trimmed(std::string_view(value).substr(semicolon + 1));
    if (parameters.rfind("charset=", 0) == 0) {
      out.charset = parameters.substr(8);
      out.charset.erase(std::remove(out.charset.begin(), out.charset.end(), '"'), out.charset.end());
    }
  }
  if (out.media_type.empty()) throw std::runtime_error("no Content-Type header");
  return out;
}

bool declared(const char* const* list, std::size_t count, const std::string& value) {
  return std::any_of(list, list + count, [&](const char* item) { return value == item; });
}

// What the gateway answers for the request: the decoded case, or an error code and field.
struct outcome {
  std::optional<boost::json::value> decoded;
  std::string code, field;
};

outcome run(portal_host& host, const golden_request& request) {
  const casegw_plugin& d = host.descriptor();
  if (!declared(d.media_types, d.media_type_count, request.media_type)) return {std::nullopt, "UNSUPPORTED_MEDIA_TYPE", ""};
  if (!request.charset.empty() && !declared(d.charsets, d.charset_count, request.charset))
    return {std::nullopt, "UNSUPPORTED_CHARSET", ""};
  sdk::testing::fake_request fake;
  fake.channel_id = "city_portal";
  fake.media_type = request.media_type;
  fake.charset = request.charset;
  fake.headers = request.headers;
  fake.body = request.body;
  const auto r = host.decode(fake);
  if (r.status != CASEGW_OK) return {std::nullopt, r.code, r.field};
  return {boost::json::parse(r.output), "", ""};
}

std::vector<std::string> golden_case_names() {
  std::vector<std::string> names;
  for (const auto& file : fs::directory_iterator(CITY_PORTAL_GOLDEN_DIR)) {
    const std::string name = file.path().filename().string();
    if (name.ends_with(".http")) names.push_back(name.substr(0, name.size() - 5));
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(CityPortalGolden, EveryCaseIsAPairAndThereAreEnough) {
  std::size_t expectations = 0;
  for (const auto& file : fs::directory_iterator(CITY_PORTAL_GOLDEN_DIR)) {
    const std::string name = file.path().filename().string();
    if (name.ends_with(".expected.json")) {
      ++expectations;
      EXPECT_TRUE(fs::exists(fs::path(CITY_PORTAL_GOLDEN_DIR) / (name.substr(0, name.size() - 14) + ".http"))) << name;
    } else {
      EXPECT_TRUE(name.ends_with(".http")) << "unexpected file " << name;
    }
  }
  EXPECT_EQ(expectations, golden_case_names().size());
  EXPECT_GE(golden_case_names().size(), 15u);
}

TEST(CityPortalGolden, CoversEveryKindAndEveryRejectionCode) {
  std::set<std::string> kinds, codes;
  for (const auto& name : golden_case_names()) {
    const auto expected = boost::json::parse(read_bytes(fs::path(CITY_PORTAL_GOLDEN_DIR) / (name + ".expected.json")));
    if (const auto* c = expected.as_object().if_contains("case")) kinds.insert(std::string(c->at("kind").as_string()));
    if (const auto* e = expected.as_object().if_contains("error")) codes.insert(std::string(e->at("code").as_string()));
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"consultation", "complaint", "help", "report", "suggestion", "praise", "other"}));
  EXPECT_EQ(codes, (std::set<std::string>{"MALFORMED_BODY", "UNSUPPORTED_VERSION", "MISSING_FIELD", "WRONG_TYPE",
                                          "INVALID_FIELD", "UNKNOWN_KIND", "INVALID_DATE", "INVALID_REGION_CODE",
                                          "FIELD_TOO_LONG", "DUPLICATE_FIELD", "UNSUPPORTED_MEDIA_TYPE",
                                          "UNSUPPORTED_CHARSET"}));
}

class CityPortalGoldenCase : public ::testing::TestWithParam<std::string> {};

TEST_P(CityPortalGoldenCase, DecodesAsExpected) {
  const fs::path dir(CITY_PORTAL_GOLDEN_DIR);
  const golden_request request = parse_http(read_bytes(dir / (GetParam() + ".http")));
  const boost::json::object expected =
      boost::json::parse(read_bytes(dir / (GetParam() + ".expected.json"))).as_object();
  portal_host host;
  host.known_divisions(shipped_division_codes());
  const outcome got = run(host, request);
  if (const auto* c = expected.if_contains("case")) {
    ASSERT_TRUE(got.decoded) << got.code << " " << got.field;
    EXPECT_EQ(*got.decoded, *c) << "got " << *got.decoded;  // boost::json compares objects ignoring key order
  } else {
    const auto& e = expected.at("error").as_object();
    ASSERT_FALSE(got.decoded) << "decoded, expected " << e;
    EXPECT_EQ(got.code, e.at("code").as_string());
    if (const auto* field = e.if_contains("field")) {
      EXPECT_EQ(got.field, field->as_string());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Golden, CityPortalGoldenCase, ::testing::ValuesIn(golden_case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace casegw::city_portal::testing
