// Parsing of the value notations shared by the gateway's own configuration and plugin settings.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace casegw::config {

// "250ms", "30s", "5m", "1h", or a bare integer of milliseconds. nullopt when malformed,
// negative or overflowing.
std::optional<std::int64_t> parse_duration_ms(std::string_view text);

// "512", "512B", "64KiB", "2MiB", "1GiB" (also "64KB"/"2MB" as 1024 multiples). nullopt when
// malformed, negative or overflowing.
std::optional<std::int64_t> parse_size_bytes(std::string_view text);

// "true"/"false" (also yes/no/on/off, as YAML 1.1 spells them).
std::optional<bool> parse_bool(std::string_view text);

// A whole decimal integer with optional sign, nothing else.
std::optional<std::int64_t> parse_int(std::string_view text);

}  // namespace casegw::config
