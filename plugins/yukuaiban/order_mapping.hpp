// Maps the data of an order message onto the unified case. The order itself (identity, time,
// content, service item, consent, respondent) is mapped here; the user, the location and the
// materials each have their own mapping file, called from map_order().
#pragma once

#include "ykb_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::yukuaiban {

// data: the message's "data" object. The host answers the division check of the region code.
void map_order(const sdk::json::json_object& data, const ykb_settings& settings, const sdk::host& host, sdk::case_builder& out);

// data.order.orderNo (办件编号) as the unified case reference; throws MISSING_FIELD,
// WRONG_TYPE or INVALID_FIELD. Evaluation messages name the order they rate the same way.
std::string read_order_no(const sdk::json::json_object& parent);

}  // namespace casegw::yukuaiban
