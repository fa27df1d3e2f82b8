#include "net/error_response.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace casegw::net {

http_response error_response(int status, std::string_view code, std::string_view message,
                             std::string_view request_id) {
  // Boost.JSON does the escaping: messages may quote a field name with quotes or non-ASCII.
  boost::json::object error;
  error["code"] = code;
  error["message"] = message;
  error["request_id"] = request_id;
  boost::json::object document;
  document["error"] = std::move(error);

  http_response response;
  response.status = status;
  response.content_type = "application/json";
  response.body = boost::json::serialize(document);
  response.error_code = std::string(code);
  return response;
}

}  // namespace casegw::net
