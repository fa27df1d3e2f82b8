// Which header fields the server and the client copy onto the wire from a caller's list:
// never one that could split the message (CR, LF or NUL), never one the sender owns itself.
#pragma once

#include "net/http_types.hpp"

#include <initializer_list>
#include <string_view>

namespace casegw::net {

// A non-empty name, and no CR, LF or NUL in the name or the value.
bool header_field_is_clean(const http_header& field) noexcept;

// The field's name is one of `names` (given in lowercase), compared ASCII case-insensitively.
bool header_field_is_one_of(const http_header& field, std::initializer_list<std::string_view> names) noexcept;

}  // namespace casegw::net
