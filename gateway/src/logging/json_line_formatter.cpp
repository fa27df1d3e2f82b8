#include "logging/json_line_formatter.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string_view>

namespace casegw::logging {
namespace {

void append(spdlog::memory_buf_t& dest, std::string_view s) { dest.append(s.data(), s.data() + s.size()); }

void append_escaped(spdlog::memory_buf_t& dest, std::string_view s) {
  for (unsigned char c : s) {
    switch (c) {
      case '"': append(dest, "\\\""); break;
      case '\\': append(dest, "\\\\"); break;
      case '\n': append(dest, "\\n"); break;
      case '\r': append(dest, "\\r"); break;
      case '\t': append(dest, "\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          append(dest, buf);
        } else {
          dest.push_back(static_cast<char>(c));
        }
    }
  }
}

// Local time of the gateway's zone (Asia/Shanghai in production) with its offset.
void append_timestamp(spdlog::memory_buf_t& dest, spdlog::log_clock::time_point tp) {
  const auto since_epoch = tp.time_since_epoch();
  const std::time_t seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count();
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count() % 1000;
  std::tm local{};
  localtime_r(&seconds, &local);
  char date[32], zone[8], out[48];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &local);
  std::strftime(zone, sizeof zone, "%z", &local);  // +0800
  std::snprintf(out, sizeof out, "%s.%03lld%.3s:%.2s", date, static_cast<long long>(millis), zone, zone + 3);
  append(dest, out);
}

}  // namespace

void json_line_formatter::format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) {
  append(dest, "{\"ts\":\"");
  append_timestamp(dest, msg.time);
  append(dest, "\",\"level\":\"");
  const auto level = spdlog::level::to_string_view(msg.level);
  append(dest, std::string_view(level.data(), level.size()));
  append(dest, "\",\"thread\":");
  append(dest, std::to_string(msg.thread_id));
  append(dest, ",\"msg\":\"");
  append_escaped(dest, std::string_view(msg.payload.data(), msg.payload.size()));
  append(dest, "\"}\n");
}

std::unique_ptr<spdlog::formatter> json_line_formatter::clone() const { return std::make_unique<json_line_formatter>(); }

}  // namespace casegw::logging
