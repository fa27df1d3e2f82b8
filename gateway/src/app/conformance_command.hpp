// casegw conformance --plugin FILE --golden DIR [--divisions DIR]
//
// The conformance kit: loads a channel adapter exactly as the gateway does, replays every golden
// case of DIR through the gateway's own decoding path (media type and charset checks, strict
// conversion to UTF-8, the adapter, unified-case validation; intake/case_decoding.hpp) and reports
// each difference from the expected case or error. Settings come from DIR/settings.yaml; the
// host's division check from the official division data in --divisions (default: none, every
// well-formed code passes). Exit 0 when every case passes, 1 when any fails, 2 on a usage error.
#pragma once

#include <string_view>
#include <vector>

namespace casegw::app {

int conformance_command(const std::vector<std::string_view>& args);

}  // namespace casegw::app
