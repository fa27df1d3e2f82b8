#include "divisions/division_csv.hpp"

#include <optional>

namespace casegw::divisions {

namespace {

// Length of the valid UTF-8 prefix of s (RFC 3629: no overlongs, surrogates or code points
// beyond U+10FFFF); s.size() when all of it is valid.
std::size_t valid_utf8_prefix(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the first continuation byte
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + extra >= s.size()) return i;  // the character is cut off by the end of the line
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (d < low || d > high) : (d & 0xC0) != 0x80) return i;
    }
    i += extra + 1;
  }
  return s.size();
}

struct line_fields {
  std::vector<std::string> fields;
  std::optional<std::string> problem;
};

// Splits one line (without its line end) into fields.
line_fields split_line(std::string_view line) {
  line_fields out;
  std::size_t pos = 0;
  while (true) {
    std::string field;
    if (pos < line.size() && line[pos] == '"') {
      ++pos;
      bool closed = false;
      while (!closed) {
        const std::size_t quote = line.find('"', pos);
        if (quote == std::string_view::npos) break;
        field.append(line.substr(pos, quote - pos));
        if (quote + 1 < line.size() && line[quote + 1] == '"') {  // "" stands for one quote
          field += '"';
          pos = quote + 2;
        } else {
          pos = quote + 1;
          closed = true;
        }
      }
      if (!closed) {
        out.problem = "field " + std::to_string(out.fields.size() + 1) +
                      ": a quoted field is not closed on its line (a name may not hold a line break)";
        return out;
      }
      if (pos < line.size() && line[pos] != ',') {
        out.problem = "field " + std::to_string(out.fields.size() + 1) + ": text after the closing quote";
        return out;
      }
    } else {
      const std::size_t end = line.find(',', pos);
      field = std::string(line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
      if (field.find('"') != std::string::npos) {
        out.problem = "field " + std::to_string(out.fields.size() + 1) +
                      ": a quote inside an unquoted field (quote the whole field and double the quote)";
        return out;
      }
      pos = end == std::string_view::npos ? line.size() : end;
    }
    out.fields.push_back(std::move(field));
    if (pos >= line.size()) return out;
    ++pos;  // the comma; a comma at the very end starts one more, empty field
  }
}

std::string join(std::span<const std::string_view> names) {
  std::string text;
  for (const auto name : names) text += (text.empty() ? "" : ",") + std::string(name);
  return text;
}

}  // namespace

csv_reading parse_csv(std::string_view file, std::string_view text, std::span<const std::string_view> expected_header) {
  csv_reading out;
  const auto problem = [&](int line, std::string what) {
    out.problems.push_back({std::string(file), line, std::move(what)});
  };
  constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
  if (text.substr(0, byte_order_mark.size()) == byte_order_mark) text.remove_prefix(byte_order_mark.size());
  const std::string expected = join(expected_header);
  if (text.empty()) {
    problem(0, "the file is empty; expected the header row \"" + expected + "\"");
    return out;
  }

  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    ++number;
    const std::size_t newline = text.find('\n', start);
    std::string_view line = text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
    start = newline == std::string_view::npos ? text.size() : newline + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (number == 1) {
      if (line != expected) {
        problem(1, "the header row must be \"" + expected + "\"");
        return out;
      }
      continue;
    }
    if (const std::size_t valid = valid_utf8_prefix(line); valid != line.size()) {
      problem(number, "byte " + std::to_string(valid + 1) + " is not UTF-8 (save the file as UTF-8)");
      continue;
    }
    if (line.find('\r') != std::string_view::npos) {
      problem(number, "a carriage return inside the line");
      continue;
    }
    if (line.empty()) {
      problem(number, "an empty line");
      continue;
    }
    line_fields split = split_line(line);
    if (split.problem) {
      problem(number, *split.problem);
      continue;
    }
    if (split.fields.size() != expected_header.size()) {
      problem(number, std::to_string(split.fields.size()) + " fields; expected " +
                          std::to_string(expected_header.size()) + " (" + expected + ")");
      continue;
    }
    out.records.push_back({number, std::move(split.fields)});
  }
  return out;
}

}  // namespace casegw::divisions
