// Sets up the process-wide logger (spdlog): level, text or JSON lines, stderr or a file.
// What may be logged is a rule of the whole gateway, not of this file: ids, channels, sizes,
// hashes and status codes — never a reporter's name, phone, ID number, address or complaint text.
#pragma once

#include <string>

namespace casegw::logging {

struct log_options {
  std::string level = "info";   // trace debug info warn error critical off
  std::string format = "text";  // text | json
  std::string file;             // empty = stderr
};

// Throws std::runtime_error for an unknown level/format or a file that cannot be opened.
void setup_logging(const log_options& options);

// A reload's new logging.level (already validated by the loader); unknown words are ignored.
void set_level(const std::string& level);

}  // namespace casegw::logging
