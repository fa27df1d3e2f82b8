// The input format of the adapter targets: the golden-case format (plugins/<id>/golden/*.http,
// docs/writing-a-plugin.md): "Name: value" header lines, one empty line, then the body
// exactly. The golden cases are therefore seeds as they are, and the fuzzer mutates the
// Content-Type (media type and charset) as well as the body.
#pragma once

#include "fuzz_check.hpp"

#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::fuzz {

struct http_sample {
  std::vector<std::pair<std::string, std::string>> headers;  // as written, values trimmed
  std::string media_type;  // lowercased, without parameters
  std::string charset;     // lowercased charset parameter, "" when none
  std::string_view body;   // points into the input
};

inline std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\"");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\"") - begin + 1);
}

// Headers end at the first empty line ("\n\n" or "\r\n\r\n"); no empty line: all body.
inline http_sample parse_http_sample(std::string_view input) {
  http_sample sample;
  const auto lf = input.find("\n\n");
  const auto crlf = input.find("\r\n\r\n");
  std::size_t header_end = std::string_view::npos, body_start = 0;
  if (lf != std::string_view::npos && (crlf == std::string_view::npos || lf < crlf)) header_end = lf, body_start = lf + 2;
  else if (crlf != std::string_view::npos) header_end = crlf, body_start = crlf + 4;
  if (header_end == std::string_view::npos) {
    sample.body = input;
    return sample;
  }
  sample.body = input.substr(body_start);
  std::string_view lines = input.substr(0, header_end);
  while (!lines.empty()) {
    const auto eol = lines.find('\n');
    const std::string_view line = lines.substr(0, eol);
    lines.remove_prefix(eol == std::string_view::npos ? lines.size() : eol + 1);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    sample.headers.emplace_back(name, std::string(value));
    if (lowercase(name) != "content-type") continue;
    const std::string lowered = lowercase(value);
    sample.media_type = std::string(trim(std::string_view(lowered).substr(0, lowered.find(';'))));
    if (const auto at = lowered.find("charset="); at != std::string::npos) {
      const std::string_view rest = std::string_view(lowered).substr(at + 8);
      sample.charset = std::string(trim(rest.substr(0, rest.find(';'))));
    }
  }
  return sample;
}

// A header's value by name (ASCII case-insensitive), or "" when absent.
inline std::string header_value(const http_sample& sample, std::string_view name) {
  for (const auto& [n, v] : sample.headers)
    if (lowercase(n) == lowercase(name)) return v;
  return {};
}

// The flat "key: value" settings of plugins/<id>/golden/settings.yaml, so that the targets run
// each adapter with the settings its golden cases run with.
// A missing file gives no settings (the adapter's defaults).
inline std::map<std::string, std::string> read_flat_settings(const std::string& path) {
  std::map<std::string, std::string> settings;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const auto colon = line.find(':');
    if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
    settings[std::string(trim(std::string_view(line).substr(0, colon)))] =
        std::string(trim(std::string_view(line).substr(colon + 1)));
  }
  return settings;
}

}  // namespace casegw::fuzz
