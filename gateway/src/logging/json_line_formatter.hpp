// A spdlog formatter writing one JSON object per line:
//   {"ts":"2026-11-25T10:00:00.123+08:00","level":"info","thread":1234,"msg":"..."}
#pragma once

#include <spdlog/formatter.h>

#include <memory>

namespace casegw::logging {

class json_line_formatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override;
  std::unique_ptr<spdlog::formatter> clone() const override;
};

}  // namespace casegw::logging
