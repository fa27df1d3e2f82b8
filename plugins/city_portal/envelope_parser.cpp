#include "envelope_parser.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/json/strict_json.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::city_portal {

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && sdk::is_all_digits(version.substr(2));
}

portal_envelope portal_envelope::parse(std::string_view body) {
  // Strict JSON, no comments, invalid UTF-8 refused, depth limited to 32, no key twice.
  boost::json::value document = sdk::json::parse_strict_object(body, {.expected = "a JSON object in valid UTF-8"});

  portal_envelope envelope(std::move(document));
  const sdk::json::json_object root = envelope.root();
  if (!is_supported_version(root.required_string("version")))
    throw sdk::rejection(sdk::code::unsupported_version, "version", "this adapter reads envelope version 1.x only");
  root.optional_string("pushId");  // informational, but must be a string when sent
  if (const auto push_time = root.optional_string("pushTime")) sdk::read_iso8601("pushTime", *push_time);
  envelope.submission();  // present and an object, or the whole push is refused here
  return envelope;
}

sdk::json::json_object portal_envelope::root() const { return sdk::json::json_object(document_.get_object()); }

sdk::json::json_object portal_envelope::submission() const { return root().required_object("submission"); }

}  // namespace casegw::city_portal
