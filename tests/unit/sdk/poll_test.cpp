// Pulled channels (ABI 1.1): the SDK's poll classes and thunks, driven through the fake host's
// build_poll/read_poll exactly as the gateway drives a loaded plugin.
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/testing.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk {
namespace {

// A platform whose list API answers lines: "next <cursor>", "more", and "item <json>" per case.
class pulled_adapter final : public adapter {
 public:
  static constexpr const char* name = "pulled_test";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description = "A pulled test channel";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr casegw_config_field fields[] = {
      {"page_size", CASEGW_FIELD_INT, 0, "50", 1, 500, "Items asked for per poll"}};
  static constexpr bool pulled = true;

  explicit pulled_adapter(host h) : page_size_(h.integer("page_size")) {}

  void decode(const request&, case_builder&) override { throw malformed_body("used"); }

  void build_poll(const poll& p, outbound_request& out) override {
    if (p.channel_id().empty() || p.now().empty()) throw std::logic_error("poll view not filled");
    std::string path = "/api/items?size=" + std::to_string(page_size_);
    if (!p.cursor().empty()) path += "&after=" + std::string(p.cursor());
    out.request_line("GET", path);
    out.header("Accept", "application/json");
    out.header("X-Poll-Time", p.now());
  }

  void read_poll(const poll_response& r, poll_result& out) override {
    if (r.status() == 503) throw std::runtime_error("the platform is down");
    if (r.status() < 200 || r.status() > 299) throw rejection("POLL_REFUSED", "", "the platform refused the poll");
    if (r.media_type() != "application/json") throw malformed_body("a poll answer in application/json");
    std::string_view body = r.body();
    while (!body.empty()) {
      const auto end = body.find('\n');
      const std::string_view line = body.substr(0, end);
      body = end == std::string_view::npos ? std::string_view{} : body.substr(end + 1);
      if (line.starts_with("next ")) out.cursor(line.substr(5));
      else if (line == "more") out.more(true);
      else if (line.starts_with("item ")) out.add_item("application/json", line.substr(5));
      else if (line == "unsupported") throw unsupported();
      else throw malformed_body("a poll answer");
    }
  }

 private:
  std::int64_t page_size_;
};

// A pushed adapter: its descriptor must not offer polling at all.
class pushed_adapter final : public adapter {
 public:
  static constexpr const char* name = "pushed_test";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description = "A pushed test channel";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr casegw_config_field fields[] = {{"unused", CASEGW_FIELD_STRING, 0, "x", 1, 0, "Unused"}};
  explicit pushed_adapter(host) {}
  void decode(const request&, case_builder&) override {}
};

TEST(SdkPoll, ThePulledDescriptorOffersBothCallsAndThePushedOneNeither) {
  testing::fake_host<pulled_adapter> pulled;
  EXPECT_NE(pulled.descriptor().build_poll, nullptr);
  EXPECT_NE(pulled.descriptor().read_poll, nullptr);
  EXPECT_EQ(pulled.descriptor().abi_minor, CASEGW_ABI_MINOR);
  testing::fake_host<pushed_adapter> pushed;
  EXPECT_EQ(pushed.descriptor().build_poll, nullptr);
  EXPECT_EQ(pushed.descriptor().read_poll, nullptr);
  EXPECT_EQ(pushed.build_poll("").status, CASEGW_FAILED);  // the fake host does not call what is absent
}

TEST(SdkPoll, TheFirstPollHasNoCursor) {
  testing::fake_host<pulled_adapter> host;
  const auto r = host.build_poll("");
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_EQ(r.method, "GET");
  EXPECT_EQ(r.path, "/api/items?size=50");
  EXPECT_EQ(r.headers, (std::vector<std::pair<std::string, std::string>>{
                           {"Accept", "application/json"}, {"X-Poll-Time", "2026-11-20T10:00:00+08:00"}}));
  EXPECT_TRUE(r.output.empty());
}

TEST(SdkPoll, LaterPollsContinueFromTheCursorWithTheConfiguredPageSize) {
  testing::fake_host<pulled_adapter> host({{"page_size", "10"}});
  const auto r = host.build_poll("c-41", "2026-11-21T08:00:00+08:00");
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(r.path, "/api/items?size=10&after=c-41");
  EXPECT_EQ(r.headers.at(1).second, "2026-11-21T08:00:00+08:00");
}

TEST(SdkPoll, AnAnswerIsSplitIntoItemsWithTheNextCursor) {
  testing::fake_host<pulled_adapter> host;
  const auto r = host.read_poll(200, "item {\"id\":1}\nitem {\"id\":2}\nnext c-42\nmore", "c-41");
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_EQ(r.items, (std::vector<std::pair<std::string, std::string>>{{"application/json", "{\"id\":1}"},
                                                                        {"application/json", "{\"id\":2}"}}));
  EXPECT_EQ(r.cursor, "c-42");
  EXPECT_TRUE(r.more);
}

TEST(SdkPoll, AnEmptyAnswerLeavesTheCursorUnset) {
  testing::fake_host<pulled_adapter> host;
  const auto r = host.read_poll(200, "", "c-42");
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_TRUE(r.items.empty());
  EXPECT_EQ(r.cursor, std::nullopt);
  EXPECT_FALSE(r.more);
}

TEST(SdkPoll, ARejectionFromReadPollCarriesItsCode) {
  testing::fake_host<pulled_adapter> host;
  const auto refused = host.read_poll(403, "");
  EXPECT_EQ(refused.status, CASEGW_REJECTED);
  EXPECT_EQ(refused.code, "POLL_REFUSED");
  EXPECT_EQ(refused.message, "the platform refused the poll");

  const auto garbled = host.read_poll(200, "item {}\nwhat is this");
  EXPECT_EQ(garbled.status, CASEGW_REJECTED);
  EXPECT_EQ(garbled.code, "MALFORMED_BODY");

  const auto wrong_type = host.read_poll(200, "item {}", "", "text/html");
  EXPECT_EQ(wrong_type.code, "MALFORMED_BODY");
}

TEST(SdkPoll, ExceptionsNeverCrossTheBoundary) {
  testing::fake_host<pulled_adapter> host;
  const auto failed = host.read_poll(503, "");
  EXPECT_EQ(failed.status, CASEGW_FAILED);
  EXPECT_EQ(failed.code, "ADAPTER_FAILED");
  EXPECT_EQ(failed.message, "the platform is down");

  const auto unsupported = host.read_poll(200, "unsupported");
  EXPECT_EQ(unsupported.status, CASEGW_UNSUPPORTED);
  EXPECT_EQ(unsupported.code, "UNSUPPORTED");

  // The error buffers are cleared between calls: a success after a failure carries no stale code.
  const auto ok = host.read_poll(200, "item {}");
  EXPECT_EQ(ok.status, CASEGW_OK);
  EXPECT_EQ(ok.code, "");
}

}  // namespace
}  // namespace casegw::sdk
