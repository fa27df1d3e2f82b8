// Replays plugins/hotline_12345/golden the way the conformance kit does (`casegw conformance`),
// until the kit runs in every build: Content-Type checked against the descriptor, a GBK/GB18030
// body converted strictly to UTF-8 (invalid bytes: INVALID_ENCODING), the division list
// consulted, the settings of settings.yaml applied, and the outcome compared with
// <name>.expected.json structurally (the error message is not compared).
#include "work_order_samples.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <vector>

namespace casegw::hotline_12345::testing {
namespace {

namespace fs = std::filesystem;

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

struct http_request {
  std::map<std::string, std::string> headers;  // lowercased names
  std::string body;
};

// Header lines, one empty line, then the body bytes exactly.
http_request read_http(const fs::path& file) {
  const std::string bytes = read_file(file.string());
  const std::size_t blank = bytes.find("\n\n");
  if (blank == std::string::npos) throw std::runtime_error(file.string() + ": no empty line after the headers");
  http_request request;
  std::string_view head = std::string_view(bytes).substr(0, blank + 1);
  while (!head.empty()) {
    const std::string_view line = head.substr(0, head.find('\n'));
    head.remove_prefix(line.size() + 1);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) throw std::runtime_error(file.string() + ": a header line without ':'");
    request.headers[lowercase(std::string(line.substr(0, colon)))] = trimmed(line.substr(colon + 1));
  }
  request.body = bytes.substr(blank + 2);
  return request;
}

struct content_type {
  std::string media_type, charset;
};

content_type parse_content_type(const std::string& header) {
  content_type out;
  std::string_view rest = header;
  out.media_type = lowercase(trimmed(rest.substr(0, rest.find(';'))));
  while (rest.find(';') != std::string_view::npos) {
    rest.remove_prefix(rest.find(';') + 1);
    const std::string parameter = trimmed(rest.substr(0, rest.find(';')));
    if (lowercase(parameter.substr(0, 8)) == "charset=") out.charset = lowercase(parameter.substr(8));
  }
  if (out.charset == "utf8") out.charset = "utf-8";
  if (out.charset == "gb2312" || out.charset == "cp936") out.charset = "gbk";
  return out;
}

bool declared(const char* const* list, std::size_t count, const std::string& value) {
  return std::any_of(list, list + count, [&](const char* item) { return value == item; });
}

std::map<std::string, std::string> read_settings(const fs::path& file) {
  std::map<std::string, std::string> settings;
  if (!fs::exists(file)) return settings;
  std::istringstream lines(read_file(file.string()));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    settings[trimmed(line.substr(0, colon))] = trimmed(line.substr(colon + 1));
  }
  return settings;
}

struct outcome {
  bool ok = false;
  std::string case_json, code, field;
};

// What the gateway does before and around decode().
outcome replay(const http_request& request, const std::map<std::string, std::string>& settings) {
  hotline_host host(settings);
  host.known_divisions(sample_divisions());
  const casegw_plugin& d = host.descriptor();
  const content_type type = parse_content_type(request.headers.at("content-type"));
  const std::string charset = type.charset.empty() ? "utf-8" : type.charset;
  if (!declared(d.media_types, d.media_type_count, type.media_type)) return {false, "", "UNSUPPORTED_MEDIA_TYPE", ""};
  if (!declared(d.charsets, d.charset_count, charset)) return {false, "", "UNSUPPORTED_CHARSET", ""};
  std::string body = request.body;
  if (charset != "utf-8") {
    auto converted = utf8_from_gb18030(body);
    if (!converted) return {false, "", "INVALID_ENCODING", ""};
    body = *std::move(converted);
  }
  sdk::testing::fake_request fake;
  fake.channel_id = "hotline_12345";
  fake.media_type = type.media_type;
  fake.charset = charset;
  fake.body = std::move(body);
  const auto r = host.decode(fake);
  return {r.status == CASEGW_OK, r.output, r.code, r.field};
}

std::vector<std::string> golden_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(HOTLINE_12345_GOLDEN_DIR))
    if (entry.path().extension() == ".http") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class HotlineGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(HotlineGolden, DecodesAsExpected) {
  const fs::path dir = HOTLINE_12345_GOLDEN_DIR;
  const std::string name = GetParam();
  const outcome got = replay(read_http(dir / (name + ".http")), read_settings(dir / "settings.yaml"));
  const boost::json::object expected =
      boost::json::parse(read_file((dir / (name + ".expected.json")).string())).as_object();
  if (expected.contains("case")) {
    ASSERT_TRUE(got.ok) << got.code << " " << got.field;
    EXPECT_EQ(boost::json::parse(got.case_json), expected.at("case"));  // member order does not matter
    return;
  }
  const boost::json::object& error = expected.at("error").as_object();
  ASSERT_FALSE(got.ok) << got.case_json;
  EXPECT_EQ(got.code, error.at("code").as_string());
  if (error.contains("field")) {
    EXPECT_EQ(got.field, error.at("field").as_string());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, HotlineGolden, ::testing::ValuesIn(golden_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(HotlineGoldenSet, EveryRequestHasItsExpectationAndTheSetCoversTheCodes) {
  const fs::path dir = HOTLINE_12345_GOLDEN_DIR;
  std::set<std::string> codes;
  std::size_t cases = 0;
  for (const auto& name : golden_names()) {
    ASSERT_TRUE(fs::exists(dir / (name + ".expected.json"))) << name;
    const auto expected = boost::json::parse(read_file((dir / (name + ".expected.json")).string())).as_object();
    codes.insert(expected.contains("case") ? "OK" : std::string(expected.at("error").at("code").as_string()));
    ++cases;
  }
  EXPECT_GE(cases, 15u);
  for (const char* code :
       {"OK", "MALFORMED_BODY", "UNSUPPORTED_VERSION", "MISSING_FIELD", "WRONG_TYPE", "INVALID_FIELD", "UNKNOWN_KIND",
        "INVALID_DATE", "INVALID_REGION_CODE", "FIELD_TOO_LONG", "DUPLICATE_FIELD", "INVALID_ENCODING"})
    EXPECT_TRUE(codes.count(code)) << "no golden case for " << code;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string file = entry.path().filename().string();
    if (file.ends_with(".expected.json")) {
      EXPECT_TRUE(fs::exists(dir / (file.substr(0, file.size() - 14) + ".http"))) << file << " has no request";
    }
  }
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
