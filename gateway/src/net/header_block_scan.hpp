// Checks on the raw request header block that Beast's parser does not make for us.
// Beast 1.81 silently accepts obs-fold (it replaces the fold with a space) and has no limit
// on the number of fields, so the session reads the header block itself, asks this scan
// whether it is complete and acceptable, and only then hands the bytes to the parser.
// Free of Boost so it can be tested (and fuzzed) on plain strings.
#pragma once

#include <cstddef>
#include <string_view>

namespace casegw::net {

enum class header_block_problem {
  none,
  too_large,        // no end of header within the byte limit -> 431
  too_many_fields,  // -> 431
  obs_fold,         // a line starting with SP/HTAB continues the previous one -> 400
  bare_line_feed,   // LF without CR: RFC 9112 lets a server reject it; Beast would misparse -> 400
};

struct header_block_scan {
  bool complete = false;    // the blank line ending the header block has been received
  std::size_t size = 0;     // when complete: bytes of the block including the final CRLF CRLF
  std::size_t fields = 0;   // when complete: number of header fields
  header_block_problem problem = header_block_problem::none;
};

// `received` is everything read so far for this request, starting at its request line; it
// may already hold body bytes after the header block.
header_block_scan scan_header_block(std::string_view received, std::size_t max_bytes,
                                    std::size_t max_fields) noexcept;

}  // namespace casegw::net
