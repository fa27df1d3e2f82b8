#include "duplicate_key_finder.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <vector>

namespace casegw::state_council {

namespace {

using boost::system::error_code;

// One open object or array, with the path that names it.
struct open_container {
  std::string path;
  bool is_array = false;
  std::size_t next_index = 0;   // arrays: index of the next element
  std::set<std::string> keys;   // objects: the keys seen so far
  std::string last_key;         // objects: the key whose value comes next
};

// A SAX handler that follows containers and keys only; every scalar is accepted as it is.
struct key_walker {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::string_view ignored_below;
  std::vector<open_container> open;
  std::string key;
  std::optional<std::string> duplicate;

  // The path of the value that starts now; consumes an array index.
  std::string next_value_path() {
    if (open.empty()) return {};
    open_container& parent = open.back();
    if (parent.is_array) return parent.path + "[" + std::to_string(parent.next_index++) + "]";
    return parent.path.empty() ? parent.last_key : parent.path + "." + parent.last_key;
  }

  bool is_ignored(const std::string& path) const {
    // Strictly below: "data.items[0].title" is passed over, "data.items" itself is not.
    if (ignored_below.empty() || path.size() <= ignored_below.size()) return false;
    if (path.compare(0, ignored_below.size(), ignored_below) != 0) return false;
    return path[ignored_below.size()] == '.' || path[ignored_below.size()] == '[';
  }

  bool begin_container(bool is_array) {
    open.push_back({next_value_path(), is_array, 0, {}, {}});
    return true;
  }
  bool end_container() {
    open.pop_back();
    return true;
  }
  bool scalar() {
    next_value_path();
    return true;
  }

  bool on_object_begin(error_code&) { return begin_container(false); }
  bool on_object_end(std::size_t, error_code&) { return end_container(); }
  bool on_array_begin(error_code&) { return begin_container(true); }
  bool on_array_end(std::size_t, error_code&) { return end_container(); }
  bool on_key_part(std::string_view part, std::size_t, error_code&) {
    key.append(part);
    return true;
  }
  bool on_key(std::string_view part, std::size_t, error_code&) {
    key.append(part);
    open_container& object = open.back();
    object.last_key = std::move(key);
    key.clear();
    if (object.keys.insert(object.last_key).second) return true;
    const std::string path = object.path.empty() ? object.last_key : object.path + "." + object.last_key;
    if (is_ignored(path)) return true;
    duplicate = path;
    return false;  // stop at the first one that counts
  }
  bool on_string(std::string_view, std::size_t, error_code&) { return scalar(); }
  bool on_int64(std::int64_t, std::string_view, error_code&) { return scalar(); }
  bool on_uint64(std::uint64_t, std::string_view, error_code&) { return scalar(); }
  bool on_double(double, std::string_view, error_code&) { return scalar(); }
  bool on_bool(bool, error_code&) { return scalar(); }
  bool on_null(error_code&) { return scalar(); }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_string_part(std::string_view, std::size_t, error_code&) { return true; }
  bool on_number_part(std::string_view, error_code&) { return true; }
  bool on_comment_part(std::string_view, error_code&) { return true; }
  bool on_comment(std::string_view, error_code&) { return true; }
};

}  // namespace

std::optional<std::string> first_duplicate_key(std::string_view json, std::string_view ignored_below) {
  boost::json::basic_parser<key_walker> parser(boost::json::parse_options{});
  parser.handler().ignored_below = ignored_below;
  error_code ec;
  parser.write_some(false, json.data(), json.size(), ec);
  return parser.handler().duplicate;
}

}  // namespace casegw::state_council
