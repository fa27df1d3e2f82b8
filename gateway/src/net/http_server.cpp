// The server's lifecycle: bind and listen, run the io_context on N threads, accept
// connections up to max_connections, and stop everything. Sessions live in server_session.cpp.
#include "net/http_server.hpp"

#include "net/io_threads.hpp"
#include "net/server_session.hpp"
#include "net/server_tls_context.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <spdlog/spdlog.h>

#include <mutex>
#include <stdexcept>

namespace casegw::net {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// After accept() fails (e.g. out of file descriptors) wait before trying again, rather than spin.
constexpr std::chrono::milliseconds accept_retry_delay{100};

tcp::endpoint endpoint_of(const server_options& options) {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(options.address, ec);
  if (ec) throw std::runtime_error(options.name + ": '" + options.address + "' is not an IP address");
  return {address, options.port};
}

class connection_listener : public std::enable_shared_from_this<connection_listener> {
 public:
  explicit connection_listener(std::shared_ptr<server_core> core)
      : core_(std::move(core)), acceptor_(asio::make_strand(core_->io)), retry_timer_(acceptor_.get_executor()) {}

  // Throws std::runtime_error when the address cannot be bound.
  std::uint16_t listen() {
    const tcp::endpoint endpoint = endpoint_of(core_->options);
    boost::system::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      throw std::runtime_error(core_->options.name + ": cannot listen on " + core_->options.address + ":" +
                               std::to_string(core_->options.port) + ": " + ec.message());
    }
    return acceptor_.local_endpoint().port();
  }

  void accept_next() {
    acceptor_.async_accept(asio::make_strand(core_->io),
                           [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
                             self->on_accept(ec, std::move(socket));
                           });
  }

  void close() {
    asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
      boost::system::error_code ignored;
      self->acceptor_.close(ignored);
      self->retry_timer_.cancel();
    });
  }

 private:
  void on_accept(boost::system::error_code ec, tcp::socket socket) {
    if (!acceptor_.is_open() || ec == asio::error::operation_aborted) return;
    if (ec) {
      spdlog::warn("{}: accept failed: {}", core_->options.name, ec.message());
      retry_timer_.expires_after(accept_retry_delay);
      retry_timer_.async_wait([self = shared_from_this()](boost::system::error_code wait_error) {
        if (!wait_error) self->accept_next();
      });
      return;
    }
    if (core_->connections.size() >= core_->options.limits.max_connections) {
      spdlog::warn("{}: {} connections open, closing a new one", core_->options.name,
                   core_->options.limits.max_connections);
      socket.close(ec);
    } else {
      start_session(core_, std::move(socket));
    }
    accept_next();
  }

  std::shared_ptr<server_core> core_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_timer_;
};

}  // namespace

struct http_server::impl {
  enum class state { created, running, stopped };

  std::shared_ptr<server_core> core;
  std::shared_ptr<connection_listener> listener;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
  io_threads threads;
  std::uint16_t bound_port = 0;
  std::mutex lifecycle_mutex;
  state current = state::created;
};

http_server::http_server(server_options options, request_handler& handler) : impl_(std::make_unique<impl>()) {
  impl_->core = std::make_shared<server_core>(std::move(options), handler);
  if (const auto& tls = impl_->core->options.tls) {
    try {
      impl_->core->tls.emplace(make_server_tls_context(*tls));
    } catch (const std::exception& e) {
      throw std::runtime_error(impl_->core->options.name + ": " + e.what());
    }
  }
}

http_server::~http_server() { stop(); }

void http_server::start() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  if (impl_->current != impl::state::created) {
    throw std::logic_error(impl_->core->options.name + ": an http_server can be started only once");
  }
  auto listener = std::make_shared<connection_listener>(impl_->core);
  impl_->bound_port = listener->listen();
  impl_->listener = listener;
  impl_->keep_running.emplace(impl_->core->io.get_executor());
  listener->accept_next();
  impl_->threads.start(impl_->core->io, impl_->core, impl_->core->options.threads, impl_->core->options.name);
  impl_->current = impl::state::running;
}

void http_server::stop() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  const bool was_running = impl_->current == impl::state::running;
  impl_->current = impl::state::stopped;
  if (!was_running) return;
  // Order matters: refuse late responders and new sessions first, so that nothing is posted
  // to the io_context once its threads may have run out of work and returned.
  impl_->core->connections.close_all();
  impl_->listener->close();
  impl_->keep_running.reset();
  impl_->threads.join();
  impl_->listener.reset();
}

std::uint16_t http_server::port() const { return impl_->bound_port; }

std::size_t http_server::active_connections() const { return impl_->core->connections.size(); }

}  // namespace casegw::net
