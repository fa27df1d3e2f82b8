#include "support/test_response.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace casegw::test_support {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::size_t parse_number(std::string_view text, int base, const char* what) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (error != std::errc() || end == text.data()) throw std::runtime_error(std::string("bad ") + what);
  return value;
}

// Status line and fields; returns the offset just past the blank line, or npos.
std::size_t parse_head(std::string_view bytes, test_response& response) {
  const std::size_t end = bytes.find("\r\n\r\n");
  if (end == std::string_view::npos) return end;
  std::string_view lines = bytes.substr(0, end + 2);
  const std::size_t status_end = lines.find("\r\n");
  const std::string_view status_line = lines.substr(0, status_end);
  if (status_line.substr(0, 5) != "HTTP/" || status_line.size() < 12) throw std::runtime_error("bad status line");
  response.status = static_cast<int>(parse_number(status_line.substr(9, 3), 10, "status code"));
  lines.remove_prefix(status_end + 2);
  while (!lines.empty()) {
    const std::size_t line_end = lines.find("\r\n");
    const std::string_view line = lines.substr(0, line_end);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) throw std::runtime_error("bad header line");
    response.headers.push_back({std::string(line.substr(0, colon)), std::string(trim(line.substr(colon + 1)))});
    lines.remove_prefix(line_end + 2);
  }
  return end + 4;
}

// Decodes a chunked body starting at `at`; returns the offset past it, or npos if incomplete.
std::size_t parse_chunked(std::string_view bytes, std::size_t at, std::string& body) {
  for (;;) {
    const std::size_t size_end = bytes.find("\r\n", at);
    if (size_end == std::string_view::npos) return size_end;
    std::string_view size_text = bytes.substr(at, size_end - at);
    size_text = size_text.substr(0, size_text.find(';'));
    const std::size_t size = parse_number(trim(size_text), 16, "chunk size");
    at = size_end + 2;
    if (size == 0) {
      const std::size_t trailer_end = bytes.find("\r\n", at);  // no trailers expected
      return trailer_end == std::string_view::npos ? trailer_end : trailer_end + 2;
    }
    if (bytes.size() < at + size + 2) return std::string_view::npos;
    body.append(bytes.substr(at, size));
    at += size + 2;
  }
}

bool has_no_body(int status) { return status == 204 || status == 304 || (status >= 100 && status < 200); }

}  // namespace

std::string test_response::header(std::string_view name) const {
  for (const auto& field : headers) {
    if (iequals(field.name, name)) return field.value;
  }
  return {};
}

std::string test_response::error_code() const {
  boost::system::error_code ec;
  const auto document = boost::json::parse(body, ec);
  if (ec || !document.is_object()) return {};
  const auto* error = document.as_object().if_contains("error");
  if (error == nullptr || !error->is_object()) return {};
  const auto* code = error->as_object().if_contains("code");
  return code != nullptr && code->is_string() ? std::string(code->as_string()) : std::string();
}

std::optional<test_response> parse_http_response(std::string_view bytes, bool connection_closed,
                                                 std::size_t* consumed) {
  std::size_t start = 0;
  for (;;) {
    test_response response;
    const std::size_t head_size = parse_head(bytes.substr(start), response);
    if (head_size == std::string_view::npos) return std::nullopt;
    const std::size_t body_start = start + head_size;
    std::size_t end = body_start;
    if (response.status >= 100 && response.status < 200) {  // interim, e.g. 100 Continue
      start = body_start;
      continue;
    }
    if (has_no_body(response.status)) {
      end = body_start;
    } else if (iequals(response.header("Transfer-Encoding"), "chunked")) {
      end = parse_chunked(bytes, body_start, response.body);
      if (end == std::string_view::npos) return std::nullopt;
    } else if (const std::string length = response.header("Content-Length"); !length.empty()) {
      end = body_start + parse_number(length, 10, "Content-Length");
      if (bytes.size() < end) return std::nullopt;
      response.body = std::string(bytes.substr(body_start, end - body_start));
    } else {
      if (!connection_closed) return std::nullopt;
      end = bytes.size();
      response.body = std::string(bytes.substr(body_start));
    }
    if (consumed != nullptr) *consumed = end;
    return response;
  }
}

}  // namespace casegw::test_support
