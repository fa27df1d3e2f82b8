#include "net/client_url.hpp"

#include <boost/url/parse.hpp>

#include <stdexcept>

namespace casegw::net {

client_url parse_client_url(std::string_view text) {
  const auto parsed = boost::urls::parse_uri(text);
  if (!parsed) throw std::invalid_argument("invalid URL: " + parsed.error().message());
  const boost::urls::url_view& url = *parsed;

  client_url result;
  const auto scheme = url.scheme_id();
  if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) {
    throw std::invalid_argument("URL scheme must be http or https");
  }
  result.tls = scheme == boost::urls::scheme::https;
  result.host = url.host_address();
  if (result.host.empty()) throw std::invalid_argument("URL has no host");
  if (url.has_port()) {
    if (url.port().empty() || url.port_number() == 0) throw std::invalid_argument("URL port is invalid");
    result.port = url.port_number();
  } else {
    result.port = result.tls ? 443 : 80;
  }
  result.host_header = std::string(url.encoded_host());
  if (url.has_port()) result.host_header += ":" + std::to_string(result.port);
  result.target = std::string(url.encoded_path());
  if (result.target.empty()) result.target = "/";
  if (url.has_query()) result.target += "?" + std::string(url.encoded_query());
  return result;
}

}  // namespace casegw::net
