// Outbound HTTP/1.1: one connection per request (resolve, connect, TLS with host-name
// verification, write, read) under a single deadline, the response body kept up to the request's limit.
#include "net/http_client.hpp"

#include "net/client_tls_context.hpp"
#include "net/client_url.hpp"
#include "net/connection_registry.hpp"
#include "net/header_field_safety.hpp"
#include "net/io_threads.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/x509v3.h>
#include <spdlog/spdlog.h>

#include <array>
#include <type_traits>

namespace casegw::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

using plain_stream = beast::tcp_stream;
using tls_stream = beast::ssl_stream<beast::tcp_stream>;
using completion = std::function<void(client_result)>;

constexpr std::uint32_t max_response_header = 64 * 1024;

struct client_core {
  explicit client_core(const client_tls& settings) : tls(make_client_tls_context(settings)), verify_peer(settings.verify_peer) {}

  asio::io_context io;
  asio::ssl::context tls;
  bool verify_peer;
  connection_registry in_flight;
};

bool is_ip_literal(const std::string& host) {
  boost::system::error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

// Fields the client owns (framing, Host) or that would split the request.
bool may_copy_field(const http_header& field) {
  return header_field_is_clean(field) &&
         !header_field_is_one_of(field, {"content-length", "transfer-encoding", "connection", "host", "content-type"});
}

http::request<http::string_body> to_wire_request(const client_request& request, const client_url& url) {
  http::request<http::string_body> wire;
  wire.version(11);
  const auto verb = http::string_to_verb(request.method);
  if (verb == http::verb::unknown) {
    wire.method_string(request.method);
  } else {
    wire.method(verb);
  }
  wire.target(url.target);
  wire.set(http::field::host, url.host_header);
  for (const auto& field : request.headers) {
    if (may_copy_field(field)) wire.insert(field.name, field.value);
  }
  if (wire.find(http::field::user_agent) == wire.end()) wire.set(http::field::user_agent, "casegw");
  if (!request.body.empty() && !request.content_type.empty()) {
    wire.set(http::field::content_type, request.content_type);
  }
  wire.keep_alive(false);  // one connection per request
  wire.body() = request.body;
  wire.prepare_payload();
  return wire;
}

std::string describe_failure(std::string_view step, const beast::error_code& ec) {
  if (ec == asio::error::connection_refused) return "connection refused";
  if (ec == beast::error::timeout) return "timeout";
  return std::string(step) + " failed: " + ec.message();
}

template <class Stream>
class exchange final : public closable_connection, public std::enable_shared_from_this<exchange<Stream>> {
  static constexpr bool uses_tls = std::is_same_v<Stream, tls_stream>;

 public:
  exchange(std::shared_ptr<client_core> core, client_request request, client_url url, completion done)
      : core_(std::move(core)),
        strand_(asio::make_strand(core_->io)),
        resolver_(strand_),
        deadline_(strand_),
        stream_(make_stream()),
        request_(std::move(request)),
        url_(std::move(url)),
        done_(std::move(done)) {}

  ~exchange() override {
    if (registration_) core_->in_flight.remove(*registration_);
  }

  void start() {
    registration_ = core_->in_flight.add(this->weak_from_this());
    asio::dispatch(strand_, [self = this->shared_from_this()] {
      if (!self->registration_) return self->fail("cancelled");
      self->begin();
    });
  }

  void close() override {
    asio::post(strand_, [self = this->shared_from_this()] { self->fail("cancelled"); });
  }

 private:
  Stream make_stream() {
    if constexpr (uses_tls) {
      return Stream(strand_, core_->tls);
    } else {
      return Stream(strand_);
    }
  }

  template <class Member>
  auto continue_with(Member member) {
    return beast::bind_front_handler(member, this->shared_from_this());
  }

  // The timer bounds everything, resolution included; the stream's own expiry (same
  // instant) makes every socket operation fail promptly once it has passed.
  void begin() {
    deadline_at_ = std::chrono::steady_clock::now() + request_.timeout;
    deadline_.expires_at(deadline_at_);
    deadline_.async_wait([self = this->shared_from_this()](boost::system::error_code ec) {
      if (!ec) self->fail("timeout");
    });
    const auto flags = is_ip_literal(url_.host) ? tcp::resolver::numeric_host : tcp::resolver::flags{};
    resolver_.async_resolve(url_.host, std::to_string(url_.port), flags | tcp::resolver::numeric_service,
                            continue_with(&exchange::on_resolved));
  }

  void on_resolved(beast::error_code ec, tcp::resolver::results_type endpoints) {
    if (finished_) return;
    if (ec) return fail(describe_failure("resolve", ec));
    auto& socket_layer = beast::get_lowest_layer(stream_);
    socket_layer.expires_at(deadline_at_);
    socket_layer.async_connect(endpoints, continue_with(&exchange::on_connected));
  }

  void on_connected(beast::error_code ec, const tcp::endpoint&) {
    if (finished_) return;
    if (ec) return fail(describe_failure("connect", ec));
    if constexpr (uses_tls) {
      if (!prepare_tls_verification()) return fail("tls setup failed: cannot set the expected host name");
      stream_.async_handshake(asio::ssl::stream_base::client, continue_with(&exchange::on_handshake));
    } else {
      write_request();
    }
  }

  // SNI for names (RFC 6066 forbids IP literals there) and the identity the chain must match.
  bool prepare_tls_verification() {
    SSL* ssl = stream_.native_handle();
    const bool ip_literal = is_ip_literal(url_.host);
    if (!ip_literal && SSL_set_tlsext_host_name(ssl, url_.host.c_str()) != 1) return false;
    if (!core_->verify_peer) return true;
    if (ip_literal) return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), url_.host.c_str()) == 1;
    return SSL_set1_host(ssl, url_.host.c_str()) == 1;
  }

  void on_handshake(beast::error_code ec) {
    if (finished_) return;
    if (ec) {
      const long verify_result = SSL_get_verify_result(stream_.native_handle());
      if (verify_result != X509_V_OK) {
        return fail(std::string("certificate verify failed: ") + X509_verify_cert_error_string(verify_result));
      }
      return fail(describe_failure("tls handshake", ec));
    }
    write_request();
  }

  void write_request() {
    wire_request_ = to_wire_request(request_, url_);
    http::async_write(stream_, wire_request_, continue_with(&exchange::on_written));
  }

  void on_written(beast::error_code ec, std::size_t) {
    if (finished_) return;
    if (ec) return fail(describe_failure("write", ec));
    parser_.header_limit(max_response_header);
    parser_.body_limit(boost::none);  // only max_body_bytes are kept; the rest is never read
    parser_.skip(request_.method == "HEAD");
    http::async_read_header(stream_, buffer_, parser_, continue_with(&exchange::on_header));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (finished_) return;
    if (ec) return fail(describe_failure("read", ec));
    const auto& message = parser_.get();
    result_.status = static_cast<int>(message.result_int());
    for (const auto& field : message) {
      result_.headers.push_back({std::string(field.name_string()), std::string(field.value())});
    }
    read_body_chunk();
  }

  void read_body_chunk() {
    if (parser_.is_done()) return succeed();
    auto& body = parser_.get().body();
    body.data = chunk_.data();
    body.size = chunk_.size();
    http::async_read_some(stream_, buffer_, parser_, continue_with(&exchange::on_body_chunk));
  }

  void on_body_chunk(beast::error_code ec, std::size_t) {
    if (finished_) return;
    if (ec == http::error::need_buffer) ec = {};
    if (ec) return fail(describe_failure("read", ec));
    const std::size_t received = chunk_.size() - parser_.get().body().size;
    const std::size_t room = request_.max_body_bytes - result_.body.size();
    result_.body.append(chunk_.data(), std::min(received, room));
    if (parser_.is_done() || result_.body.size() >= request_.max_body_bytes) return succeed();
    read_body_chunk();
  }

  void succeed() {
    result_.completed = true;
    finish(std::move(result_));
  }

  void fail(std::string error) {
    client_result failed;
    failed.status = result_.status;
    failed.error = std::move(error);
    finish(std::move(failed));
  }

  void finish(client_result result) {
    if (finished_) return;
    finished_ = true;
    deadline_.cancel();
    resolver_.cancel();
    beast::get_lowest_layer(stream_).close();  // aborts whatever is pending; never reused
    try {
      done_(std::move(result));
    } catch (const std::exception& e) {
      spdlog::error("http_client: a completion callback threw: {}", e.what());
    } catch (...) {
      spdlog::error("http_client: a completion callback threw");
    }
  }

  std::shared_ptr<client_core> core_;
  asio::strand<asio::io_context::executor_type> strand_;
  tcp::resolver resolver_;
  asio::steady_timer deadline_;
  Stream stream_;
  client_request request_;
  client_url url_;
  completion done_;
  std::optional<std::uint64_t> registration_;
  std::chrono::steady_clock::time_point deadline_at_;
  http::request<http::string_body> wire_request_;
  beast::flat_buffer buffer_;
  http::response_parser<http::buffer_body> parser_;
  std::array<char, 16 * 1024> chunk_{};
  client_result result_;
  bool finished_ = false;
};

}  // namespace

std::string client_result::header(std::string_view name) const {
  for (const auto& field : headers) {
    if (beast::iequals(field.name, name)) return field.value;
  }
  return {};
}

struct http_client::impl {
  std::shared_ptr<client_core> core;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
  io_threads threads;
};

http_client::http_client(client_tls tls, unsigned threads) : impl_(std::make_unique<impl>()) {
  impl_->core = std::make_shared<client_core>(tls);
  impl_->keep_running.emplace(impl_->core->io.get_executor());
  impl_->threads.start(impl_->core->io, impl_->core, threads, "http_client");
}

http_client::~http_client() {
  impl_->core->in_flight.close_all();  // each exchange completes with "cancelled"
  impl_->keep_running.reset();
  impl_->threads.join();
}

void http_client::send(client_request request, std::function<void(client_result)> done) {
  client_url url;
  try {
    url = parse_client_url(request.url);
  } catch (const std::invalid_argument& e) {
    client_result invalid;
    invalid.error = e.what();
    asio::post(impl_->core->io, [done = std::move(done), invalid = std::move(invalid)]() mutable {
      done(std::move(invalid));
    });
    return;
  }
  if (url.tls) {
    std::make_shared<exchange<tls_stream>>(impl_->core, std::move(request), std::move(url), std::move(done))->start();
  } else {
    std::make_shared<exchange<plain_stream>>(impl_->core, std::move(request), std::move(url), std::move(done))->start();
  }
}

}  // namespace casegw::net
