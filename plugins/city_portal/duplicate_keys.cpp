#include "duplicate_keys.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <string>
#include <vector>

namespace casegw::city_portal {

namespace {

// A SAX handler that only follows objects and their keys; every value is accepted as is.
struct key_tracker {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::vector<std::set<std::string>> open_objects;
  std::string key;
  bool duplicate = false;

  bool on_object_begin(boost::system::error_code&) { open_objects.emplace_back(); return true; }
  bool on_object_end(std::size_t, boost::system::error_code&) { open_objects.pop_back(); return true; }
  bool on_key_part(std::string_view part, std::size_t, boost::system::error_code&) { key.append(part); return true; }
  bool on_key(std::string_view part, std::size_t, boost::system::error_code&) {
    key.append(part);
    if (!open_objects.back().insert(key).second) duplicate = true;
    key.clear();
    return !duplicate;  // stop at the first duplicate
  }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_array_begin(boost::system::error_code&) { return true; }
  bool on_array_end(std::size_t, boost::system::error_code&) { return true; }
  bool on_string_part(std::string_view, std::size_t, boost::system::error_code&) { return true; }
  bool on_string(std::string_view, std::size_t, boost::system::error_code&) { return true; }
  bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { return true; }
  bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) { return true; }
  bool on_double(double, std::string_view, boost::system::error_code&) { return true; }
  bool on_bool(bool, boost::system::error_code&) { return true; }
  bool on_null(boost::system::error_code&) { return true; }
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }
};

}  // namespace

bool has_duplicate_keys(std::string_view json) {
  boost::json::basic_parser<key_tracker> parser(boost::json::parse_options{});
  boost::system::error_code ec;
  parser.write_some(false, json.data(), json.size(), ec);
  return parser.handler().duplicate;
}

}  // namespace casegw::city_portal
