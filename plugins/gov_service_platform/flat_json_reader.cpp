// flat_message::parse: one pass of Boost.JSON's SAX parser that keeps the top level of the
// object and nothing below it. Values nested deeper (an object as a value, an array inside an
// array) are remembered only by their kind, so an accessor can refuse them by key, while
// unknown fields of any shape are skipped: a later interface release may add fields.
#include "flat_message.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/basic_parser_impl.hpp>

namespace casegw::gov_service_platform {

using boost::system::error_code;

// The SAX handler. Depth 0 is outside the document, 1 inside the top-level object, 2 inside a
// top-level value that is an array or an object.
class flat_json_reader {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  explicit flat_json_reader(flat_message& out) : out_(out) {}

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }

  bool on_object_begin(error_code&) { return enter(json_kind::object); }
  bool on_array_begin(error_code&) { return enter(json_kind::array); }
  bool on_object_end(std::size_t, error_code&) { return leave(); }
  bool on_array_end(std::size_t, error_code&) { return leave(); }

  bool on_key_part(std::string_view part, std::size_t, error_code&) {
    if (depth_ == 1) key_.append(part);
    return true;
  }
  bool on_key(std::string_view part, std::size_t, error_code&) {
    if (depth_ == 1) {
      key_.append(part);
      begin_field();
    }
    return true;
  }

  bool on_string_part(std::string_view part, std::size_t, error_code&) {
    text_.append(part);
    return true;
  }
  bool on_string(std::string_view part, std::size_t, error_code&) {
    text_.append(part);
    record(json_kind::string);
    text_.clear();
    return true;
  }
  bool on_number_part(std::string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, std::string_view, error_code&) { return record(json_kind::number); }
  bool on_uint64(std::uint64_t, std::string_view, error_code&) { return record(json_kind::number); }
  bool on_double(double, std::string_view, error_code&) { return record(json_kind::number); }
  bool on_bool(bool, error_code&) { return record(json_kind::boolean); }
  bool on_null(error_code&) { return record(json_kind::null); }

  // Comments are refused by the default parse options before these could be called.
  bool on_comment_part(std::string_view, error_code&) { return true; }
  bool on_comment(std::string_view, error_code&) { return true; }

 private:
  static sdk::rejection not_an_object() { return sdk::malformed_body("one JSON object in valid UTF-8"); }

  bool in_top_level_array() const { return depth_ == 2 && field_->kind == json_kind::array; }

  void begin_field() {
    const auto [it, inserted] = out_.fields_.try_emplace(key_);
    if (!inserted) throw sdk::duplicate_field(key_);
    field_ = &it->second;
    key_.clear();
  }

  // A value of this kind starts inside the document: a field's value at depth 1, an element of
  // a field's array at depth 2; deeper values are skipped. At depth 0 nothing but the document
  // itself may start, and only as an object (enter()).
  bool record(json_kind kind) {
    if (depth_ == 0) throw not_an_object();
    if (depth_ == 1) {
      field_->kind = kind;
      if (kind == json_kind::string) field_->text = text_;
    } else if (in_top_level_array()) {
      field_->elements.push_back({kind, kind == json_kind::string ? text_ : std::string()});
    }
    return true;
  }

  bool enter(json_kind kind) {
    if (depth_ > 0) record(kind);
    else if (kind != json_kind::object) throw not_an_object();
    ++depth_;
    return true;
  }
  bool leave() {
    --depth_;
    return true;
  }

  flat_message& out_;
  flat_value* field_ = nullptr;
  std::string key_, text_;
  int depth_ = 0;
};

flat_message flat_message::parse(std::string_view json) {
  flat_message message;
  // Default options: strict JSON (no comments, no trailing commas), valid UTF-8 only, depth 32.
  boost::json::basic_parser<flat_json_reader> parser(boost::json::parse_options{}, message);
  error_code ec;
  const std::size_t used = parser.write_some(false, json.data(), json.size(), ec);
  if (ec || used != json.size()) throw sdk::malformed_body("one JSON object in valid UTF-8");
  return message;
}

}  // namespace casegw::gov_service_platform
