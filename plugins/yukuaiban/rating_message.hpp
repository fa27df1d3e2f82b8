// The data of an evaluation message: a user's 好差评 rating of a finished order, on the national
// five-level scale.
//   {"evaluation": {"orderNo", "level": 1..5, "evaluateTime", "comment"?}}
// level 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. The label handed on is the level as
// text ("5".."1"), the codes of the haochaping_5 scale in config/policy/evaluation.yaml.
//
// A rating is not a case, and the plugin ABI (1.1) can only hand the gateway cases, so decode()
// reads and checks a rating completely and then refuses it as a message type the case intake
// does not take (docs/channels/yukuaiban.md, "Evaluation messages").
#pragma once

#include <casegw/sdk/json/json_object.hpp>

#include <string>

namespace casegw::yukuaiban {

struct ykb_rating {
  std::string order_no;  // the rated order: channel.case_ref of its case
  std::string label;     // "5".."1"
  std::string rated_at;  // RFC 3339 with offset
};

// Throws MISSING_FIELD, WRONG_TYPE, INVALID_FIELD or INVALID_DATE naming the field.
ykb_rating read_rating(const sdk::json::json_object& data);

// The refusal decode() answers a well-formed rating with: INVALID_FIELD meta.msgType.
[[noreturn]] void refuse_rating_on_case_intake();

}  // namespace casegw::yukuaiban
