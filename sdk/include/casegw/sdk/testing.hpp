// A fake host so plugin authors can unit-test an adapter without the gateway. It drives the
// adapter through the same C descriptor and noexcept thunks the gateway uses, so what passes
// here behaves the same when loaded.
//
//   casegw::sdk::testing::fake_host<my_adapter> host({{"api_key_header", "X-Key"}});
//   auto r = host.decode({.media_type = "application/json", .body = R"({...})"});
//   EXPECT_EQ(r.status, CASEGW_OK);
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace casegw::sdk::testing {

struct fake_request {
  std::string channel_id = "test_channel";
  std::string media_type = "application/json";
  std::string charset;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string received_at = "2026-11-20T10:00:00+08:00";
  std::string request_id = "test-request";
};

struct call_result {
  casegw_status status = CASEGW_FAILED;
  std::string output;  // decode: the case JSON; encode: the body
  std::string code, field, message;
  // encode_event only
  std::string method, path;
  std::vector<std::pair<std::string, std::string>> headers;
};

// What read_poll() yielded.
struct poll_items {
  casegw_status status = CASEGW_FAILED;
  std::vector<std::pair<std::string, std::string>> items;  // media type, body
  std::optional<std::string> cursor;                         // nullopt: not set
  bool more = false;
  std::string code, field, message;
};

struct log_line {
  casegw_log_level level;
  std::string message;
};

template <class A>
class fake_host {
 public:
  // Lets host({{"key", "value"}}) compile: with a single pair, a braced list is otherwise
  // ambiguous between the map overload (iterator-pair constructor) and the copy constructor.
  fake_host(std::initializer_list<std::pair<const std::string, std::string>> settings)
      : fake_host(std::map<std::string, std::string>(settings)) {}
  explicit fake_host(std::map<std::string, std::string> settings = {}) : settings_(std::move(settings)) {
    descriptor_ = detail::describe<A>();
    apply_defaults();
    api_.struct_size = sizeof api_;
    api_.abi_major = CASEGW_ABI_MAJOR;
    api_.abi_minor = CASEGW_ABI_MINOR;
    api_.log = &log_thunk;
    api_.setting_string = &string_thunk;
    api_.setting_int = &int_thunk;
    api_.setting_bool = &bool_thunk;
    api_.division_known = &division_thunk;
    error_ = {};
    const casegw_status s = descriptor_.create(&api_, ctx(), &instance_, error_buf());
    if (s != CASEGW_OK) throw std::runtime_error("create failed: " + std::string(message_));
  }
  ~fake_host() {
    if (instance_) descriptor_.destroy(instance_);
  }
  fake_host(const fake_host&) = delete;
  fake_host& operator=(const fake_host&) = delete;

  call_result decode(const fake_request& r) {
    std::vector<casegw_header_view> headers;
    for (const auto& [n, v] : r.headers) headers.push_back({raw(n), raw(v)});
    casegw_request_view view{};
    view.struct_size = sizeof view;
    view.channel_id = raw(r.channel_id);
    view.request_id = raw(r.request_id);
    view.received_at = raw(r.received_at);
    view.media_type = raw(r.media_type);
    view.charset = raw(r.charset);
    view.headers = headers.data();
    view.header_count = headers.size();
    view.body = raw(r.body);
    call_result out;
    casegw_output sink{&out.output, &append_thunk};
    out.status = descriptor_.decode(instance_, &view, sink, error_buf());
    collect_error(out);
    return out;
  }

  call_result encode_event(const std::string& event_json) {
    casegw_event_view view{};
    view.struct_size = sizeof view;
    view.event_json = raw(event_json);
    call_result out;
    casegw_outbound_sink sink{&out, &request_line_thunk, &header_thunk, &body_thunk};
    out.status = descriptor_.encode_event(instance_, &view, sink, error_buf());
    collect_error(out);
    return out;
  }

  // Pulled channels: the request build_poll() describes for this cursor.
  call_result build_poll(const std::string& cursor, const std::string& now = "2026-11-20T10:00:00+08:00") {
    casegw_poll_view view{};
    view.struct_size = sizeof view;
    view.channel_id = raw(channel_id_);
    view.cursor = raw(cursor);
    view.now = raw(now);
    call_result out;
    if (descriptor_.build_poll == nullptr) return out;
    casegw_outbound_sink sink{&out, &request_line_thunk, &header_thunk, &body_thunk};
    out.status = descriptor_.build_poll(instance_, &view, sink, error_buf());
    collect_error(out);
    return out;
  }

  // Pulled channels: split a platform answer into items.
  poll_items read_poll(unsigned status, const std::string& body, const std::string& cursor = "",
                       const std::string& media_type = "application/json") {
    casegw_poll_response_view view{};
    view.struct_size = sizeof view;
    view.status = status;
    view.channel_id = raw(channel_id_);
    view.cursor = raw(cursor);
    view.media_type = raw(media_type);
    view.body = raw(body);
    poll_items out;
    if (descriptor_.read_poll == nullptr) return out;
    casegw_poll_sink sink{&out, &item_thunk, &cursor_thunk, &more_thunk};
    out.status = descriptor_.read_poll(instance_, &view, sink, error_buf());
    out.code = code_;
    out.field = field_;
    out.message = message_;
    return out;
  }

  // By default every code passes the host's division check; after this only the listed ones
  // (and codes below a listed county whose towns are not listed) do, like the gateway's data.
  void known_divisions(std::set<std::string> codes) { divisions_ = std::move(codes); }

  const std::vector<log_line>& logs() const noexcept { return logs_; }
  const casegw_plugin& descriptor() const noexcept { return descriptor_; }

 private:
  casegw_host_ctx* ctx() noexcept { return reinterpret_cast<casegw_host_ctx*>(this); }
  static fake_host* self(casegw_host_ctx* c) noexcept { return reinterpret_cast<fake_host*>(c); }

  casegw_error_buf error_buf() noexcept {
    code_[0] = field_[0] = message_[0] = '\0';
    return {code_, sizeof code_, field_, sizeof field_, message_, sizeof message_};
  }
  void collect_error(call_result& out) const {
    out.code = code_;
    out.field = field_;
    out.message = message_;
  }

  void apply_defaults() {
    for (std::size_t i = 0; i < descriptor_.field_count; ++i) {
      const auto& f = descriptor_.fields[i];
      if (!settings_.count(f.name) && f.default_value) settings_[f.name] = f.default_value;
    }
  }

  // Mirrors the gateway's reading of DURATION_MS and SIZE values ("30s", "64KiB").
  static std::int64_t parse_number(const std::string& text) {
    std::size_t used = 0;
    const std::int64_t n = std::stoll(text, &used);
    const std::string unit = text.substr(used);
    if (unit.empty() || unit == "ms" || unit == "B") return n;
    if (unit == "s") return n * 1000;
    if (unit == "m") return n * 60 * 1000;
    if (unit == "h") return n * 3600 * 1000;
    if (unit == "KiB") return n << 10;
    if (unit == "MiB") return n << 20;
    if (unit == "GiB") return n << 30;
    throw std::invalid_argument("unknown unit in '" + text + "'");
  }

  static void CASEGW_CALL log_thunk(casegw_host_ctx* c, casegw_log_level level, casegw_str_view m) {
    self(c)->logs_.push_back({level, std::string(view(m))});
  }
  static int CASEGW_CALL string_thunk(casegw_host_ctx* c, const char* key, casegw_str_view* out) {
    auto it = self(c)->settings_.find(key);
    if (it == self(c)->settings_.end()) return 0;
    *out = raw(it->second);
    return 1;
  }
  static int CASEGW_CALL int_thunk(casegw_host_ctx* c, const char* key, std::int64_t* out) {
    auto it = self(c)->settings_.find(key);
    if (it == self(c)->settings_.end()) return 0;
    *out = parse_number(it->second);
    return 1;
  }
  static int CASEGW_CALL bool_thunk(casegw_host_ctx* c, const char* key, std::uint8_t* out) {
    auto it = self(c)->settings_.find(key);
    if (it == self(c)->settings_.end()) return 0;
    *out = it->second == "true" ? 1 : 0;
    return 1;
  }
  static int CASEGW_CALL division_thunk(casegw_host_ctx* c, casegw_str_view code) {
    const auto& known = self(c)->divisions_;
    if (!known) return 1;
    const std::string text(view(code));
    if (known->count(text)) return 1;
    if (text.size() <= 6) return 0;
    // A town or village of a county the list gives no towns for is judged by its county.
    const std::string county = text.substr(0, 6);
    for (const auto& k : *known)
      if (k.size() > 6 && k.compare(0, 6, county) == 0) return 0;
    return known->count(county) ? 1 : 0;
  }
  static void CASEGW_CALL item_thunk(void* ctx, casegw_str_view media_type, casegw_str_view body) {
    static_cast<poll_items*>(ctx)->items.emplace_back(std::string(view(media_type)), std::string(view(body)));
  }
  static void CASEGW_CALL cursor_thunk(void* ctx, casegw_str_view cursor) {
    static_cast<poll_items*>(ctx)->cursor = std::string(view(cursor));
  }
  static void CASEGW_CALL more_thunk(void* ctx, std::uint32_t more) { static_cast<poll_items*>(ctx)->more = more != 0; }
  static void CASEGW_CALL append_thunk(void* ctx, const char* data, std::size_t size) {
    static_cast<std::string*>(ctx)->append(data, size);
  }
  static void CASEGW_CALL request_line_thunk(void* ctx, casegw_str_view method, casegw_str_view path) {
    auto* r = static_cast<call_result*>(ctx);
    r->method = std::string(view(method));
    r->path = std::string(view(path));
  }
  static void CASEGW_CALL header_thunk(void* ctx, casegw_str_view name, casegw_str_view value) {
    static_cast<call_result*>(ctx)->headers.emplace_back(std::string(view(name)), std::string(view(value)));
  }
  static void CASEGW_CALL body_thunk(void* ctx, const char* data, std::size_t size) {
    static_cast<call_result*>(ctx)->output.append(data, size);
  }

  std::map<std::string, std::string> settings_;
  std::optional<std::set<std::string>> divisions_;
  std::string channel_id_ = "test_channel";
  casegw_plugin descriptor_{};
  casegw_host_api api_{};
  casegw_instance* instance_ = nullptr;
  casegw_error_buf error_{};
  char code_[64]{}, field_[256]{}, message_[512]{};
  std::vector<log_line> logs_;
};

}  // namespace casegw::sdk::testing
