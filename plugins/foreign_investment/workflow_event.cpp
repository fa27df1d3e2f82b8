#include "workflow_event.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <vector>

namespace casegw::foreign_investment {

namespace {

using boost::system::error_code;
using value_kind = workflow_event::value_kind;

// A SAX handler (boost::json::basic_parser) that keeps the root object's members and stops at
// the first repeated key of any object.
struct top_level_reader {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  struct container {
    bool is_object = false;
    std::set<std::string> keys;
  };

  std::map<std::string, workflow_event::member, std::less<>> members;
  std::vector<container> open;
  std::string key_parts, text_parts, key;
  bool root_is_object = false;
  bool repeated_key = false;

  // A value starts here; it is a member of the root object when exactly that object is open.
  bool value(value_kind kind, std::string text = {}) {
    if (open.size() == 1 && open.front().is_object) members[key] = {kind, std::move(text)};
    return true;
  }
  bool begin(bool is_object) {
    if (open.empty()) root_is_object = is_object; else value(value_kind::other);
    open.push_back({is_object, {}});
    return true;
  }
  bool end() { open.pop_back(); return true; }

  bool on_object_begin(error_code&) { return begin(true); }
  bool on_array_begin(error_code&) { return begin(false); }
  bool on_object_end(std::size_t, error_code&) { return end(); }
  bool on_array_end(std::size_t, error_code&) { return end(); }
  bool on_key_part(std::string_view part, std::size_t, error_code&) { key_parts.append(part); return true; }
  bool on_key(std::string_view part, std::size_t, error_code&) {
    key = std::move(key_parts.append(part));
    key_parts.clear();
    repeated_key = !open.back().keys.insert(key).second;
    return !repeated_key;
  }
  bool on_string_part(std::string_view part, std::size_t, error_code&) { text_parts.append(part); return true; }
  bool on_string(std::string_view part, std::size_t, error_code&) {
    std::string text = std::move(text_parts.append(part));
    text_parts.clear();
    return value(value_kind::string, std::move(text));
  }
  bool on_int64(std::int64_t, std::string_view, error_code&) { return value(value_kind::other); }
  bool on_uint64(std::uint64_t, std::string_view, error_code&) { return value(value_kind::other); }
  bool on_double(double, std::string_view, error_code&) { return value(value_kind::other); }
  bool on_bool(bool, error_code&) { return value(value_kind::other); }
  bool on_null(error_code&) { return value(value_kind::null); }
  bool on_number_part(std::string_view, error_code&) { return true; }
  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_comment_part(std::string_view, error_code&) { return true; }
  bool on_comment(std::string_view, error_code&) { return true; }
};

}  // namespace

workflow_event workflow_event::parse(std::string_view json) {
  // Default options: strict JSON (no comments, no trailing commas), invalid UTF-8 refused.
  boost::json::basic_parser<top_level_reader> parser(boost::json::parse_options{});
  error_code ec;
  const std::size_t used = parser.write_some(false, json.data(), json.size(), ec);
  top_level_reader& reader = parser.handler();
  if (ec || used != json.size() || !reader.root_is_object || reader.repeated_key)
    throw sdk::rejection(sdk::code::malformed_body, "", "the event is not one JSON object with unique keys");
  workflow_event event;
  event.members_ = std::move(reader.members);
  return event;
}

std::optional<std::string> workflow_event::optional_string(std::string_view key) const {
  const auto it = members_.find(key);
  if (it == members_.end() || it->second.kind == value_kind::null) return std::nullopt;
  if (it->second.kind != value_kind::string) throw sdk::wrong_type(std::string(key), "a JSON string");
  return it->second.text;
}

std::string workflow_event::required_string(std::string_view key) const {
  auto text = optional_string(key);
  if (!text || text->empty()) throw sdk::missing_field(std::string(key));
  return *std::move(text);
}

}  // namespace casegw::foreign_investment
