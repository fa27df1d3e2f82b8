// One JSON document of the platform (a handover item, a poll answer, a workflow event), parsed
// strictly and kept alive for the json_node views handed out from it.
#pragma once

#include "json_node.hpp"

#include <boost/json/value.hpp>

#include <string_view>

namespace casegw::state_council {

class json_document {
 public:
  // Strict RFC 8259: UTF-8 only, no comments, no trailing data, nesting at most 32 deep; the
  // top level must be an object. Throws MALFORMED_BODY saying "the body is not <what>", or
  // DUPLICATE_FIELD naming the first key that appears twice in one object (except strictly
  // below `duplicates_checked_elsewhere`, a path whose parts are checked on their own later).
  static json_document parse(std::string_view text, std::string_view what,
                             std::string_view duplicates_checked_elsewhere = {});

  // Valid as long as this document is.
  json_node root() const;

 private:
  explicit json_document(boost::json::value value) : value_(std::move(value)) {}

  boost::json::value value_;
};

}  // namespace casegw::state_council
