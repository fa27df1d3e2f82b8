#include "json_slices.hpp"

#include <boost/json/parse.hpp>

namespace casegw::state_council {

namespace {

// A cursor over valid JSON text; each skip_* stops on the first byte after what it skipped.
class json_scanner {
 public:
  explicit json_scanner(std::string_view text) : text_(text) {}

  std::size_t position() const noexcept { return pos_; }
  char peek() const noexcept { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void advance() noexcept { ++pos_; }

  void skip_whitespace() noexcept {
    while (pos_ < text_.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }

  // A string token, quotes included; returns its raw text.
  std::string_view skip_string() noexcept {
    const std::size_t begin = pos_++;
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;
    return text_.substr(begin, pos_ - begin);
  }

  // Any value. Inside containers strings are skipped as tokens, so brackets in them do not count.
  void skip_value() noexcept {
    if (peek() == '"') {
      skip_string();
      return;
    }
    if (peek() != '{' && peek() != '[') {  // number, true, false, null
      while (pos_ < text_.size() && !is_scalar_end(peek())) ++pos_;
      return;
    }
    int depth = 0;
    do {
      const char c = peek();
      if (c == '"') {
        skip_string();
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') --depth;
      ++pos_;
    } while (depth > 0 && pos_ < text_.size());
  }

  // Inside an object (just after '{'): moves to the value of `key`; false when it is absent.
  bool find_member(std::string_view key) {
    while (true) {
      skip_whitespace();
      if (peek() != '"') return false;  // '}': no more members
      const bool match = decoded_key(skip_string()) == key;
      skip_whitespace();
      advance();  // ':'
      skip_whitespace();
      if (match) return true;
      skip_value();
      skip_whitespace();
      if (peek() == ',') advance();
    }
  }

 private:
  static bool is_scalar_end(char c) noexcept {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  // Keys may be written with escapes ("d\u0061ta"); compare what they say.
  static std::string decoded_key(std::string_view token) {
    if (token.find('\\') == std::string_view::npos) return std::string(token.substr(1, token.size() - 2));
    return std::string(boost::json::parse(token).get_string());
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<std::vector<std::string_view>> array_elements_at(std::string_view json,
                                                                std::initializer_list<std::string_view> path) {
  json_scanner scan(json);
  for (std::string_view key : path) {
    scan.skip_whitespace();
    if (scan.peek() != '{') return std::nullopt;
    scan.advance();
    if (!scan.find_member(key)) return std::nullopt;
  }
  scan.skip_whitespace();
  if (scan.peek() != '[') return std::nullopt;
  scan.advance();
  std::vector<std::string_view> elements;
  while (true) {
    scan.skip_whitespace();
    if (scan.peek() == ']') return elements;
    const std::size_t begin = scan.position();
    scan.skip_value();
    elements.push_back(json.substr(begin, scan.position() - begin));
    scan.skip_whitespace();
    if (scan.peek() == ',') scan.advance();
  }
}

}  // namespace casegw::state_council
