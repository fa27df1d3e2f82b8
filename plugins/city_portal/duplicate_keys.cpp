#include "duplicate_keys.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <vector>

namespace casegw::city_portal {

namespace {

// One open object or array, and where the parser is inside it.
struct open_container {
  bool is_array = false;
  std::set<std::string> keys;  // object: the keys seen so far
  std::string key;             // object: the key of the value being read
  std::size_t values = 0;      // array: values completed so far, i.e. the index of the next one
};

// A SAX handler that follows containers and keys; every value is accepted as is.
struct key_tracker {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::vector<open_container> open;
  std::string key_part;
  std::optional<std::string> duplicate;

  // A value inside an array moves the array on to its next index.
  void value_done() {
    if (!open.empty() && open.back().is_array) ++open.back().values;
  }

  // "a.b[2].c": every open container's step, then the key that repeated.
  std::string path_of(const std::string& key) const {
    std::string path;
    for (std::size_t i = 0; i + 1 < open.size(); ++i) {
      const open_container& c = open[i];
      if (c.is_array) {
        path += "[" + std::to_string(c.values) + "]";
      } else {
        path += (path.empty() ? "" : ".") + c.key;
      }
    }
    return path + (path.empty() ? "" : ".") + key;
  }

  bool on_object_begin(boost::system::error_code&) { open.push_back({}); return true; }
  bool on_object_end(std::size_t, boost::system::error_code&) { open.pop_back(); value_done(); return true; }
  bool on_array_begin(boost::system::error_code&) { open.emplace_back().is_array = true; return true; }
  bool on_array_end(std::size_t, boost::system::error_code&) { open.pop_back(); value_done(); return true; }
  bool on_key_part(std::string_view part, std::size_t, boost::system::error_code&) { key_part.append(part); return true; }
  bool on_key(std::string_view part, std::size_t, boost::system::error_code&) {
    key_part.append(part);
    open_container& object = open.back();
    if (!object.keys.insert(key_part).second) {
      duplicate = path_of(key_part);
      return false;  // stop at the first duplicate
    }
    object.key = std::move(key_part);
    key_part.clear();
    return true;
  }
  bool on_string(std::string_view, std::size_t, boost::system::error_code&) { value_done(); return true; }
  bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { value_done(); return true; }
  bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) { value_done(); return true; }
  bool on_double(double, std::string_view, boost::system::error_code&) { value_done(); return true; }
  bool on_bool(bool, boost::system::error_code&) { value_done(); return true; }
  bool on_null(boost::system::error_code&) { value_done(); return true; }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_string_part(std::string_view, std::size_t, boost::system::error_code&) { return true; }
  bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }
};

}  // namespace

std::optional<std::string> first_duplicate_key(std::string_view json) {
  boost::json::basic_parser<key_tracker> parser(boost::json::parse_options{});
  boost::system::error_code ec;
  parser.write_some(false, json.data(), json.size(), ec);
  return parser.handler().duplicate;
}

}  // namespace casegw::city_portal
