// One connection of an http_server, plain or TLS (the same template serves both): TLS
// handshake, then request after request under explicit deadlines, the header block read and
// checked here before Beast parses it (see header_block_scan.hpp for why).
#include "net/server_session.hpp"

#include "net/error_response.hpp"
#include "net/header_block_scan.hpp"
#include "net/header_field_safety.hpp"
#include "net/peer_certificate.hpp"
#include "net/request_id.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <string>
#include <type_traits>

namespace casegw::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

using plain_stream = beast::tcp_stream;
using tls_stream = beast::ssl_stream<beast::tcp_stream>;
using wire_response = http::response<http::string_body>;

constexpr std::size_t header_read_chunk = 4096;
// How long a closing connection waits for the peer's close_notify / FIN, so that the last
// response is not destroyed by a TCP reset while the peer still sends its body.
constexpr std::chrono::milliseconds linger_limit{1000};
constexpr std::string_view continue_response = "HTTP/1.1 100 Continue\r\n\r\n";

std::string remote_address_of(const tcp::socket& socket) {
  beast::error_code ec;
  const auto endpoint = socket.remote_endpoint(ec);
  return ec ? std::string("unknown") : endpoint.address().to_string();
}

bool requires_length(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}

bool is_parse_error(const beast::error_code& ec) {
  return ec.category() == http::make_error_code(http::error::bad_method).category();
}

bool is_ordinary_disconnect(const beast::error_code& ec) {
  return ec == asio::error::eof || ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
         ec == asio::ssl::error::stream_truncated || ec == http::error::end_of_stream ||
         ec == http::error::partial_message;
}

// Fields the server owns (framing, identification) or that would split the response.
bool may_copy_field(const http_header& field) {
  return header_field_is_clean(field) &&
         !header_field_is_one_of(field, {"content-length", "transfer-encoding", "connection", "content-type", "x-request-id"});
}

// A response to HEAD announces the length of the body it does not carry (RFC 9110 9.3.2).
std::unique_ptr<wire_response> to_wire_response(http_response response, std::string_view request_id,
                                                bool keep_alive, bool without_body) {
  auto wire = std::make_unique<wire_response>();
  wire->version(11);
  wire->result(response.status >= 100 && response.status <= 599 ? static_cast<unsigned>(response.status) : 500U);
  for (const auto& field : response.headers) {
    if (may_copy_field(field)) wire->insert(field.name, field.value);
  }
  if (!response.content_type.empty()) wire->set(http::field::content_type, response.content_type);
  wire->set("X-Request-Id", request_id);
  wire->keep_alive(keep_alive);
  if (without_body) {
    wire->content_length(response.body.size());
    return wire;
  }
  wire->body() = std::move(response.body);
  wire->prepare_payload();
  return wire;
}

template <class Stream>
class http_session final : public closable_connection, public std::enable_shared_from_this<http_session<Stream>> {
  static constexpr bool uses_tls = std::is_same_v<Stream, tls_stream>;

 public:
  http_session(std::shared_ptr<server_core> core, tcp::socket socket)
      : core_(std::move(core)), remote_address_(remote_address_of(socket)), stream_(make_stream(std::move(socket))) {}

  ~http_session() override {
    if (registration_) core_->connections.remove(*registration_);
  }

  void start() {
    registration_ = core_->connections.add(this->weak_from_this());
    if (!registration_) return;  // the server is stopping; the socket closes with this session
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->begin(); });
  }

  void close() override {
    asio::post(stream_.get_executor(), [self = this->shared_from_this()] {
      self->stopping_ = true;
      self->close_socket();
    });
  }

 private:
  Stream make_stream(tcp::socket socket) {
    if constexpr (uses_tls) {
      return Stream(std::move(socket), *core_->tls);
    } else {
      return Stream(std::move(socket));
    }
  }

  const server_limits& limits() const { return core_->options.limits; }
  void expire_after(std::chrono::milliseconds timeout) { beast::get_lowest_layer(stream_).expires_after(timeout); }

  template <class Member>
  auto continue_with(Member member) {
    return beast::bind_front_handler(member, this->shared_from_this());
  }

  void begin() {
    if constexpr (uses_tls) {
      expire_after(limits().tls_handshake);
      stream_.async_handshake(asio::ssl::stream_base::server, continue_with(&http_session::on_handshake));
    } else {
      await_request(true);
    }
  }

  void on_handshake(beast::error_code ec) {
    if (ec) return end(ec, "the TLS handshake");
    if constexpr (uses_tls) client_certificate_ = verified_peer_certificate(stream_.native_handle());
    await_request(true);
  }

  // ---- header block ------------------------------------------------------------------

  void await_request(bool first) {
    if (stopping_) return;
    request_id_ = new_request_id();
    head_ = {};
    parser_.reset();
    keep_alive_ = false;
    answering_head_ = false;
    if (buffer_.size() > 0) {  // the client already sent (part of) its next request
      expire_after(limits().header);
      return inspect_header_bytes();
    }
    // The first request's header must arrive within the header deadline of the connection
    // opening; later ones may wait `idle`, and then the header deadline runs from their first byte.
    awaiting_first_byte_ = !first;
    expire_after(first ? limits().header : limits().idle);
    read_header_bytes();
  }

  void read_header_bytes() {
    stream_.async_read_some(buffer_.prepare(header_read_chunk), continue_with(&http_session::on_header_bytes));
  }

  void on_header_bytes(beast::error_code ec, std::size_t bytes) {
    if (ec) return end(ec, "reading a request header");
    buffer_.commit(bytes);
    if (awaiting_first_byte_) {
      awaiting_first_byte_ = false;
      expire_after(limits().header);
    }
    inspect_header_bytes();
  }

  std::string_view buffered_text() const {
    const auto bytes = buffer_.data();
    return {static_cast<const char*>(bytes.data()), bytes.size()};
  }

  void inspect_header_bytes() {
    const auto scan = scan_header_block(buffered_text(), limits().header_bytes, limits().header_count);
    switch (scan.problem) {
      case header_block_problem::too_large:
        return reject(431, "HEADER_TOO_LARGE",
                      "the request header block exceeds " + std::to_string(limits().header_bytes) + " bytes");
      case header_block_problem::too_many_fields:
        return reject(431, "TOO_MANY_HEADERS",
                      "the request has more than " + std::to_string(limits().header_count) + " header fields");
      case header_block_problem::obs_fold:
        return reject(400, "OBS_FOLD_REJECTED", "header fields continued on a following line (obs-fold) are not accepted");
      case header_block_problem::bare_line_feed:
        return reject(400, "MALFORMED_REQUEST", "request lines must end with CRLF");
      case header_block_problem::none:
        break;
    }
    if (!scan.complete) return read_header_bytes();
    parse_header(scan.size);
  }

  void parse_header(std::size_t header_size) {
    parser_.emplace();
    parser_->header_limit(std::numeric_limits<std::uint32_t>::max());  // enforced by the scan
    parser_->body_limit(boost::none);  // set once the handler has said what it accepts
    beast::error_code ec;
    const std::size_t used = parser_->put(asio::buffer(buffer_.data().data(), header_size), ec);
    if (ec || used != header_size || !parser_->is_header_done()) {
      const std::string reason = ec ? ": " + ec.message() : std::string();
      return reject(400, "MALFORMED_REQUEST", "the request line or header block is malformed" + reason);
    }
    buffer_.consume(header_size);
    describe_head();
    decide_on_header();
  }

  void describe_head() {
    const auto& message = parser_->get();
    head_.method = std::string(message.method_string());
    head_.target = std::string(message.target());
    for (const auto& field : message) {
      head_.headers.push_back({std::string(field.name_string()), std::string(field.value())});
    }
    if (const auto length = parser_->content_length()) head_.content_length = static_cast<std::size_t>(*length);
    head_.chunked = parser_->chunked();
    head_.remote_address = remote_address_;
    head_.request_id = request_id_;
    head_.client_certificate_subject = client_certificate_.subject;
    head_.client_certificate_sha256 = client_certificate_.sha256;
    keep_alive_ = message.keep_alive();
    answering_head_ = message.method() == http::verb::head;
  }

  // Once the server is stopping, the handler may already be gone.
  bool server_stopping() const { return stopping_ || core_->connections.closed(); }

  void decide_on_header() {
    if (server_stopping()) return close_socket();
    header_verdict verdict;
    try {
      verdict = core_->handler.on_header(head_);
    } catch (...) {
      spdlog::error("{}: on_header threw for request {} from {}", core_->options.name, request_id_, remote_address_);
      return reject(500, "INTERNAL_ERROR", "the request could not be handled");
    }
    const bool body_announced = head_.chunked || head_.content_length.value_or(0) > 0;
    if (verdict.reject) return answer(std::move(*verdict.reject), body_announced);
    if (core_->options.length_required && requires_length(head_.method) && !head_.content_length && !head_.chunked) {
      return reject(411, "LENGTH_REQUIRED", "this method requires Content-Length or chunked Transfer-Encoding");
    }
    body_limit_ = verdict.body_limit != 0 ? verdict.body_limit : limits().body_bytes;
    handler_context_ = std::move(verdict.context);
    if (head_.content_length.value_or(0) > body_limit_) return reject_body_too_large();
    parser_->body_limit(body_limit_);
    if (body_announced && beast::iequals(parser_->get()[http::field::expect], "100-continue")) {
      return send_continue();
    }
    read_body();
  }

  // ---- body --------------------------------------------------------------------------

  void send_continue() {
    expire_after(limits().write);
    asio::async_write(stream_, asio::buffer(continue_response.data(), continue_response.size()),
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec) return self->end(ec, "writing 100 Continue");
                        self->read_body();
                      });
  }

  void read_body() {
    expire_after(limits().body);
    if (parser_->is_done()) return hand_over_request();
    http::async_read(stream_, buffer_, *parser_, continue_with(&http_session::on_body));
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) return reject_body_too_large();
    if (ec && !is_ordinary_disconnect(ec) && is_parse_error(ec)) {
      return reject(400, "MALFORMED_REQUEST", "the request body framing is malformed: " + ec.message());
    }
    if (ec) return end(ec, "reading a request body");
    hand_over_request();
  }

  void reject_body_too_large() {
    reject(413, "BODY_TOO_LARGE", "the request body exceeds " + std::to_string(body_limit_) + " bytes");
  }

  void hand_over_request() {
    if (server_stopping()) return close_socket();
    beast::get_lowest_layer(stream_).expires_never();  // the handler's time is not the client's
    http_request request{std::move(head_), std::move(parser_->get().body()), std::move(handler_context_)};
    parser_.reset();
    auto respond = make_responder();
    try {
      core_->handler.on_request(std::move(request), respond);
    } catch (...) {
      spdlog::error("{}: on_request threw for request {} from {}", core_->options.name, request_id_, remote_address_);
      respond(error_response(500, "INTERNAL_ERROR", "the request could not be handled", request_id_));
    }
  }

  // The handler may answer later from any thread; only the first answer counts.
  responder make_responder() {
    auto answered = std::make_shared<std::atomic<bool>>(false);
    return [self = this->shared_from_this(), answered](http_response response) {
      if (answered->exchange(true)) return;
      self->post_answer(std::move(response));
    };
  }

  void post_answer(http_response response) {
    auto self = this->shared_from_this();
    core_->connections.run_unless_closed([&] {
      asio::post(stream_.get_executor(), [self, response = std::move(response)]() mutable {
        self->answer(std::move(response), false);
      });
    });
  }

  // ---- response ----------------------------------------------------------------------

  void reject(int status, std::string_view code, const std::string& message) {
    spdlog::info("{}: {} {} for request {} from {}", core_->options.name, status, code, request_id_, remote_address_);
    answer(error_response(status, code, message, request_id_), true);
  }

  void answer(http_response response, bool force_close) {
    if (stopping_) return;
    close_after_write_ = force_close || response.close_connection || !keep_alive_;
    response_ = to_wire_response(std::move(response), request_id_, !close_after_write_, answering_head_);
    expire_after(limits().write);
    http::async_write(stream_, *response_, continue_with(&http_session::on_written));
  }

  void on_written(beast::error_code ec, std::size_t) {
    response_.reset();
    if (ec) return end(ec, "writing a response");
    if (close_after_write_) return shut_down();
    await_request(false);
  }

  // ---- closing -----------------------------------------------------------------------

  void shut_down() {
    expire_after(linger_limit);
    if constexpr (uses_tls) {
      stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->close_socket(); });
    } else {
      beast::error_code ignored;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
      drain_until_peer_closes();
    }
  }

  void drain_until_peer_closes() {
    stream_.async_read_some(asio::buffer(drain_),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->close_socket();
                              self->drain_until_peer_closes();
                            });
  }

  void end(const beast::error_code& ec, const char* during) {
    if (ec == beast::error::timeout) {
      spdlog::info("{}: closed connection from {}: deadline passed during {}", core_->options.name, remote_address_,
                   during);
    } else if (!is_ordinary_disconnect(ec)) {
      spdlog::debug("{}: closed connection from {} after {}: {}", core_->options.name, remote_address_, during,
                    ec.message());
    }
    close_socket();
  }

  void close_socket() {
    auto& lowest = beast::get_lowest_layer(stream_);
    beast::error_code ignored;
    lowest.socket().shutdown(tcp::socket::shutdown_both, ignored);
    lowest.close();
  }

  std::shared_ptr<server_core> core_;
  std::string remote_address_;
  Stream stream_;
  std::optional<std::uint64_t> registration_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http_request_head head_;
  std::string request_id_;
  std::size_t body_limit_ = 0;
  std::shared_ptr<const void> handler_context_;
  std::unique_ptr<wire_response> response_;
  std::array<char, 4096> drain_{};
  peer_certificate client_certificate_;
  bool keep_alive_ = false;
  bool answering_head_ = false;
  bool close_after_write_ = false;
  bool awaiting_first_byte_ = false;
  bool stopping_ = false;
};

}  // namespace

void start_session(const std::shared_ptr<server_core>& core, tcp::socket socket) {
  if (core->tls) {
    std::make_shared<http_session<tls_stream>>(core, std::move(socket))->start();
  } else {
    std::make_shared<http_session<plain_stream>>(core, std::move(socket))->start();
  }
}

}  // namespace casegw::net
