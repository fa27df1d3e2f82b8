#include "json_record.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>

#include <set>
#include <vector>

namespace district_portal {

namespace sdk = casegw::sdk;

namespace {

// A boost::json::basic_parser handler that builds nothing and stops at the first key an object
// already has, remembering its dotted path. Run before the real parse, which keeps only one of
// the two values and so cannot tell.
class duplicate_key_finder {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  const std::optional<std::string>& duplicate() const noexcept { return duplicate_; }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) {
    open(true);
    return true;
  }
  bool on_object_end(std::size_t, boost::system::error_code&) {
    close();
    return true;
  }
  bool on_array_begin(boost::system::error_code&) {
    open(false);
    return true;
  }
  bool on_array_end(std::size_t, boost::system::error_code&) {
    close();
    return true;
  }
  bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
    key_.append(s.data(), s.size());
    frame& f = frames_.back();
    f.member = key_;
    key_.clear();
    if (!f.keys.insert(f.member).second) {
      duplicate_ = path_of_member();
      ec = boost::json::error::syntax;  // stops the parser; duplicate_ says why
      return false;
    }
    return true;
  }
  bool on_string_part(boost::json::string_view, std::size_t, boost::system::error_code&) { return true; }
  bool on_string(boost::json::string_view, std::size_t, boost::system::error_code&) { return scalar(); }
  bool on_number_part(boost::json::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t, boost::json::string_view, boost::system::error_code&) { return scalar(); }
  bool on_uint64(std::uint64_t, boost::json::string_view, boost::system::error_code&) { return scalar(); }
  bool on_double(double, boost::json::string_view, boost::system::error_code&) { return scalar(); }
  bool on_bool(bool, boost::system::error_code&) { return scalar(); }
  bool on_null(boost::system::error_code&) { return scalar(); }
  bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
  bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

 private:
  struct frame {
    bool is_object = true;
    std::set<std::string> keys;  // objects: the keys seen so far
    std::string member;          // objects: the key whose value is being read
    std::size_t index = 0;       // arrays: the element being read
  };

  void open(bool is_object) {
    if (!frames_.empty()) descend();
    frames_.push_back({is_object, {}, {}, 0});
  }
  void close() {
    frames_.pop_back();
    if (!frames_.empty()) {
      path_.resize(path_.size() - 1);
      if (!frames_.back().is_object) ++frames_.back().index;
    }
  }
  // A scalar value: in an array it moves to the next element.
  bool scalar() {
    if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().index;
    return true;
  }
  // Entering a nested container: remember how it is reached.
  void descend() {
    const frame& f = frames_.back();
    if (f.is_object) {
      path_.push_back(f.member);
    } else {
      std::string step = "[";
      step += std::to_string(f.index);
      step += ']';
      path_.push_back(std::move(step));
    }
  }
  std::string path_of_member() const {
    std::string out;
    for (const auto& step : path_) {
      if (!out.empty() && step.front() != '[') out += '.';
      out += step;
    }
    if (!out.empty()) out += '.';
    return out + frames_.back().member;
  }

  std::vector<frame> frames_;
  std::vector<std::string> path_;  // one step per open container below the root
  std::string key_;
  std::optional<std::string> duplicate_;
};

}  // namespace

boost::json::object parse_json_object(std::string_view text, std::string_view what) {
  boost::json::parse_options options;
  options.max_depth = 16;  // the deepest payload is two levels; anything far deeper is an attack
  boost::json::basic_parser<duplicate_key_finder> finder(options);
  boost::system::error_code ec;
  finder.write_some(false, text.data(), text.size(), ec);
  if (const auto& duplicate = finder.handler().duplicate()) throw sdk::duplicate_field(*duplicate);
  if (ec) throw sdk::malformed_body(what);

  boost::json::value document = boost::json::parse(text, ec, {}, options);
  if (ec || !document.is_object()) throw sdk::malformed_body(what);
  return std::move(document.get_object());
}

json_record::json_record(const boost::json::object& object, std::string path) : object_(&object), path_(std::move(path)) {}

std::string json_record::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const boost::json::value* json_record::find(std::string_view key) const {
  const auto* v = object_->if_contains(key);
  return v && !v->is_null() ? v : nullptr;
}

bool json_record::has(std::string_view key) const { return find(key) != nullptr; }

std::optional<std::string> json_record::optional_string(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw sdk::wrong_type(path_of(key), "a string");
  const auto& s = v->get_string();
  if (sdk::is_blank({s.data(), s.size()})) return std::nullopt;
  return std::string(s.data(), s.size());
}

std::string json_record::required_string(std::string_view key) const {
  auto s = optional_string(key);
  if (!s) throw sdk::missing_field(path_of(key));
  return *std::move(s);
}

std::optional<bool> json_record::optional_bool(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_bool()) throw sdk::wrong_type(path_of(key), "true or false");
  return v->get_bool();
}

json_record json_record::required_record(std::string_view key) const {
  const auto* v = find(key);
  if (!v) throw sdk::missing_field(path_of(key));
  if (!v->is_object()) throw sdk::wrong_type(path_of(key), "an object");
  return json_record(v->get_object(), path_of(key));
}

}  // namespace district_portal
