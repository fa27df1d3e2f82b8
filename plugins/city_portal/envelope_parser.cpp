#include "envelope_parser.hpp"

#include "duplicate_keys.hpp"
#include "timestamp_format.hpp"
#include "wire_text.hpp"

#include <boost/json/parse.hpp>

namespace casegw::city_portal {

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && is_all_digits(version.substr(2));
}

portal_envelope portal_envelope::parse(std::string_view body) {
  boost::system::error_code ec;
  // Default options: strict JSON, no comments, invalid UTF-8 refused, depth limited to 32.
  boost::json::value document = boost::json::parse(body, ec);
  if (ec) throw sdk::rejection(code::malformed_body, "", "the body is not valid UTF-8 JSON");
  if (!document.is_object()) throw sdk::rejection(code::malformed_body, "", "the body must be a JSON object");
  if (has_duplicate_keys(body)) throw sdk::rejection(code::malformed_body, "", "an object in the body has the same key twice");

  portal_envelope envelope(std::move(document));
  const wire_object root = envelope.root();
  if (!is_supported_version(root.required_string("version")))
    throw sdk::rejection(code::unsupported_version, "version", "this adapter reads envelope version 1.x only");
  root.optional_string("pushId");  // informational, but must be a string when sent
  if (const auto push_time = root.optional_string("pushTime")) {
    if (const auto problem = timestamp_problem(*push_time); !problem.empty()) throw invalid_field("pushTime", problem);
  }
  envelope.submission();  // present and an object, or the whole push is refused here
  return envelope;
}

wire_object portal_envelope::root() const { return wire_object(document_.get_object(), ""); }

wire_object portal_envelope::submission() const { return root().required_object("submission"); }

}  // namespace casegw::city_portal
