// Replays plugins/yukuaiban/golden through the fake host, doing what the gateway (and the
// conformance kit, `casegw conformance`) does before decode(): Content-Type against the declared
// media types and charsets, UTF-8 validation, the channel settings of settings.yaml, and the
// division check against config/divisions. Every case must come out exactly as its
// .expected.json says. The kit adds the gateway's validation of the case against casegw.case/v1.
#include "ykb_fixture.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

namespace casegw::yukuaiban::testing {
namespace {

namespace fs = std::filesystem;
using boost::json::object;
using boost::json::value;

const fs::path golden_dir{YUKUAIBAN_GOLDEN_DIR};

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

std::string lowercase_trimmed(std::string_view text) {
  std::string out = trimmed(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct golden_request {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string media_type, charset, body;
};

// Header lines "Name: value\n", one empty line, then the body exactly.
golden_request read_http(const fs::path& file) {
  const std::string text = read_file(file.string());
  const auto end_of_head = text.find("\n\n");
  if (end_of_head == std::string::npos) throw std::runtime_error(file.string() + ": no empty line after the headers");
  golden_request r;
  r.body = text.substr(end_of_head + 2);
  std::string_view head(text.data(), end_of_head + 1);
  while (!head.empty()) {
    const auto eol = head.find('\n');
    const std::string_view line = head.substr(0, eol);
    head.remove_prefix(eol + 1);
    const auto colon = line.find(':');
    r.headers.emplace_back(std::string(line.substr(0, colon)), trimmed(line.substr(colon + 1)));
  }
  for (const auto& [name, header_value] : r.headers) {
    if (lowercase_trimmed(name) != "content-type") continue;
    const std::string content_type = lowercase_trimmed(header_value);
    r.media_type = trimmed(std::string_view(content_type).substr(0, content_type.find(';')));
    if (const auto at = content_type.find("charset="); at != std::string::npos) {
      r.charset = trimmed(std::string_view(content_type).substr(at + 8, content_type.find(';', at) - at - 8));
      r.charset.erase(std::remove(r.charset.begin(), r.charset.end(), '"'), r.charset.end());
    }
  }
  return r;
}

// settings.yaml: a flat map "key: value", '#' comments.
std::map<std::string, std::string> read_settings() {
  std::map<std::string, std::string> settings;
  if (!fs::exists(golden_dir / "settings.yaml")) return settings;
  std::istringstream lines(read_file((golden_dir / "settings.yaml").string()));
  for (std::string line; std::getline(lines, line);) {
    line = line.substr(0, line.find('#'));
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string v = trimmed(std::string_view(line).substr(colon + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
    settings[trimmed(std::string_view(line).substr(0, colon))] = v;
  }
  return settings;
}

// RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
bool is_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    std::uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

bool declares(const char* const* list, std::size_t count, std::string_view wanted) {
  for (std::size_t i = 0; i < count; ++i)
    if (list[i] == wanted) return true;
  return false;
}

// What the channel answers: {"case": ...} or {"error": {"code", "field"}}.
value outcome(ykb_host& host, const golden_request& request) {
  const casegw_plugin& d = host.descriptor();
  const std::string charset = request.charset == "utf8" ? "utf-8" : request.charset;
  if (!declares(d.media_types, d.media_type_count, request.media_type))
    return value{{"error", {{"code", "UNSUPPORTED_MEDIA_TYPE"}}}};
  if (!charset.empty() && !declares(d.charsets, d.charset_count, charset))
    return value{{"error", {{"code", "UNSUPPORTED_CHARSET"}}}};
  if (!is_utf8(request.body)) return value{{"error", {{"code", "INVALID_ENCODING"}}}};
  sdk::testing::fake_request r;
  r.channel_id = "yukuaiban";
  r.media_type = request.media_type;
  r.charset = request.charset;
  r.headers = request.headers;
  r.body = request.body;
  const auto result = host.decode(r);
  if (result.status == CASEGW_OK) return value{{"case", boost::json::parse(result.output)}};
  return value{{"error", {{"code", result.code}, {"field", result.field}}}};
}

std::vector<std::string> golden_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(golden_dir))
    if (entry.path().extension() == ".http") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class YukuaibanGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(YukuaibanGolden, ComesOutAsExpected) {
  ykb_host host(read_settings());
  host.known_divisions(official_divisions());
  const std::string name = GetParam();
  const value expected = boost::json::parse(read_file((golden_dir / (name + ".expected.json")).string()));
  value actual = outcome(host, read_http(golden_dir / (name + ".http")));
  // "field" is compared only where the expectation gives one; messages are never compared.
  if (expected.as_object().contains("error") && !expected.at("error").as_object().contains("field") &&
      actual.as_object().contains("error"))
    actual.at("error").as_object().erase("field");
  EXPECT_EQ(actual, expected) << name;
}

INSTANTIATE_TEST_SUITE_P(Cases, YukuaibanGolden, ::testing::ValuesIn(golden_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string id = info.param;
                           std::replace(id.begin(), id.end(), '-', '_');
                           return id;
                         });

TEST(YukuaibanGoldenSet, EveryRequestHasItsExpectationAndTheSetIsComplete) {
  std::size_t expectations = 0;
  for (const auto& entry : fs::directory_iterator(golden_dir)) {
    const std::string file = entry.path().filename().string();
    if (file.ends_with(".expected.json")) {
      ++expectations;
      EXPECT_TRUE(fs::exists(golden_dir / (file.substr(0, file.size() - 14) + ".http"))) << file;
    }
  }
  const auto names = golden_names();
  EXPECT_EQ(expectations, names.size());
  EXPECT_GE(names.size(), 15u);
  // Every kind the channel maps has its case, named kind-<code>-<kind>-...
  for (const std::string kind : {"consultation", "complaint", "help", "suggestion", "report", "praise", "other"}) {
    const auto named = [&](const std::string& n) { return n.starts_with("kind-") && n.find("-" + kind + "-") != std::string::npos; };
    EXPECT_TRUE(std::any_of(names.begin(), names.end(), named))
        << kind;
  }
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
