// Replays plugins/foreign_investment/golden/ the way the conformance kit (`casegw conformance`)
// and the gateway's intake do before decode(): Content-Type screened against the descriptor,
// a GBK/GB18030 body converted strictly to UTF-8 (INVALID_ENCODING otherwise), the division
// check answered from config/divisions, the settings of golden/settings.yaml. What the kit adds
// on top (validating the case against the unified-case schema) is its own test,
// foreign_investment_conformance, registered when the gateway is part of the build.
#include "complaint_samples.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <vector>

namespace casegw::foreign_investment::testing {
namespace {

namespace fs = std::filesystem;

const fs::path golden_dir = FOREIGN_INVESTMENT_GOLDEN_DIR;

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

struct golden_request {
  std::string media_type, charset;  // charset canonical as the intake passes it: "" when none declared
  std::string body;                 // the raw bytes
};

// The labels the gateway's charset stage maps to each name (docs/charsets.md).
std::string canonical_charset(const std::string& label) {
  static const std::set<std::string> utf8{"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                                          "x-unicode20utf8"};
  static const std::set<std::string> gbk{"gbk",         "x-gbk",           "cp936",    "gb2312", "gb_2312", "gb_2312-80",
                                         "csgb2312", "csiso58gb231280", "iso-ir-58", "chinese"};
  if (utf8.contains(label)) return "utf-8";
  if (gbk.contains(label)) return "gbk";
  return label;
}

// "<Name>: <value>\n" lines, one empty line, then the body bytes exactly.
golden_request read_http(const fs::path& file) {
  const std::string text = read_file(file.string());
  const std::size_t end = text.find("\n\n");
  if (end == std::string::npos) throw std::runtime_error(file.string() + ": no empty line after the headers");
  golden_request r;
  r.body = text.substr(end + 2);
  std::string_view headers(text.data(), end + 1);
  while (!headers.empty()) {
    const std::string_view line = headers.substr(0, headers.find('\n'));
    headers.remove_prefix(line.size() + 1);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || lower(std::string(line.substr(0, colon))) != "content-type") continue;
    const std::string value(line.substr(colon + 1));
    r.media_type = lower(trimmed(value.substr(0, value.find(';'))));
    if (const std::size_t at = lower(value).find("charset="); at != std::string::npos) {
      std::string label = trimmed(value.substr(at + 8, value.find(';', at) - at - 8));
      label.erase(std::remove(label.begin(), label.end(), '"'), label.end());
      r.charset = canonical_charset(lower(label));
    }
  }
  return r;
}

// golden/settings.yaml: a flat map of plain scalars.
std::map<std::string, std::string> golden_settings() {
  std::map<std::string, std::string> settings;
  std::istringstream lines(read_file((golden_dir / "settings.yaml").string()));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    std::string value = trimmed(std::string_view(line).substr(colon + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    settings[trimmed(std::string_view(line).substr(0, colon))] = value;
  }
  return settings;
}

// Every code of config/divisions, with provinces and prefectures also in their 6-digit form.
std::set<std::string> official_divisions() {
  std::set<std::string> codes;
  for (const char* file : {"provinces.csv", "cities.csv", "areas.csv", "streets-chongqing.csv", "villages-chongqing.csv"}) {
    std::istringstream lines(read_file(std::string(CASEGW_DIVISIONS_DIR) + "/" + file));
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) {
      std::string code = line.substr(0, line.find(','));
      if (code.size() == 2) code += "0000";
      if (code.size() == 4) code += "00";
      codes.insert(code);
    }
  }
  return codes;
}

struct outcome {
  std::optional<boost::json::value> adapter_case;
  std::string code, field;
};

outcome replay(const golden_request& request) {
  complaint_host host(golden_settings());
  static const std::set<std::string> divisions = official_divisions();
  host.known_divisions(divisions);
  const casegw_plugin& d = host.descriptor();
  const auto declared = [](const char* const* list, std::size_t n, const std::string& item) {
    return std::find(list, list + n, item) != list + n;
  };
  if (!declared(d.media_types, d.media_type_count, request.media_type)) return {{}, "UNSUPPORTED_MEDIA_TYPE", ""};
  if (!request.charset.empty() && !declared(d.charsets, d.charset_count, request.charset)) return {{}, "UNSUPPORTED_CHARSET", ""};

  std::optional<std::string> utf8 = request.body;
  if (request.charset == "gbk" || request.charset == "gb18030") utf8 = gb18030_to_utf8(request.body);
  if (!utf8) return {{}, "INVALID_ENCODING", ""};

  const auto r = decode(host, *utf8, request.charset);
  if (r.status != CASEGW_OK) return {{}, r.code, r.field};
  return {boost::json::parse(r.output), "", ""};
}

std::vector<std::string> golden_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(golden_dir))
    if (entry.path().extension() == ".http") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class ForeignInvestmentGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(ForeignInvestmentGolden, DecodesAsExpected) {
  const std::string name = GetParam();
  const auto expected = boost::json::parse(read_file((golden_dir / (name + ".expected.json")).string())).as_object();
  const outcome actual = replay(read_http(golden_dir / (name + ".http")));
  if (expected.contains("case")) {
    ASSERT_TRUE(actual.adapter_case) << actual.code << " " << actual.field;
    EXPECT_EQ(*actual.adapter_case, expected.at("case")) << boost::json::serialize(*actual.adapter_case);
  } else {
    const auto& error = expected.at("error").as_object();
    ASSERT_FALSE(actual.adapter_case) << "decoded, expected " << error.at("code");
    EXPECT_EQ(actual.code, error.at("code").as_string());
    if (error.contains("field")) {
      EXPECT_EQ(actual.field, error.at("field").as_string());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ForeignInvestmentGolden, ::testing::ValuesIn(golden_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string id = "case_" + info.param;
                           std::replace(id.begin(), id.end(), '-', '_');
                           return id;
                         });

TEST(ForeignInvestmentGoldenSet, CoversTheKindsClassesCharsetsAndEveryRejectionCode) {
  std::set<std::string> kinds, classes, charsets, codes;
  std::size_t cases = 0;
  for (const std::string& name : golden_names()) {
    ++cases;
    const auto expected = boost::json::parse(read_file((golden_dir / (name + ".expected.json")).string())).as_object();
    charsets.insert(read_http(golden_dir / (name + ".http")).charset);
    if (expected.contains("error")) {
      codes.insert(std::string(expected.at("error").at("code").as_string()));
      continue;
    }
    const auto& c = expected.at("case").as_object();
    kinds.insert(std::string(c.at("kind").as_string()));
    if (c.contains("handling") && c.at("handling").as_object().contains("class"))
      classes.insert(std::string(c.at("handling").at("class").as_string()));
  }
  EXPECT_GE(cases, 15u);
  EXPECT_EQ(kinds, (std::set<std::string>{"complaint", "suggestion", "consultation", "help"}));
  EXPECT_EQ(classes, (std::set<std::string>{"handed_down", "supervised", "verification"}));
  EXPECT_TRUE(charsets.contains("gbk") && charsets.contains("gb18030") && charsets.contains("utf-8") && charsets.contains(""));
  for (const char* code : {"MALFORMED_BODY", "UNSUPPORTED_VERSION", "MISSING_FIELD", "WRONG_TYPE", "INVALID_FIELD",
                           "UNKNOWN_KIND", "INVALID_DATE", "INVALID_REGION_CODE", "FIELD_TOO_LONG", "DUPLICATE_FIELD",
                           "INVALID_ENCODING", "UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_CHARSET"})
    EXPECT_TRUE(codes.contains(code)) << code;
}

TEST(ForeignInvestmentGoldenSet, EveryRequestHasItsExpectation) {
  for (const auto& entry : fs::directory_iterator(golden_dir)) {
    const std::string file = entry.path().filename().string();
    if (file == "settings.yaml") continue;
    const std::string stem = file.substr(0, file.find('.'));
    EXPECT_TRUE(fs::exists(golden_dir / (stem + ".http"))) << file;
    EXPECT_TRUE(fs::exists(golden_dir / (stem + ".expected.json"))) << file;
  }
}

}  // namespace
}  // namespace casegw::foreign_investment::testing
