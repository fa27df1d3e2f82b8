#include "logging/log_setup.hpp"

#include "logging/json_line_formatter.hpp"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <stdexcept>

namespace casegw::logging {

void setup_logging(const log_options& options) {
  const auto level = spdlog::level::from_str(options.level);
  if (level == spdlog::level::off && options.level != "off")
    throw std::runtime_error("unknown log level '" + options.level + "'");
  if (options.format != "text" && options.format != "json")
    throw std::runtime_error("unknown log format '" + options.format + "' (text or json)");

  spdlog::sink_ptr sink;
  try {
    if (options.file.empty())
      sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    else
      sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(options.file, /*truncate=*/false);
  } catch (const spdlog::spdlog_ex& e) {
    throw std::runtime_error("cannot open log file '" + options.file + "': " + e.what());
  }
  auto logger = std::make_shared<spdlog::logger>("casegw", sink);
  if (options.format == "json")
    logger->set_formatter(std::make_unique<json_line_formatter>());
  else
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
  logger->set_level(level);
  // Every line reaches the file at once: after a crash the log is complete up to the crash.
  logger->flush_on(spdlog::level::trace);
  spdlog::set_default_logger(std::move(logger));
}

void set_level(const std::string& level) {
  const auto parsed = spdlog::level::from_str(level);
  if (parsed == spdlog::level::off && level != "off") return;
  spdlog::default_logger()->set_level(parsed);
}

}  // namespace casegw::logging
