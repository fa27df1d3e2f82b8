// A minimal, well-behaved adapter for loader, settings and pipeline tests.
//
// Settings: case_prefix (STRING, required), max_body_bytes (SIZE, default 64KiB, 1..16MiB),
// submitted_at (STRING, default "": the request's received_at; tests pin a date with it).
// decode: any non-empty body of at most max_body_bytes becomes a case with
//   channel.case_ref = <case_prefix>-<request_id>, submitted_at = received_at, kind other,
//   title "echo", content = the body, region 500000, an anonymous reporter;
//   an empty body -> MISSING_FIELD "body"; a larger one -> BODY_TOO_LARGE naming the limit.
// encode_event: POST /echo/events with the event JSON as the body.
// Built twice: as echo, and as duplicate_name (same name "echo", version ECHO_PLUGIN_VERSION).
#include <casegw/sdk/adapter.hpp>

#include <string>

#ifndef ECHO_PLUGIN_VERSION
#define ECHO_PLUGIN_VERSION "1.0.0"
#endif

namespace casegw::abi_test {

class echo final : public sdk::adapter {
 public:
  static constexpr const char* name = "echo";
  static constexpr const char* version = ECHO_PLUGIN_VERSION;
  static constexpr const char* description = "ABI test: echoes the request body as a case";
  static constexpr const char* media_types[] = {"application/json", "text/plain"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr casegw_config_field fields[] = {
      {"case_prefix", CASEGW_FIELD_STRING, CASEGW_FIELD_REQUIRED, nullptr, 1, 0,
       "Prefix of channel.case_ref: <case_prefix>-<request_id>"},
      {"max_body_bytes", CASEGW_FIELD_SIZE, 0, "64KiB", 1, std::int64_t{16} << 20,
       "Larger bodies are rejected with BODY_TOO_LARGE"},
      {"submitted_at", CASEGW_FIELD_STRING, 0, "", 1, 0,
       "RFC 3339 submission time of every case; empty = the request's received_at"},
  };

  explicit echo(sdk::host host)
      : prefix_(host.string("case_prefix")),
        max_body_bytes_(host.integer("max_body_bytes")),
        submitted_at_(host.string("submitted_at")) {
    if (prefix_.empty()) throw sdk::config_error("case_prefix: must not be empty");
    host.log(sdk::log_level::info, "echo ready: case_prefix=" + prefix_ + " max_body_bytes=" + std::to_string(max_body_bytes_));
  }

  void decode(const sdk::request& request, sdk::case_builder& out) override {
    const auto body = request.body();
    if (body.empty()) throw sdk::rejection("MISSING_FIELD", "body", "the body is empty");
    if (static_cast<std::int64_t>(body.size()) > max_body_bytes_)
      throw sdk::rejection("BODY_TOO_LARGE", "", "the body is larger than max_body_bytes (" + std::to_string(max_body_bytes_) + " bytes)");
    sdk::reporter anonymous;
    anonymous.type = sdk::reporter_type::anonymous;
    out.case_ref(prefix_ + "-" + std::string(request.request_id()))
        .submitted_at(submitted_at_.empty() ? std::string(request.received_at()) : submitted_at_)
        .kind(sdk::kind::other)
        .title("echo")
        .content(std::string(body))
        .region_code("500000")
        .reporter(anonymous);
  }

  void encode_event(const sdk::event& event, sdk::outbound_request& out) override {
    out.request_line("POST", "/echo/events");
    out.header("Content-Type", "application/json");
    out.body(event.json());
  }

 private:
  const std::string prefix_;
  const std::int64_t max_body_bytes_;
  const std::string submitted_at_;
};

}  // namespace casegw::abi_test

CASEGW_PLUGIN(casegw::abi_test::echo)
