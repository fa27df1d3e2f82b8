#include "duplicate_key_finder.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <set>
#include <vector>

namespace casegw::national_regulation {

namespace {

// One open object or array, and where the parser is inside it.
struct open_container {
  bool is_array = false;
  std::int64_t index = -1;     // arrays: the element being read
  std::string key;             // objects: the member being read
  std::set<std::string> keys;  // objects: the keys seen so far
};

// A SAX handler that follows only the structure of the document, to name the path of the first
// key that repeats within one object. Values are not looked at.
class structure_tracker {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  std::optional<std::string> duplicate;

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) { return open(false); }
  bool on_object_end(std::size_t, boost::system::error_code&) { return close(); }
  bool on_array_begin(boost::system::error_code&) { return open(true); }
  bool on_array_end(std::size_t, boost::system::error_code&) { return close(); }
  bool on_key_part(std::string_view part, std::size_t, boost::system::error_code&) {
    pending_key_.append(part);
    return true;
  }
  bool on_key(std::string_view part, std::size_t, boost::system::error_code&) {
    pending_key_.append(part);
    open_container& object = open_.back();
    object.key = std::move(pending_key_);
    pending_key_.clear();
    if (!object.keys.insert(object.key).second) duplicate = current_path();
    return !duplicate;  // stop at the first duplicate
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
  // A value starts: inside an array it is the next element.
  void value_begins() {
    if (!open_.empty() && open_.back().is_array) ++open_.back().index;
  }
  bool scalar() {
    value_begins();
    return true;
  }
  bool open(bool is_array) {
    value_begins();
    open_.emplace_back().is_array = is_array;
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }
  std::string current_path() const {
    std::string path;
    for (const auto& c : open_) {
      if (c.is_array) {
        path += "[" + std::to_string(c.index) + "]";
      } else {
        if (!path.empty()) path += '.';
        path += c.key;
      }
    }
    return path;
  }

  std::vector<open_container> open_;
  std::string pending_key_;
};

}  // namespace

std::optional<std::string> first_duplicate_key(std::string_view json) {
  boost::json::basic_parser<structure_tracker> parser(boost::json::parse_options{});
  boost::system::error_code ec;
  parser.write_some(false, json.data(), json.size(), ec);
  return parser.handler().duplicate;
}

}  // namespace casegw::national_regulation
