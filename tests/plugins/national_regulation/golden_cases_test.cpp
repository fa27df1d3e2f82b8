// Replays plugins/national_regulation/golden the way the conformance kit (`casegw conformance`)
// does, for builds without the kit: Content-Type against the plugin's declared media types and
// charsets, the gateway's strict conversion to UTF-8, the adapter through the fake host with
// golden/settings.yaml and the official division list (config/divisions), then the gateway's own
// unified-case validator. Each case must end exactly as its .expected.json says.
#include "national_regulation_adapter.hpp"

#include "charset/to_utf8.hpp"
#include "unified_case/case_validator.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <vector>
#include <sstream>

namespace casegw::national_regulation::testing {
namespace {

namespace fs = std::filesystem;
using boost::json::value;

const fs::path golden_dir = NATIONAL_REGULATION_GOLDEN_DIR;
const fs::path divisions_dir = NATIONAL_REGULATION_DIVISIONS_DIR;

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trimmed(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\"");
  const auto end = text.find_last_not_of(" \t\r\"");
  return begin == std::string_view::npos ? "" : std::string(text.substr(begin, end - begin + 1));
}

// "key: value" lines of golden/settings.yaml (flat, plain scalars).
std::map<std::string, std::string> golden_settings() {
  std::map<std::string, std::string> settings;
  std::istringstream lines(read_file(golden_dir / "settings.yaml"));
  for (std::string line; std::getline(lines, line);) {
    const auto colon = line.find(':');
    if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
    settings[trimmed(line.substr(0, colon))] = trimmed(line.substr(colon + 1));
  }
  return settings;
}

// Every province (PP0000), prefecture (PPCC00), county, town and village code of the data.
std::set<std::string> official_divisions() {
  std::set<std::string> codes;
  for (const auto& [file, suffix] : {std::pair{"provinces.csv", "0000"}, std::pair{"cities.csv", "00"}, std::pair{"areas.csv", ""},
                                     std::pair{"streets-chongqing.csv", ""}, std::pair{"villages-chongqing.csv", ""}}) {
    std::istringstream lines(read_file(divisions_dir / file));
    std::string line;
    std::getline(lines, line);  // the column names
    while (std::getline(lines, line))
      if (!line.empty()) codes.insert(line.substr(0, line.find(',')) + suffix);
  }
  return codes;
}

bool declares(const char* const* list, std::size_t count, std::string_view wanted) {
  return std::any_of(list, list + count, [&](const char* item) { return wanted == item; });
}

struct outcome {
  value adapter_part;  // null unless the case was accepted
  std::string code, field;
};

// What the gateway does with the request before, during and after decode().
outcome replay(const std::string& request, sdk::testing::fake_host<national_regulation_adapter>& host) {
  const auto blank_line = request.find("\n\n");
  std::istringstream header_lines(request.substr(0, blank_line));
  std::string body = request.substr(blank_line + 2), content_type;
  for (std::string line; std::getline(header_lines, line);)
    if (lowercase(line).starts_with("content-type:")) content_type = line.substr(13);

  sdk::testing::fake_request r;
  r.media_type = lowercase(trimmed(content_type.substr(0, content_type.find(';'))));
  if (const auto at = lowercase(content_type).find("charset="); at != std::string::npos)
    r.charset = lowercase(trimmed(content_type.substr(at + 8)));
  const casegw_plugin& plugin = host.descriptor();
  if (!declares(plugin.media_types, plugin.media_type_count, r.media_type)) return {nullptr, "UNSUPPORTED_MEDIA_TYPE", ""};
  const auto declared = charset::canonical(r.charset.empty() ? "utf-8" : r.charset);
  if (!declares(plugin.charsets, plugin.charset_count, charset::name_of(declared))) return {nullptr, "UNSUPPORTED_CHARSET", ""};
  auto converted = charset::to_utf8(body, declared);
  if (!converted.ok()) return {nullptr, converted.error->code, ""};
  r.body = std::move(converted.text);

  const auto decoded = host.decode(r);
  if (decoded.status != CASEGW_OK) return {nullptr, decoded.code, decoded.field};
  const auto validated = unified_case::validate_adapter_output(decoded.output);
  if (!validated.ok()) return {nullptr, validated.error->code, validated.error->field};
  return {*validated.adapter_part, "", ""};
}

std::vector<std::string> golden_case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(golden_dir))
    if (entry.path().extension() == ".http") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class NationalRegulationGolden : public ::testing::TestWithParam<std::string> {
 protected:
  // One host for every case, like one configured channel; the division list is read once.
  static void SetUpTestSuite() {
    host_ = new sdk::testing::fake_host<national_regulation_adapter>(golden_settings());
    host_->known_divisions(official_divisions());
  }
  static void TearDownTestSuite() {
    delete host_;
    host_ = nullptr;
  }
  static sdk::testing::fake_host<national_regulation_adapter>* host_;
};
sdk::testing::fake_host<national_regulation_adapter>* NationalRegulationGolden::host_ = nullptr;

TEST_P(NationalRegulationGolden, EndsAsExpected) {
  const std::string& name = GetParam();
  const value expected = boost::json::parse(read_file(golden_dir / (name + ".expected.json")));
  const outcome got = replay(read_file(golden_dir / (name + ".http")), *host_);
  if (const auto* part = expected.as_object().if_contains("case")) {
    EXPECT_EQ(got.code, "") << got.field;
    EXPECT_EQ(got.adapter_part, *part);
    return;
  }
  const auto& error = expected.at("error").as_object();
  EXPECT_EQ(got.code, error.at("code").as_string()) << got.field;
  if (const auto* field = error.if_contains("field")) {
    EXPECT_EQ(got.field, field->as_string());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, NationalRegulationGolden, ::testing::ValuesIn(golden_case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(NationalRegulationGoldenSet, HoldsAtLeastFifteenCases) { EXPECT_GE(golden_case_names().size(), 15u); }

}  // namespace
}  // namespace casegw::national_regulation::testing
