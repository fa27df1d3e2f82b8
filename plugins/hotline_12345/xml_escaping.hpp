// Writing text into the XML this adapter sends back to the work-order system.
#pragma once

#include <string>
#include <string_view>

namespace casegw::hotline_12345 {

// XML 1.0 cannot carry the C0 control characters other than tab, LF and CR, not even as
// character references; text holding one must be refused rather than silently altered.
bool is_xml_text(std::string_view utf8) noexcept;

// Replaces & < > " ' by their entity references, and CR by &#13; so that it survives parsing.
std::string xml_escaped(std::string_view text);

}  // namespace casegw::hotline_12345
