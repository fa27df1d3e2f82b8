// What the store keeps besides cases: the nonces of signed requests (committed with their case,
// refused a second time even by a new process), the cursors of pulled channels and the items
// their adapters refused.
#include "scratch_directory.hpp"
#include "store_test_cases.hpp"
#include "store/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <future>

namespace casegw::store {
namespace {

using casegw::testing::scratch_directory;

class SqliteStoreChannelState : public ::testing::Test {
 protected:
  sqlite_options options() const {
    sqlite_options o;
    o.path = directory_.file("casegw.db");
    return o;
  }
  static new_case signed_case(const std::string& ref, const std::string& nonce, std::int64_t expires_at_ms) {
    auto c = testing::make_case(ref);
    c.nonce = nonce_use{nonce, expires_at_ms};
    return c;
  }
  static bool wait(std::function<void(write_callback)> write) {
    std::promise<bool> done;
    write([&done](bool ok) { done.set_value(ok); });
    return done.get_future().get();
  }

  scratch_directory directory_;
};

TEST_F(SqliteStoreChannelState, ANonceIsCommittedWithItsCaseAndRefusedAgainAfterReopening) {
  const auto later = testing::now_ms() + 300'000;
  {
    auto store = open_sqlite_store(options());
    EXPECT_EQ(testing::submit_and_wait(*store, signed_case("REF-1", "nonce-aaaa", later)).outcome, submit_outcome::accepted);
    // Same nonce, another case: a replay, nothing stored.
    EXPECT_EQ(testing::submit_and_wait(*store, signed_case("REF-2", "nonce-aaaa", later)).outcome, submit_outcome::replayed);
    EXPECT_FALSE(store->find_by_ref("city_portal", "REF-2"));
  }
  auto reopened = open_sqlite_store(options());
  const auto remembered = reopened->unexpired_nonces(testing::now_ms());
  ASSERT_EQ(remembered.size(), 1u);
  EXPECT_EQ(remembered[0].nonce, "nonce-aaaa");
  EXPECT_EQ(remembered[0].expires_at_ms, later);
  EXPECT_EQ(testing::submit_and_wait(*reopened, signed_case("REF-3", "nonce-aaaa", later)).outcome, submit_outcome::replayed);
}

TEST_F(SqliteStoreChannelState, ADuplicateWithAFreshNonceKeepsTheNonceToo) {
  auto store = open_sqlite_store(options());
  const auto later = testing::now_ms() + 300'000;
  ASSERT_EQ(testing::submit_and_wait(*store, signed_case("REF-1", "nonce-1111", later)).outcome, submit_outcome::accepted);
  EXPECT_EQ(testing::submit_and_wait(*store, signed_case("REF-1", "nonce-2222", later)).outcome, submit_outcome::duplicate);
  EXPECT_EQ(testing::submit_and_wait(*store, signed_case("REF-1", "nonce-2222", later)).outcome, submit_outcome::replayed);
}

TEST_F(SqliteStoreChannelState, ExpiredNoncesAreNeitherReloadedNorKept) {
  auto store = open_sqlite_store(options());
  const auto past = testing::now_ms() - 1;
  ASSERT_EQ(testing::submit_and_wait(*store, signed_case("REF-1", "nonce-old1", past)).outcome, submit_outcome::accepted);
  EXPECT_TRUE(store->unexpired_nonces(testing::now_ms()).empty());
  // The next signed submission purges it, so the same nonce is no longer a replay.
  EXPECT_EQ(testing::submit_and_wait(*store, signed_case("REF-2", "nonce-old1", testing::now_ms() + 300'000)).outcome,
            submit_outcome::accepted);
}

TEST_F(SqliteStoreChannelState, ACursorSurvivesReopening) {
  {
    auto store = open_sqlite_store(options());
    EXPECT_EQ(store->channel_cursor("state_council"), std::nullopt);
    EXPECT_TRUE(wait([&](write_callback done) { store->save_channel_cursor("state_council", "c-1", done); }));
    EXPECT_TRUE(wait([&](write_callback done) { store->save_channel_cursor("state_council", "c-2", done); }));
  }
  auto reopened = open_sqlite_store(options());
  EXPECT_EQ(reopened->channel_cursor("state_council"), "c-2");
  EXPECT_EQ(reopened->channel_cursor("another"), std::nullopt);
}

TEST_F(SqliteStoreChannelState, ARejectedItemIsKeptAndAClosedStoreSaysSo) {
  auto store = open_sqlite_store(options());
  rejected_item item{"state_council", testing::now_ms(), "MISSING_FIELD", "item.clue.title", "a required field is missing",
                     "ab12", "{\"raw\":true}"};
  EXPECT_TRUE(wait([&](write_callback done) { store->record_rejected_item(item, done); }));
  store->close();
  EXPECT_FALSE(wait([&](write_callback done) { store->save_channel_cursor("state_council", "c-3", done); }));
}

}  // namespace
}  // namespace casegw::store
