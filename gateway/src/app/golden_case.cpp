#include "app/golden_case.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace casegw::app {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

std::optional<std::string> read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Headers up to the first empty line; the body is everything after it, byte for byte.
std::optional<std::string> parse_request(const std::string& text, golden_case& out) {
  std::size_t pos = 0;
  while (true) {
    const std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) return "no empty line between the headers and the body";
    const std::string_view line = trim(std::string_view(text).substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) break;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return "header line without 'Name: value'";
    out.headers.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  }
  out.body = text.substr(pos);
  return std::nullopt;
}

std::optional<std::string> parse_expectation(const std::string& text, golden_expectation& out) {
  boost::system::error_code ec;
  const json::value doc = json::parse(text, ec);
  if (ec || !doc.is_object()) return "not a JSON object";
  const auto& root = doc.get_object();
  if (root.size() != 1 || (!root.contains("case") && !root.contains("error")))
    return R"(must hold exactly one of "case" or "error")";
  if (const auto* c = root.if_contains("case")) {
    if (!c->is_object()) return R"("case" must be an object)";
    out.adapter_part = *c;
    return std::nullopt;
  }
  const auto* e = root.at("error").if_object();
  if (e == nullptr || !e->contains("code") || !e->at("code").is_string()) return R"("error" needs a string "code")";
  out.error_code = e->at("code").as_string().c_str();
  if (const auto* f = e->if_contains("field")) {
    if (!f->is_string()) return R"("error.field" must be a string)";
    out.error_field = std::string(f->as_string().c_str());
  }
  return std::nullopt;
}

std::optional<golden_case> load_one(const fs::path& request_file, std::vector<std::string>& problems) {
  golden_case out;
  out.name = request_file.stem().string();
  const fs::path expected_file = request_file.parent_path() / (out.name + ".expected.json");
  const auto request = read_bytes(request_file);
  const auto expected = read_bytes(expected_file);
  if (!request) problems.push_back(request_file.string() + ": cannot be read");
  if (!expected) problems.push_back(expected_file.string() + ": missing or unreadable");
  if (!request || !expected) return std::nullopt;
  if (auto problem = parse_request(*request, out)) {
    problems.push_back(request_file.string() + ": " + *problem);
    return std::nullopt;
  }
  if (auto problem = parse_expectation(*expected, out.expected)) {
    problems.push_back(expected_file.string() + ": " + *problem);
    return std::nullopt;
  }
  return out;
}

}  // namespace

golden_load_result load_golden_cases(const fs::path& directory) {
  golden_load_result result;
  std::error_code ec;
  std::vector<fs::path> requests;
  for (const auto& entry : fs::directory_iterator(directory, ec))
    if (entry.path().extension() == ".http") requests.push_back(entry.path());
  if (ec) {
    result.problems.push_back(directory.string() + ": " + ec.message());
    return result;
  }
  std::sort(requests.begin(), requests.end());
  for (const auto& file : requests)
    if (auto c = load_one(file, result.problems)) result.cases.push_back(std::move(*c));
  return result;
}

}  // namespace casegw::app
