// The string patterns of casegw.case/v1, written as plain predicates rather than regexes: no
// backtracking on hostile input, and each one reads like the schema line it implements.
#pragma once

#include <string_view>

namespace casegw::unified_case {

bool is_reference(std::string_view text);       // ^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$
bool is_sub_channel(std::string_view text);     // ^[a-z][a-z0-9_]{0,31}$
bool is_region_code(std::string_view text);     // ^([0-9]{6}|[0-9]{9}|[0-9]{12})$
bool is_media_type(std::string_view text);      // ^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$, at most 127
bool is_sha256_hex(std::string_view text);      // ^[0-9a-f]{64}$
bool is_phone_number(std::string_view text);    // ^\+?[0-9][0-9 -]{4,30}$
bool is_id_number(std::string_view text);       // ^[0-9A-Za-z]{4,32}$
bool is_rfc3339_timestamp(std::string_view text);  // the schema pattern and a real date and time

}  // namespace casegw::unified_case
