#include "strict_json.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace casegw::yukuaiban {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// One open object or array while the document is walked, and where in it the walk is.
struct open_container {
  bool is_array = false;
  std::size_t next_index = 0;   // arrays: index the next element gets
  std::string position;         // ".key" or "[index]" of the member being read
  std::set<std::string> keys;   // objects: keys seen so far
};

// A SAX handler that follows the document's structure only, to find the first repeated key
// and the dotted path to it. Scalar values are accepted as they are.
class duplicate_key_finder {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::optional<std::string> duplicate_path;

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) { return open(false); }
  bool on_object_end(std::size_t, boost::system::error_code&) { return close(); }
  bool on_array_begin(boost::system::error_code&) { return open(true); }
  bool on_array_end(std::size_t, boost::system::error_code&) { return close(); }
  bool on_key_part(std::string_view part, std::size_t, boost::system::error_code&) { key_.append(part); return true; }
  bool on_key(std::string_view part, std::size_t, boost::system::error_code&) {
    key_.append(part);
    open_containers_.back().position = "." + key_;
    const bool first_time = open_containers_.back().keys.insert(key_).second;
    key_.clear();
    if (!first_time) duplicate_path = current_path();
    return first_time;  // stop at the first duplicate
  }
  bool on_string_part(std::string_view, std::size_t, boost::system::error_code&) { return true; }
  bool on_string(std::string_view, std::size_t, boost::system::error_code&) { return scalar(); }
  bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { return scalar(); }
  bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) { return scalar(); }
  bool on_double(double, std::string_view, boost::system::error_code&) { return scalar(); }
  bool on_bool(bool, boost::system::error_code&) { return scalar(); }
  bool on_null(boost::system::error_code&) { return scalar(); }
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }

 private:
  // An array element gets its index before its value is read.
  void enter_value() {
    if (open_containers_.empty() || !open_containers_.back().is_array) return;
    auto& array = open_containers_.back();
    array.position = "[" + std::to_string(array.next_index++) + "]";
  }
  bool scalar() { enter_value(); return true; }
  bool open(bool is_array) {
    enter_value();
    open_containers_.push_back(open_container{is_array, 0, {}, {}});
    return true;
  }
  bool close() { open_containers_.pop_back(); return true; }

  // "data.order.title": the positions of every open container, without the root's leading dot.
  std::string current_path() const {
    std::string path;
    for (const auto& c : open_containers_) path += c.position;
    if (!path.empty() && path.front() == '.') path.erase(0, 1);
    return path;
  }

  std::vector<open_container> open_containers_;
  std::string key_;
};

std::optional<std::string> first_duplicate_key(std::string_view json) {
  boost::json::basic_parser<duplicate_key_finder> parser(boost::json::parse_options{});
  boost::system::error_code ec;
  parser.write_some(false, json.data(), json.size(), ec);
  return parser.handler().duplicate_path;
}

}  // namespace

boost::json::value parse_strict_object(std::string_view text) {
  if (text.substr(0, byte_order_mark.size()) == byte_order_mark) text.remove_prefix(byte_order_mark.size());
  boost::system::error_code ec;
  // Default options: strict JSON, no comments, invalid UTF-8 refused, depth limited to 32.
  boost::json::value document = boost::json::parse(text, ec);
  if (ec) throw sdk::malformed_body("valid JSON");
  if (!document.is_object()) throw sdk::malformed_body("a JSON object");
  if (auto path = first_duplicate_key(text)) throw sdk::duplicate_field(*std::move(path));
  return document;
}

}  // namespace casegw::yukuaiban
