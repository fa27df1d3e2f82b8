#include "json_document.hpp"

#include "duplicate_key_finder.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/parse.hpp>

namespace casegw::state_council {

json_document json_document::parse(std::string_view text, std::string_view what,
                                   std::string_view duplicates_checked_elsewhere) {
  boost::system::error_code ec;
  // Default options: strict JSON, invalid UTF-8 refused, depth limited to 32.
  boost::json::value value = boost::json::parse(text, ec);
  if (ec || !value.is_object()) throw sdk::malformed_body(std::string(what));
  if (auto path = first_duplicate_key(text, duplicates_checked_elsewhere)) throw sdk::duplicate_field(*std::move(path));
  return json_document(std::move(value));
}

json_node json_document::root() const { return json_node(value_.get_object(), ""); }

}  // namespace casegw::state_council
