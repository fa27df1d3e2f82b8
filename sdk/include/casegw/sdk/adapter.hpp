// The C++ layer plugin authors write against. Everything here compiles into the plugin;
// only the C structs of plugin_abi.h cross into the gateway.
//
//   class my_adapter final : public casegw::sdk::adapter {
//    public:
//     static constexpr const char* name = "my_channel";
//     static constexpr const char* version = "1.0.0";
//     static constexpr const char* description = "What this channel is";
//     static constexpr const char* media_types[] = {"application/json"};
//     static constexpr const char* charsets[] = {"utf-8"};
//     static constexpr casegw_config_field fields[] = {...};
//     explicit my_adapter(casegw::sdk::host h);
//     void decode(const casegw::sdk::request& req, casegw::sdk::case_builder& out) override;
//   };
//   CASEGW_PLUGIN(my_adapter)
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/rejection.hpp>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>

namespace casegw::sdk {

inline std::string_view view(casegw_str_view s) noexcept { return {s.data, s.size}; }
inline casegw_str_view raw(std::string_view s) noexcept { return {s.data(), s.size()}; }

enum class log_level : casegw_log_level { trace = 0, debug, info, warn, error, critical };

// The gateway, as seen from an adapter instance. Valid for the instance's whole lifetime.
class host {
 public:
  host(const casegw_host_api* api, casegw_host_ctx* ctx) noexcept : api_(api), ctx_(ctx) {}

  // Never pass reporter data or complaint text: the gateway's logs must stay free of it.
  void log(log_level level, std::string_view message) const noexcept {
    api_->log(ctx_, static_cast<casegw_log_level>(level), raw(message));
  }
  std::string_view string(const char* key) const noexcept {
    casegw_str_view v{};
    return api_->setting_string(ctx_, key, &v) ? view(v) : std::string_view{};
  }
  std::int64_t integer(const char* key) const noexcept {
    std::int64_t v = 0;
    api_->setting_int(ctx_, key, &v);
    return v;
  }
  bool boolean(const char* key) const noexcept {
    std::uint8_t v = 0;
    api_->setting_bool(ctx_, key, &v);
    return v != 0;
  }
  // Is code a division code the gateway knows (see casegw_host_api.division_known)? Check the
  // format first (casegw/sdk/region_code.hpp): this asks the gateway's division data.
  bool division_known(std::string_view code) const noexcept {
    if (api_->struct_size < offsetof(casegw_host_api, division_known) + sizeof api_->division_known ||
        api_->division_known == nullptr)
      return true;  // a host without division data cannot tell: the format check stands alone
    return api_->division_known(ctx_, raw(code)) == 1;
  }

 private:
  const casegw_host_api* api_;
  casegw_host_ctx* ctx_;
};

// One inbound request, borrowed for the duration of decode(): copy what you keep.
class request {
 public:
  explicit request(const casegw_request_view& r) noexcept : r_(r) {}
  std::string_view channel_id() const noexcept { return view(r_.channel_id); }
  std::string_view request_id() const noexcept { return view(r_.request_id); }
  std::string_view received_at() const noexcept { return view(r_.received_at); }
  std::string_view media_type() const noexcept { return view(r_.media_type); }
  std::string_view charset() const noexcept { return view(r_.charset); }
  std::string_view body() const noexcept { return view(r_.body); }
  // First header with this name (ASCII case-insensitive), or "" when absent.
  std::string_view header(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < r_.header_count; ++i) {
      const auto n = view(r_.headers[i].name);
      if (n.size() == name.size() && equal_ignoring_case(n, name)) return view(r_.headers[i].value);
    }
    return {};
  }

 private:
  static bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
  }
  const casegw_request_view& r_;
};

// A workflow event (casegw.event/v1) to be carried back to the channel.
class event {
 public:
  explicit event(const casegw_event_view& e) noexcept : e_(e) {}
  std::string_view json() const noexcept { return view(e_.event_json); }

 private:
  const casegw_event_view& e_;
};

// The channel request an adapter builds from an event; the gateway sends it.
class outbound_request {
 public:
  explicit outbound_request(casegw_outbound_sink s) noexcept : s_(s) {}
  void request_line(std::string_view method, std::string_view path) { s_.set_request_line(s_.ctx, raw(method), raw(path)); }
  void header(std::string_view name, std::string_view value) { s_.add_header(s_.ctx, raw(name), raw(value)); }
  void body(std::string_view bytes) { s_.append_body(s_.ctx, bytes.data(), bytes.size()); }

 private:
  casegw_outbound_sink s_;
};

// Pulled channels (ABI 1.1). One poll of the platform, as the gateway asks for it.
class poll {
 public:
  explicit poll(const casegw_poll_view& p) noexcept : p_(p) {}
  std::string_view channel_id() const noexcept { return view(p_.channel_id); }
  // "" on the very first poll; else the cursor the previous answer set.
  std::string_view cursor() const noexcept { return view(p_.cursor); }
  std::string_view now() const noexcept { return view(p_.now); }

 private:
  const casegw_poll_view& p_;
};

// The platform's answer to a poll, as the gateway received it (body converted to UTF-8).
class poll_response {
 public:
  explicit poll_response(const casegw_poll_response_view& r) noexcept : r_(r) {}
  unsigned status() const noexcept { return r_.status; }
  std::string_view cursor() const noexcept { return view(r_.cursor); }
  std::string_view media_type() const noexcept { return view(r_.media_type); }
  std::string_view charset() const noexcept { return view(r_.charset); }
  std::string_view body() const noexcept { return view(r_.body); }
  std::string_view header(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < r_.header_count; ++i) {
      const auto n = view(r_.headers[i].name);
      if (n.size() != name.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < n.size() && same; ++k)
        same = std::tolower(static_cast<unsigned char>(n[k])) == std::tolower(static_cast<unsigned char>(name[k]));
      if (same) return view(r_.headers[i].value);
    }
    return {};
  }

 private:
  const casegw_poll_response_view& r_;
};

// What a poll yielded: items to decode, where to continue, whether to poll again at once.
class poll_result {
 public:
  explicit poll_result(casegw_poll_sink s) noexcept : s_(s) {}
  // The item is later given to decode() as a request body of this media type.
  void add_item(std::string_view media_type, std::string_view body) { s_.add_item(s_.ctx, raw(media_type), raw(body)); }
  void cursor(std::string_view next) { s_.set_cursor(s_.ctx, raw(next)); }
  void more(bool more) { s_.set_more(s_.ctx, more ? 1u : 0u); }

 private:
  casegw_poll_sink s_;
};

class unsupported : public std::exception {
 public:
  const char* what() const noexcept override { return "operation not supported by this adapter"; }
};

class adapter {
 public:
  virtual ~adapter() = default;
  // Map the request onto the builder, or throw rejection. Must be safe to call concurrently.
  virtual void decode(const request& req, case_builder& out) = 0;
  // Optional: encode a workflow event for the channel. The default says "not supported".
  virtual void encode_event(const event&, outbound_request&) { throw unsupported(); }
  // Pulled channels only (declare `static constexpr bool pulled = true;` in the adapter):
  // describe the next poll as a request relative to the channel's base URL, then split the
  // answer into items. Both run concurrently with decode(); no networking of your own.
  virtual void build_poll(const poll&, outbound_request&) { throw unsupported(); }
  virtual void read_poll(const poll_response&, poll_result&) { throw unsupported(); }
};

namespace detail {

inline void copy_text(char* dst, std::size_t cap, std::string_view src) noexcept {
  if (!dst || cap == 0) return;
  const std::size_t n = src.size() < cap - 1 ? src.size() : cap - 1;
  for (std::size_t i = 0; i < n; ++i) dst[i] = src[i];
  dst[n] = '\0';
}

inline casegw_status report(const casegw_error_buf& e, std::string_view code, std::string_view field,
                            std::string_view message, casegw_status status) noexcept {
  copy_text(e.code, e.code_capacity, code);
  copy_text(e.field, e.field_capacity, field);
  copy_text(e.message, e.message_capacity, message);
  return status;
}

template <class A>
A* self(casegw_instance* p) noexcept { return reinterpret_cast<A*>(p); }

// The only functions the gateway ever calls. Each is noexcept and turns every exception into
// a status and an error text, so nothing thrown in a plugin can cross into the gateway.
template <class A>
struct thunks {
  static casegw_status CASEGW_CALL create(const casegw_host_api* api, casegw_host_ctx* ctx,
                                          casegw_instance** out, casegw_error_buf err) noexcept {
    try {
      *out = reinterpret_cast<casegw_instance*>(new A(host{api, ctx}));
      return CASEGW_OK;
    } catch (const config_error& x) {
      return report(err, "INVALID_CONFIG", "", x.what(), CASEGW_INVALID_CONFIG);
    } catch (const std::exception& x) {
      return report(err, "ADAPTER_FAILED", "", x.what(), CASEGW_FAILED);
    } catch (...) {
      return report(err, "ADAPTER_FAILED", "", "unknown exception in create", CASEGW_FAILED);
    }
  }

  static void CASEGW_CALL destroy(casegw_instance* p) noexcept { delete self<A>(p); }

  static casegw_status CASEGW_CALL decode(casegw_instance* p, const casegw_request_view* r,
                                          casegw_output out, casegw_error_buf err) noexcept {
    try {
      case_builder builder;
      self<A>(p)->decode(request{*r}, builder);
      const std::string json = builder.to_json();
      out.append(out.ctx, json.data(), json.size());
      return CASEGW_OK;
    } catch (const rejection& x) {
      return report(err, x.code(), x.field(), x.what(), CASEGW_REJECTED);
    } catch (const std::exception& x) {
      return report(err, "ADAPTER_FAILED", "", x.what(), CASEGW_FAILED);
    } catch (...) {
      return report(err, "ADAPTER_FAILED", "", "unknown exception in decode", CASEGW_FAILED);
    }
  }

  static casegw_status CASEGW_CALL encode_event(casegw_instance* p, const casegw_event_view* e,
                                                casegw_outbound_sink sink, casegw_error_buf err) noexcept {
    try {
      outbound_request out{sink};
      self<A>(p)->encode_event(event{*e}, out);
      return CASEGW_OK;
    } catch (const unsupported& x) {
      return report(err, "UNSUPPORTED", "", x.what(), CASEGW_UNSUPPORTED);
    } catch (const rejection& x) {
      return report(err, x.code(), x.field(), x.what(), CASEGW_REJECTED);
    } catch (const std::exception& x) {
      return report(err, "ADAPTER_FAILED", "", x.what(), CASEGW_FAILED);
    } catch (...) {
      return report(err, "ADAPTER_FAILED", "", "unknown exception in encode_event", CASEGW_FAILED);
    }
  }

  static casegw_status CASEGW_CALL build_poll(casegw_instance* p, const casegw_poll_view* v, casegw_outbound_sink sink,
                                              casegw_error_buf err) noexcept {
    return guarded(err, "build_poll", [&] {
      outbound_request out{sink};
      self<A>(p)->build_poll(poll{*v}, out);
    });
  }

  static casegw_status CASEGW_CALL read_poll(casegw_instance* p, const casegw_poll_response_view* v, casegw_poll_sink sink,
                                             casegw_error_buf err) noexcept {
    return guarded(err, "read_poll", [&] {
      poll_result out{sink};
      self<A>(p)->read_poll(poll_response{*v}, out);
    });
  }

 private:
  template <class F>
  static casegw_status guarded(const casegw_error_buf& err, const char* call, F&& f) noexcept {
    try {
      f();
      return CASEGW_OK;
    } catch (const unsupported& x) {
      return report(err, "UNSUPPORTED", "", x.what(), CASEGW_UNSUPPORTED);
    } catch (const rejection& x) {
      return report(err, x.code(), x.field(), x.what(), CASEGW_REJECTED);
    } catch (const std::exception& x) {
      return report(err, "ADAPTER_FAILED", "", x.what(), CASEGW_FAILED);
    } catch (...) {
      return report(err, "ADAPTER_FAILED", "", std::string("unknown exception in ") + call, CASEGW_FAILED);
    }
  }
};

template <class A>
constexpr bool is_pulled() noexcept {
  if constexpr (requires { A::pulled; }) return A::pulled;
  return false;
}

template <class A>
constexpr casegw_plugin describe() noexcept {
  casegw_plugin d{};
  d.magic = CASEGW_ABI_MAGIC;
  d.abi_major = CASEGW_ABI_MAJOR;
  d.abi_minor = CASEGW_ABI_MINOR;
  d.struct_size = sizeof(casegw_plugin);
  d.field_size = sizeof(casegw_config_field);
  d.name = A::name;
  d.version = A::version;
  d.description = A::description;
  d.media_types = std::data(A::media_types);
  d.media_type_count = std::size(A::media_types);
  d.charsets = std::data(A::charsets);
  d.charset_count = std::size(A::charsets);
  d.fields = std::data(A::fields);
  d.field_count = std::size(A::fields);
  d.create = &thunks<A>::create;
  d.destroy = &thunks<A>::destroy;
  d.decode = &thunks<A>::decode;
  d.encode_event = &thunks<A>::encode_event;
  if constexpr (is_pulled<A>()) {
    d.build_poll = &thunks<A>::build_poll;
    d.read_poll = &thunks<A>::read_poll;
  }
  return d;
}

}  // namespace detail
}  // namespace casegw::sdk

// Exports the plugin's single entry symbol. Use once per plugin, at namespace scope.
#define CASEGW_PLUGIN(AdapterType)                                                          \
  extern "C" CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { \
    static constexpr casegw_plugin descriptor = ::casegw::sdk::detail::describe<AdapterType>(); \
    return &descriptor;                                                                     \
  }
