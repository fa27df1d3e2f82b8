#include "support/exposition_samples.hpp"

#include <stdexcept>
#include <string>

namespace casegw::testing {
namespace {

// name{a="x",b="y\"z"} value
exposition_sample parse_line(std::string_view line) {
  exposition_sample sample;
  std::size_t at = line.find_first_of("{ ");
  if (at == std::string_view::npos) throw std::runtime_error("no value: " + std::string(line));
  sample.name = std::string(line.substr(0, at));
  if (line[at] == '{') {
    ++at;
    while (at < line.size() && line[at] != '}') {
      const auto eq = line.find('=', at);
      if (eq == std::string_view::npos || eq + 1 >= line.size() || line[eq + 1] != '"')
        throw std::runtime_error("bad label: " + std::string(line));
      const std::string key(line.substr(at, eq - at));
      std::string value;
      std::size_t i = eq + 2;
      for (; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) {
          ++i;
          value += line[i] == 'n' ? '\n' : line[i];
        } else {
          value += line[i];
        }
      }
      if (i >= line.size()) throw std::runtime_error("unterminated label: " + std::string(line));
      sample.labels[key] = value;
      at = i + 1;
      if (at < line.size() && line[at] == ',') ++at;
    }
    ++at;  // '}'
  }
  sample.value = std::stod(std::string(line.substr(at)));
  return sample;
}

}  // namespace

std::vector<exposition_sample> parse_exposition(std::string_view text) {
  std::vector<exposition_sample> samples;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    samples.push_back(parse_line(line));
  }
  return samples;
}

double sample_value(const std::vector<exposition_sample>& samples, std::string_view name,
                    const std::map<std::string, std::string>& labels) {
  for (const auto& s : samples)
    if (s.name == name && s.labels == labels) return s.value;
  return -1;
}

}  // namespace casegw::testing
