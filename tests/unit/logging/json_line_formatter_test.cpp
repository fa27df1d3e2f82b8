#include "logging/json_line_formatter.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <spdlog/details/log_msg.h>

namespace casegw::logging {

TEST(JsonLineFormatter, WritesOneParseableObjectPerLine) {
  json_line_formatter formatter;
  spdlog::details::log_msg msg("casegw", spdlog::level::warn, "quote \" backslash \\ newline \n tab \t ctrl \x01 中文");
  spdlog::memory_buf_t out;
  formatter.format(msg, out);
  const std::string line(out.data(), out.size());
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "a message with a newline must stay on one line";
  const auto parsed = boost::json::parse(line).as_object();
  EXPECT_EQ(parsed.at("level").as_string(), "warning");
  EXPECT_EQ(parsed.at("msg").as_string(), "quote \" backslash \\ newline \n tab \t ctrl \x01 中文");
  const std::string ts = parsed.at("ts").as_string().c_str();
  EXPECT_EQ(ts.size(), std::string("2026-11-25T10:00:00.123+08:00").size()) << ts;
}

}  // namespace casegw::logging
