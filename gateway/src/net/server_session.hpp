// Internal to net/ (includes Asio): what every connection of an http_server shares, and how
// the listener hands an accepted socket to a new session.
#pragma once

#include "net/connection_registry.hpp"
#include "net/http_server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <optional>

namespace casegw::net {

// Sessions hold a shared_ptr to the core, so the io_context outlives any session that a
// handler keeps alive through a responder it has not called yet.
struct server_core {
  server_core(server_options server_options, request_handler& request_handler)
      : options(std::move(server_options)), handler(request_handler) {}

  server_options options;
  request_handler& handler;
  boost::asio::io_context io;
  std::optional<boost::asio::ssl::context> tls;
  connection_registry connections;
};

// Takes over the socket (accepted on its own strand) and serves it until it closes.
void start_session(const std::shared_ptr<server_core>& core, boost::asio::ip::tcp::socket socket);

}  // namespace casegw::net
