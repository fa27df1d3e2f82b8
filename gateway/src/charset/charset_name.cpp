#include "charset/charset_name.hpp"

#include <array>
#include <cstddef>

namespace casegw::charset {
namespace {

struct label_entry {
  std::string_view label;  // lowercase
  charset_name charset;
};

// The WHATWG labels of UTF-8 and of its gbk/gb18030 encodings, plus "cp936" (Windows and Java
// spell GBK that way, and so do senders built on them).
constexpr std::array<label_entry, 17> known_labels{{
    {"utf-8", charset_name::utf8},
    {"utf8", charset_name::utf8},
    {"unicode-1-1-utf-8", charset_name::utf8},
    {"unicode11utf8", charset_name::utf8},
    {"unicode20utf8", charset_name::utf8},
    {"x-unicode20utf8", charset_name::utf8},
    {"gbk", charset_name::gbk},
    {"x-gbk", charset_name::gbk},
    {"cp936", charset_name::gbk},
    {"gb2312", charset_name::gbk},
    {"gb_2312", charset_name::gbk},
    {"gb_2312-80", charset_name::gbk},
    {"csgb2312", charset_name::gbk},
    {"csiso58gb231280", charset_name::gbk},
    {"iso-ir-58", charset_name::gbk},
    {"chinese", charset_name::gbk},
    {"gb18030", charset_name::gb18030},
}};

bool is_ascii_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

std::string_view trim_ascii_whitespace(std::string_view text) {
  while (!text.empty() && is_ascii_whitespace(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_whitespace(text.back())) text.remove_suffix(1);
  return text;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Only ASCII letters fold: a label with non-ASCII bytes never matches (no locale involved).
bool equals_ascii_case_insensitive(std::string_view text, std::string_view lowercase) {
  if (text.size() != lowercase.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != lowercase[i]) return false;
  }
  return true;
}

}  // namespace

charset_name canonical(std::string_view label) {
  const std::string_view trimmed = trim_ascii_whitespace(label);
  for (const label_entry& entry : known_labels) {
    if (equals_ascii_case_insensitive(trimmed, entry.label)) return entry.charset;
  }
  return charset_name::unknown;
}

std::string_view name_of(charset_name charset) {
  switch (charset) {
    case charset_name::utf8: return "utf-8";
    case charset_name::gbk: return "gbk";
    case charset_name::gb18030: return "gb18030";
    case charset_name::unknown: break;
  }
  return "unknown";
}

}  // namespace casegw::charset
