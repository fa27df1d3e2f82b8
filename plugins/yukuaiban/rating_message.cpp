#include "rating_message.hpp"

#include "order_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>

namespace casegw::yukuaiban {

ykb_rating read_rating(const sdk::json::json_object& data) {
  const sdk::json::json_object evaluation = data.required_object("evaluation");
  ykb_rating rating;
  rating.order_no = read_order_no(evaluation);
  const std::int64_t level = evaluation.required_integer("level");
  if (level < 1 || level > 5)
    throw sdk::invalid_field(evaluation.path_of("level"), "must be 1 to 5 (5 非常满意 ... 1 非常不满意)");
  rating.label = std::to_string(level);
  rating.rated_at = sdk::read_iso8601(evaluation.path_of("evaluateTime"), evaluation.required_string("evaluateTime"));
  // The user's remark is their own words: checked for its type, never logged or echoed.
  evaluation.optional_string("comment");
  return rating;
}

void refuse_rating_on_case_intake() {
  throw sdk::rejection(sdk::code::invalid_field, "meta.msgType",
                       "the value names a 好差评 rating, which is not a case: this gateway has no intake for ratings yet");
}

}  // namespace casegw::yukuaiban
