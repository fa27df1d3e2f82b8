#include "json_document.hpp"

#include "duplicate_key_finder.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/parse.hpp>

#include <string>

namespace casegw::national_regulation {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

sdk::rejection malformed(std::string_view what, std::string_view problem) {
  return sdk::rejection(sdk::code::malformed_body, "", std::string(what) + " " + std::string(problem));
}
}  // namespace

boost::json::value parse_json_object(std::string_view text, std::string_view what) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  boost::system::error_code ec;
  // Default options: strict JSON, no comments, invalid UTF-8 refused, depth limited to 32.
  boost::json::value document = boost::json::parse(text, ec);
  if (ec) throw malformed(what, "is not valid JSON");
  if (!document.is_object()) throw malformed(what, "must be a JSON object");
  if (auto path = first_duplicate_key(text)) throw sdk::duplicate_field(std::move(*path));
  return document;
}

}  // namespace casegw::national_regulation
