// 好差评 rating messages: read and checked in full, then refused at the case intake (a rating
// is not a case, and ABI 1.1 carries only cases).
#include "ykb_fixture.hpp"

#include "rating_message.hpp"

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::value;

constexpr const char* rating = "evaluation-haochaping.json";

ykb_rating read(const std::string& body) {
  const value document = boost::json::parse(body);
  return read_rating(sdk::json::json_object(document.at("data").as_object(), "data"));
}

TEST(YukuaibanRating, TheSampleRatingReadsAsTheHaochapingCode) {
  const ykb_rating r = read(read_sample(rating));
  EXPECT_EQ(r.order_no, "YKB2026112000000481");
  EXPECT_EQ(r.label, "2");  // 不满意 on haochaping_5: follow-up unsatisfied_rating
  EXPECT_EQ(r.rated_at, "2026-12-03T09:05:08+08:00");
}

TEST(YukuaibanRating, EveryLevelFromOneToFiveIsItsOwnLabel) {
  for (int level = 1; level <= 5; ++level)
    EXPECT_EQ(read(with(sample_json(rating), "data.evaluation.level", level)).label, std::to_string(level));
}

TEST(YukuaibanRating, AWellFormedRatingIsRefusedOnTheCaseIntakeNamingMsgType) {
  ykb_host host;
  const auto r = decode(host, read_sample(rating));
  expect_rejected(r, "INVALID_FIELD", "meta.msgType");
  EXPECT_EQ(r.message.find("油烟"), std::string::npos);  // the user's comment is never echoed
}

struct bad_rating {
  const char* path;
  value replacement;  // null: remove the field
  const char* code;
};
void PrintTo(const bad_rating& c, std::ostream* os) { *os << c.path << "=" << c.replacement; }

class YukuaibanBadRating : public ::testing::TestWithParam<bad_rating> {};

TEST_P(YukuaibanBadRating, IsReportedForWhatIsWrongWithIt) {
  ykb_host host;
  const auto& [path, replacement, code] = GetParam();
  const std::string body =
      replacement.is_null() ? without(sample_json(rating), path) : with(sample_json(rating), path, replacement);
  expect_rejected(decode(host, body), code, path);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, YukuaibanBadRating,
    ::testing::Values(bad_rating{"data.evaluation", nullptr, "MISSING_FIELD"},
                      bad_rating{"data.evaluation.orderNo", nullptr, "MISSING_FIELD"},
                      bad_rating{"data.evaluation.orderNo", "YKB 481", "INVALID_FIELD"},
                      bad_rating{"data.evaluation.level", nullptr, "MISSING_FIELD"},
                      bad_rating{"data.evaluation.level", 0, "INVALID_FIELD"},
                      bad_rating{"data.evaluation.level", 6, "INVALID_FIELD"},
                      bad_rating{"data.evaluation.level", "5", "WRONG_TYPE"},
                      bad_rating{"data.evaluation.level", 4.5, "WRONG_TYPE"},
                      bad_rating{"data.evaluation.evaluateTime", "2026-12-03", "INVALID_DATE"},
                      bad_rating{"data.evaluation.comment", 3, "WRONG_TYPE"}));

}  // namespace
}  // namespace casegw::yukuaiban::testing
