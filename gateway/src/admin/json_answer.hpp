// An admin answer with a JSON body (Content-Type application/json is the response default).
#pragma once

#include "net/http_types.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace casegw::admin {

inline net::http_response json_answer(int status, const boost::json::value& body) {
  net::http_response r;
  r.status = status;
  r.body = boost::json::serialize(body);
  return r;
}

}  // namespace casegw::admin
