// Strict JSON for wire payloads: RFC 8259 and nothing a lenient reader would guess at.
//
//   parse_strict_object(text)  one JSON object in valid UTF-8, no comments, no trailing commas,
//                              no trailing data, nested at most `max_depth` deep -> else
//                              MALFORMED_BODY; no object with the same key twice -> else
//                              DUPLICATE_FIELD naming the key's dotted path
//                              ("submission.attachments[1].url").
//
// Duplicate keys are refused rather than resolved: JSON leaves their meaning open and readers
// differ (Boost.JSON keeps the last, Jackson on a platform's side may keep the first), so a body
// signed or screened by one reader could say something else to the next.
//
// One pass: Boost.JSON's SAX parser feeds a value_stack (exactly what boost::json::parse does)
// while the handler tracks the open containers' keys; it stops at the first repeated key. The
// refusals name paths only, never values, which may be a reporter's personal data.
//
// Optional SDK layer: it needs the Boost.JSON headers, and the plugin compiles Boost.JSON into
// itself once (a translation unit with `#include <boost/json/src.hpp>`, see
// docs/writing-a-plugin.md "Reading JSON payloads").
#pragma once

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::sdk::json {

struct strict_options {
  // Completes the MALFORMED_BODY message "the body is not <expected>".
  std::string_view expected = "a JSON object";
  // Deeper nesting is MALFORMED_BODY: no payload needs it, and it costs the parser stack.
  std::size_t max_depth = 32;
  // A UTF-8 byte order mark before the object is skipped (it marks the encoding, it is not
  // content); when false it is MALFORMED_BODY like any other byte before the '{'.
  bool skip_byte_order_mark = false;
  // Keys repeated strictly below this dotted path ("data.items" passes over a repeat inside
  // "data.items[0]", not one in "data" itself) are not refused here: for documents whose parts
  // are cut out and checked on their own later. Boost.JSON keeps the last value of such a key.
  std::string_view duplicates_checked_below = {};
};

namespace detail {

// The SAX handler: builds the value like boost::json::parse and follows the open containers to
// name the first key that repeats, and refuses a top level that is not an object at its first token.
class strict_object_handler {
 public:
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();

  explicit strict_object_handler(std::string_view checked_below) : checked_below_(checked_below) {}

  boost::json::value_stack stack;
  std::optional<std::string> duplicate_path;
  bool top_level_not_object = false;

  bool on_document_begin(boost::system::error_code&) {
    stack.reset();
    return true;
  }
  bool on_document_end(boost::system::error_code&) { return true; }

  bool on_object_begin(boost::system::error_code&) { return open(false); }
  bool on_object_end(std::size_t n, boost::system::error_code&) {
    stack.push_object(n);
    return close();
  }
  bool on_array_begin(boost::system::error_code&) { return open(true); }
  bool on_array_end(std::size_t n, boost::system::error_code&) {
    stack.push_array(n);
    return close();
  }

  bool on_key_part(std::string_view part, std::size_t, boost::system::error_code&) {
    key_.append(part);
    stack.push_chars(part);
    return true;
  }
  bool on_key(std::string_view part, std::size_t, boost::system::error_code&) {
    key_.append(part);
    container& object = open_.back();
    object.key = std::move(key_);
    key_.clear();
    if (!object.keys.insert(object.key).second) {
      std::string path = current_path();
      if (!is_checked_elsewhere(path)) {
        duplicate_path = std::move(path);
        return false;  // stop at the first one that counts
      }
    }
    stack.push_key(part);
    return true;
  }

  bool on_string_part(std::string_view part, std::size_t, boost::system::error_code&) {
    if (!scalar_allowed()) return false;
    stack.push_chars(part);
    return true;
  }
  bool on_string(std::string_view part, std::size_t, boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_string(part);
    return true;
  }
  bool on_number_part(std::string_view, boost::system::error_code&) { return scalar_allowed(); }
  bool on_int64(std::int64_t v, std::string_view, boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_int64(v);
    return true;
  }
  bool on_uint64(std::uint64_t v, std::string_view, boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_uint64(v);
    return true;
  }
  bool on_double(double v, std::string_view, boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_double(v);
    return true;
  }
  bool on_bool(bool v, boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_bool(v);
    return true;
  }
  bool on_null(boost::system::error_code&) {
    if (!scalar()) return false;
    stack.push_null();
    return true;
  }
  // Comments are refused by the default parse options before these could be called.
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }

 private:
  struct container {
    bool is_array = false;
    std::size_t index = 0;       // arrays: the element being read (valid once one started)
    bool started = false;        // arrays: whether an element has started
    std::string key;             // objects: the key whose value is being read
    std::set<std::string> keys;  // objects: the keys seen so far
  };

  // A value starts: at the top only an object may; inside an array it is the next element.
  bool scalar_allowed() {
    if (open_.empty()) {
      top_level_not_object = true;
      return false;
    }
    return true;
  }
  bool scalar() {
    if (!scalar_allowed()) return false;
    next_element();
    return true;
  }
  void next_element() {
    container& parent = open_.back();
    if (!parent.is_array) return;
    if (parent.started) ++parent.index;
    parent.started = true;
  }
  bool open(bool is_array) {
    if (open_.empty()) {
      if (is_array) {
        top_level_not_object = true;
        return false;
      }
    } else {
      next_element();
    }
    open_.emplace_back().is_array = is_array;
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  // "a.b[2].c": each open container's step down, ending with the current key.
  std::string current_path() const {
    std::string path;
    for (std::size_t i = 0; i < open_.size(); ++i) {
      const container& c = open_[i];
      if (c.is_array) {
        path += '[';
        path += std::to_string(c.index);
        path += ']';
      } else {
        if (!path.empty()) path += '.';
        path += c.key;
      }
    }
    return path;
  }

  bool is_checked_elsewhere(const std::string& path) const {
    const std::string_view below = checked_below_;
    if (below.empty() || path.size() <= below.size() || path.compare(0, below.size(), below) != 0) return false;
    return path[below.size()] == '.' || path[below.size()] == '[';
  }

  std::string_view checked_below_;
  std::vector<container> open_;
  std::string key_;
};

}  // namespace detail

// The text as a JSON object (value.is_object() holds). Throws MALFORMED_BODY ("the body is not
// <options.expected>") or DUPLICATE_FIELD naming the first key that appears twice in one object.
// A repeated key ends the reading where it stands, so a body with both a repeated key and a
// syntax error later on is refused for the key.
inline boost::json::value parse_strict_object(std::string_view text, const strict_options& options = {}) {
  constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
  if (options.skip_byte_order_mark && text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());

  boost::json::parse_options parse_options;  // strict: no comments, no trailing commas, valid UTF-8 only
  parse_options.max_depth = options.max_depth;
  boost::json::basic_parser<detail::strict_object_handler> parser(parse_options, options.duplicates_checked_below);
  boost::system::error_code ec;
  const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
  if (auto& duplicate = parser.handler().duplicate_path) throw duplicate_field(std::move(*duplicate));
  if (ec || used != text.size() || parser.handler().top_level_not_object) throw malformed_body(options.expected);
  return parser.handler().stack.release();
}

}  // namespace casegw::sdk::json
