#include "envelope_parser.hpp"

#include "duplicate_keys.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

#include <boost/json/parse.hpp>

namespace casegw::city_portal {

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && sdk::is_all_digits(version.substr(2));
}

portal_envelope portal_envelope::parse(std::string_view body) {
  boost::system::error_code ec;
  // Default options: strict JSON, no comments, invalid UTF-8 refused, depth limited to 32.
  boost::json::value document = boost::json::parse(body, ec);
  if (ec) throw sdk::malformed_body("valid UTF-8 JSON");
  if (!document.is_object()) throw sdk::malformed_body("a JSON object");
  if (const auto duplicate = first_duplicate_key(body)) throw sdk::duplicate_field(*duplicate);

  portal_envelope envelope(std::move(document));
  const wire_object root = envelope.root();
  if (!is_supported_version(root.required_string("version")))
    throw sdk::rejection(sdk::code::unsupported_version, "version", "this adapter reads envelope version 1.x only");
  root.optional_string("pushId");  // informational, but must be a string when sent
  if (const auto push_time = root.optional_string("pushTime")) sdk::read_iso8601("pushTime", *push_time);
  envelope.submission();  // present and an object, or the whole push is refused here
  return envelope;
}

wire_object portal_envelope::root() const { return wire_object(document_.get_object(), ""); }

wire_object portal_envelope::submission() const { return root().required_object("submission"); }

}  // namespace casegw::city_portal
