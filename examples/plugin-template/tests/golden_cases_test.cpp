// The golden cases in golden/, replayed through the SDK's fake host the way the conformance kit
// (`casegw conformance`) replays them through the gateway's own code: Content-Type parsed and
// checked against the plugin's media types and charsets, a GBK/GB18030 body converted to UTF-8
// (strictly), decode() with golden/settings.yaml, then the case or the error compared with
// <name>.expected.json. The kit also runs the gateway's unified-case validator and its full
// division data; here the divisions are the few rows of the official list the cases use.
#include "district_portal_testing.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#ifndef DISTRICT_PORTAL_GOLDEN_DIR
#error "DISTRICT_PORTAL_GOLDEN_DIR must name the golden/ directory"
#endif

namespace district_portal::testing {
namespace {

namespace fs = std::filesystem;
const fs::path golden_dir{DISTRICT_PORTAL_GOLDEN_DIR};

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string lowercase(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// <name>.http: "Name: value\n" lines, one empty line, then the body bytes exactly.
struct golden_request {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  std::string header(const std::string& name) const {
    for (const auto& [n, v] : headers)
      if (lowercase(n) == lowercase(name)) return v;
    return {};
  }
};

golden_request read_request(const fs::path& file) {
  const std::string text = read_bytes(file);
  const auto end_of_headers = text.find("\n\n");
  if (end_of_headers == std::string::npos) throw std::runtime_error(file.string() + ": no empty line after the headers");
  golden_request r;
  std::istringstream lines(text.substr(0, end_of_headers + 1));
  for (std::string line; std::getline(lines, line);) {
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0) throw std::runtime_error(file.string() + ": bad header line");
    r.headers.emplace_back(line.substr(0, colon), trimmed(std::string_view(line).substr(colon + 1)));
  }
  r.body = text.substr(end_of_headers + 2);
  return r;
}

// golden/settings.yaml: a flat map of plain scalars. Anything else fails the test rather than
// being read some other way than the kit reads it.
std::map<std::string, std::string> read_settings() {
  std::map<std::string, std::string> settings;
  const fs::path file = golden_dir / "settings.yaml";
  if (!fs::exists(file)) return settings;
  std::istringstream lines(read_bytes(file));
  for (std::string line; std::getline(lines, line);) {
    const std::string content = trimmed(line.substr(0, line.find(" #")));
    if (content.empty() || content.front() == '#') continue;
    const auto colon = content.find(": ");
    if (colon == std::string::npos || line.front() == ' ')
      throw std::runtime_error("settings.yaml: expected 'key: value', got: " + line);
    std::string value = trimmed(content.substr(colon + 2));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (value.empty() || value.front() == '{' || value.front() == '[')
      throw std::runtime_error("settings.yaml: only plain scalars, got: " + line);
    settings[content.substr(0, colon)] = value;
  }
  return settings;
}

// "application/json; charset=GBK" -> {"application/json", "gbk"}.
std::pair<std::string, std::string> parse_content_type(const std::string& value) {
  const std::string media = lowercase(trimmed(value.substr(0, value.find(';'))));
  std::string charset;
  for (auto pos = value.find(';'); pos != std::string::npos; pos = value.find(';', pos + 1)) {
    const std::string parameter = trimmed(value.substr(pos + 1, value.find(';', pos + 1) - pos - 1));
    if (lowercase(parameter).rfind("charset=", 0) == 0) {
      charset = lowercase(parameter.substr(8));
      if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"') charset = charset.substr(1, charset.size() - 2);
    }
  }
  return {media, charset};
}

// The gateway's labels (docs/charsets.md): gb2312, cp936, x-gbk... are gbk; "" is utf-8.
std::string canonical_charset(const std::string& label) {
  if (label.empty() || label == "utf-8" || label == "utf8") return "utf-8";
  for (const char* gbk : {"gbk", "x-gbk", "cp936", "gb2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese"})
    if (label == gbk) return "gbk";
  if (label == "gb18030") return "gb18030";
  return "unknown:" + label;
}

// For this test only: the gateway converts bodies itself, before decode(). Strict, like it:
// an invalid sequence is an error, never U+FFFD. gbk is read as GB18030, its superset.
std::optional<std::string> to_utf8(const std::string& body, const std::string& charset) {
  const char* from = charset == "utf-8" ? "UTF-8" : "GB18030";
  iconv_t cd = ::iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert from " + std::string(from));
  std::string out(body.size() * 2 + 16, '\0');
  char* in_ptr = const_cast<char*>(body.data());
  std::size_t in_left = body.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  const std::size_t rc = ::iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  ::iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

// What the kit would report for this request: {"case": ...} or {"error": {"code", "field"}}.
boost::json::object replay(const golden_request& request) {
  const auto error = [](const std::string& code, const std::string& field) {
    return boost::json::object{{"error", boost::json::object{{"code", code}, {"field", field}}}};
  };
  const std::string content_type = request.header("Content-Type");
  if (content_type.empty()) throw std::runtime_error("the request has no Content-Type header");
  const auto [media_type, label] = parse_content_type(content_type);
  const std::string charset = canonical_charset(label);

  host h(read_settings());
  // A few rows of the official division data (config/divisions): 渝北区, two of its streets,
  // a community of 双龙湖街道. 渝北区's streets are listed, so an unlisted one is unknown.
  h.known_divisions({"500112", "500112002", "500112019", "500112002001"});
  const casegw_plugin& d = h.descriptor();
  const auto declared = [](const char* const* list, std::size_t n, const std::string& wanted) {
    return std::any_of(list, list + n, [&](const char* item) { return wanted == item; });
  };
  if (!declared(d.media_types, d.media_type_count, media_type)) return error("UNSUPPORTED_MEDIA_TYPE", "");
  if (!declared(d.charsets, d.charset_count, charset)) return error("UNSUPPORTED_CHARSET", "");
  const auto text = to_utf8(request.body, charset);
  if (!text) return error("INVALID_ENCODING", "");

  casegw::sdk::testing::fake_request r;
  r.channel_id = "district_portal";
  r.media_type = media_type;
  r.charset = label;
  r.headers = request.headers;
  r.body = *text;
  const call_result result = h.decode(r);
  if (result.status == CASEGW_OK) return {{"case", boost::json::parse(result.output)}};
  if (result.status == CASEGW_REJECTED) return error(result.code, result.field);
  return error("ADAPTER_FAILED", "");
}

std::vector<std::string> golden_case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(golden_dir))
    if (entry.path().extension() == ".http") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenCase : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenCase, DecodesToItsExpectedCaseOrError) {
  const std::string name = GetParam();
  const auto expected = boost::json::parse(read_bytes(golden_dir / (name + ".expected.json"))).as_object();
  boost::json::object actual = replay(read_request(golden_dir / (name + ".http")));
  if (expected.contains("error")) {
    ASSERT_TRUE(actual.contains("error")) << name << " decoded, expected an error: " << boost::json::serialize(actual);
    // The kit compares "field" only when the golden case gives it.
    if (!expected.at("error").as_object().contains("field")) actual["error"].as_object().erase("field");
  }
  EXPECT_EQ(boost::json::value(actual), boost::json::value(expected))
      << name << "\n  actual:   " << boost::json::serialize(actual) << "\n  expected: " << boost::json::serialize(expected);
}

INSTANTIATE_TEST_SUITE_P(DistrictPortal, GoldenCase, ::testing::ValuesIn(golden_case_names()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(GoldenCases, EveryRequestHasItsExpectationAndTheReverse) {
  std::vector<std::string> requests, expectations;
  for (const auto& entry : fs::directory_iterator(golden_dir)) {
    const std::string file = entry.path().filename().string();
    if (file.size() > 5 && file.ends_with(".http")) requests.push_back(file.substr(0, file.size() - 5));
    if (file.size() > 14 && file.ends_with(".expected.json")) expectations.push_back(file.substr(0, file.size() - 14));
  }
  std::sort(requests.begin(), requests.end());
  std::sort(expectations.begin(), expectations.end());
  EXPECT_EQ(requests, expectations);
  EXPECT_GE(requests.size(), 4u);
}

TEST(GoldenCases, CoverAcceptedCasesAndEveryCharsetThePluginDeclares) {
  std::set<std::string> accepted_charsets;
  for (const auto& name : golden_case_names()) {
    const auto expected = boost::json::parse(read_bytes(golden_dir / (name + ".expected.json"))).as_object();
    if (!expected.contains("case")) continue;
    const auto request = read_request(golden_dir / (name + ".http"));
    accepted_charsets.insert(canonical_charset(parse_content_type(request.header("Content-Type")).second));
  }
  EXPECT_EQ(accepted_charsets, (std::set<std::string>{"utf-8", "gbk", "gb18030"}));
}

}  // namespace
}  // namespace district_portal::testing
