#include "net/header_block_scan.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::net {
namespace {

constexpr std::size_t max_bytes = 1024;
constexpr std::size_t max_fields = 4;

header_block_scan scan(std::string_view bytes) { return scan_header_block(bytes, max_bytes, max_fields); }

TEST(HeaderBlockScan, FindsTheEndOfACompleteBlockAndCountsFields) {
  const std::string block = "GET / HTTP/1.1\r\nHost: a\r\nX-One: 1\r\n\r\n";
  const auto result = scan(block + "body bytes");
  EXPECT_TRUE(result.complete);
  EXPECT_EQ(result.size, block.size());
  EXPECT_EQ(result.fields, 2U);
  EXPECT_EQ(result.problem, header_block_problem::none);
}

TEST(HeaderBlockScan, ARequestLineAloneHasNoFields) {
  const auto result = scan("GET / HTTP/1.1\r\n\r\n");
  EXPECT_TRUE(result.complete);
  EXPECT_EQ(result.fields, 0U);
}

TEST(HeaderBlockScan, IsIncompleteUntilTheBlankLine) {
  const auto result = scan("GET / HTTP/1.1\r\nHost: a\r\n");
  EXPECT_FALSE(result.complete);
  EXPECT_EQ(result.problem, header_block_problem::none);
}

TEST(HeaderBlockScan, ReportsTooLargeWhenTheLimitIsReachedWithoutAnEnd) {
  const auto result = scan("GET / HTTP/1.1\r\nX: " + std::string(max_bytes, 'a'));
  EXPECT_EQ(result.problem, header_block_problem::too_large);
}

TEST(HeaderBlockScan, ReportsTooLargeWhenTheEndComesAfterTheLimit) {
  const auto result = scan("GET / HTTP/1.1\r\nX: " + std::string(max_bytes, 'a') + "\r\n\r\n");
  EXPECT_EQ(result.problem, header_block_problem::too_large);
}

TEST(HeaderBlockScan, AcceptsABlockOfExactlyTheLimit) {
  std::string block = "GET / HTTP/1.1\r\nX: ";
  block += std::string(max_bytes - block.size() - 4, 'a') + "\r\n\r\n";
  ASSERT_EQ(block.size(), max_bytes);
  EXPECT_EQ(scan(block).problem, header_block_problem::none);
}

TEST(HeaderBlockScan, ReportsMoreFieldsThanAllowed) {
  const auto result = scan("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n");
  EXPECT_EQ(result.fields, 5U);
  EXPECT_EQ(result.problem, header_block_problem::too_many_fields);
}

TEST(HeaderBlockScan, DetectsObsFoldWithSpaceOrTab) {
  EXPECT_EQ(scan("GET / HTTP/1.1\r\nX-A: one\r\n two\r\n\r\n").problem, header_block_problem::obs_fold);
  EXPECT_EQ(scan("GET / HTTP/1.1\r\nX-A: one\r\n\ttwo\r\n\r\n").problem, header_block_problem::obs_fold);
}

TEST(HeaderBlockScan, DetectsWhitespaceBeforeTheFirstField) {
  EXPECT_EQ(scan("GET / HTTP/1.1\r\n Host: a\r\n\r\n").problem, header_block_problem::obs_fold);
}

TEST(HeaderBlockScan, IgnoresWhitespaceAtTheStartOfTheBody) {
  EXPECT_EQ(scan("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\n  x").problem, header_block_problem::none);
}

TEST(HeaderBlockScan, DetectsBareLineFeedsEvenBeforeTheBlockIsComplete) {
  EXPECT_EQ(scan("GET / HTTP/1.1\nHost: a\n\n").problem, header_block_problem::bare_line_feed);
  EXPECT_EQ(scan("GET / HTTP/1.1\r\nHost: a\n").problem, header_block_problem::bare_line_feed);
}

}  // namespace
}  // namespace casegw::net
