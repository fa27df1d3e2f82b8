// A small streaming JSON writer for plugins: enough to emit a unified case or an event
// without pulling a JSON library into every adapter. Produces compact UTF-8 JSON.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::sdk {

class json_writer {
 public:
  json_writer& begin_object() { value_prefix(); out_ += '{'; stack_.push_back(true); return *this; }
  json_writer& end_object() { out_ += '}'; stack_.pop_back(); return *this; }
  json_writer& begin_array() { value_prefix(); out_ += '['; stack_.push_back(true); return *this; }
  json_writer& end_array() { out_ += ']'; stack_.pop_back(); return *this; }

  // Writes the key of the next member; the next call writes its value.
  json_writer& key(std::string_view k) {
    separator();
    append_string(k);
    out_ += ':';
    after_key_ = true;
    return *this;
  }

  json_writer& value(std::string_view s) { value_prefix(); append_string(s); return *this; }
  json_writer& value(const char* s) { return value(std::string_view(s)); }
  json_writer& value(bool b) { value_prefix(); out_ += b ? "true" : "false"; return *this; }
  json_writer& value(std::int64_t n) { value_prefix(); out_ += std::to_string(n); return *this; }
  json_writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
  json_writer& value(double d) {
    value_prefix();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    out_ += buf;
    return *this;
  }
  json_writer& null() { value_prefix(); out_ += "null"; return *this; }

  // Splices an already-serialized JSON value (trusted to be valid).
  json_writer& raw_value(std::string_view json) { value_prefix(); out_ += json; return *this; }

  const std::string& str() const noexcept { return out_; }
  std::string release() noexcept { return std::move(out_); }

 private:
  void separator() {
    if (stack_.empty()) return;
    if (!stack_.back()) out_ += ',';
    stack_.back() = false;
  }
  void value_prefix() {
    if (after_key_) { after_key_ = false; return; }
    separator();
  }
  void append_string(std::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out_ += buf;
          } else {
            out_ += static_cast<char>(c);  // UTF-8 passes through unchanged
          }
      }
    }
    out_ += '"';
  }

  std::string out_;
  std::vector<bool> stack_;  // per open container: true while it has no member yet
  bool after_key_ = false;
};

}  // namespace casegw::sdk
