// The envelope around every 渝快办 push:
//   {"meta": {"appId", "msgId", "msgType", "version", "timestamp"}, "data": {...}}
// parse() checks the body is one JSON object in an envelope version this adapter reads, checks
// meta, and keeps the parsed document alive for the data view it hands out.
#pragma once

#include "ykb_settings.hpp"

#include <casegw/sdk/json/json_object.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace casegw::yukuaiban {

// meta.msgType: an order (诉求工单: a new consultation, complaint, request, ...) or a user's
// 好差评 rating of a finished one.
enum class message_type { order, evaluation };

class ykb_message {
 public:
  // Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION, MISSING_FIELD, WRONG_TYPE,
  // INVALID_FIELD, INVALID_DATE or FIELD_TOO_LONG naming the meta field.
  static ykb_message parse(std::string_view body, const ykb_settings& settings);

  message_type type() const noexcept { return type_; }
  // Valid as long as this message is.
  sdk::json::json_object data() const;

 private:
  ykb_message(boost::json::value document, message_type type) : document_(std::move(document)), type_(type) {}
  sdk::json::json_object root() const;

  boost::json::value document_;
  message_type type_;
};

// "1" and "1.<minor>": minors only add optional fields, which this adapter ignores.
bool is_supported_version(std::string_view version) noexcept;

}  // namespace casegw::yukuaiban
