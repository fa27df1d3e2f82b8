#include "plugin_host/adapter_instance.hpp"

#include <spdlog/spdlog.h>

#include <array>

namespace casegw::plugin_host {

struct adapter_instance::host_context {
  const adapter_instance* owner = nullptr;
};

namespace {

adapter_instance::host_context* context_of(casegw_host_ctx* ctx) {
  return reinterpret_cast<adapter_instance::host_context*>(ctx);
}

const typed_setting* find_setting(casegw_host_ctx* ctx, const char* key, casegw_field_type type) {
  if (key == nullptr) return nullptr;
  const auto& settings = context_of(ctx)->owner->settings();
  auto it = settings.find(std::string_view(key));
  if (it == settings.end()) return nullptr;
  const bool numeric_read = type != CASEGW_FIELD_STRING;
  if (numeric_read && it->second.type == CASEGW_FIELD_STRING) return nullptr;
  return &it->second;
}

spdlog::level::level_enum to_spdlog(casegw_log_level level) {
  return level <= 5 ? static_cast<spdlog::level::level_enum>(level) : spdlog::level::critical;
}

// The host table every instance receives. Plugins log through it, tagged with their channel,
// so an operator can tell which adapter said what.
void CASEGW_CALL host_log(casegw_host_ctx* ctx, casegw_log_level level, casegw_str_view message) {
  const auto* owner = context_of(ctx)->owner;
  spdlog::log(to_spdlog(level), "plugin {} channel={}: {}", owner->plugin().name, owner->channel_id(),
              std::string_view(message.data, message.size));
}
int CASEGW_CALL host_setting_string(casegw_host_ctx* ctx, const char* key, casegw_str_view* out) {
  const auto* s = find_setting(ctx, key, CASEGW_FIELD_STRING);
  if (s == nullptr || out == nullptr) return 0;
  *out = {s->text.data(), s->text.size()};
  return 1;
}
int CASEGW_CALL host_setting_int(casegw_host_ctx* ctx, const char* key, std::int64_t* out) {
  const auto* s = find_setting(ctx, key, CASEGW_FIELD_INT);
  if (s == nullptr || out == nullptr) return 0;
  *out = s->number;
  return 1;
}
int CASEGW_CALL host_setting_bool(casegw_host_ctx* ctx, const char* key, std::uint8_t* out) {
  const auto* s = find_setting(ctx, key, CASEGW_FIELD_BOOL);
  if (s == nullptr || out == nullptr) return 0;
  *out = s->number != 0 ? 1 : 0;
  return 1;
}

int CASEGW_CALL host_division_known(casegw_host_ctx* ctx, casegw_str_view code) {
  if (code.data == nullptr && code.size != 0) return 0;
  return context_of(ctx)->owner->division_known(std::string_view(code.data, code.size)) ? 1 : 0;
}

const casegw_host_api host_api = [] {
  casegw_host_api api{};
  api.struct_size = sizeof api;
  api.abi_major = CASEGW_ABI_MAJOR;
  api.abi_minor = CASEGW_ABI_MINOR;
  api.log = &host_log;
  api.setting_string = &host_setting_string;
  api.setting_int = &host_setting_int;
  api.setting_bool = &host_setting_bool;
  api.division_known = &host_division_known;
  return api;
}();

struct error_buffers {
  std::array<char, 64> code{};
  std::array<char, 256> field{};
  std::array<char, 512> message{};
  casegw_error_buf view() { return {code.data(), code.size(), field.data(), field.size(), message.data(), message.size()}; }
  // A C plugin may forget the terminator; never read past the buffers.
  void terminate() { code.back() = field.back() = message.back() = '\0'; }
};

void CASEGW_CALL append_to_string(void* ctx, const char* data, std::size_t size) {
  static_cast<std::string*>(ctx)->append(data, size);
}

casegw_str_view view_of(std::string_view s) { return {s.data(), s.size()}; }
std::string text_of(casegw_str_view s) { return s.data == nullptr ? std::string() : std::string(s.data, s.size); }

std::vector<casegw_header_view> header_views(const std::vector<std::pair<std::string, std::string>>* headers) {
  std::vector<casegw_header_view> views;
  if (headers == nullptr) return views;
  views.reserve(headers->size());
  for (const auto& [name, value] : *headers) views.push_back({view_of(name), view_of(value)});
  return views;
}

// Copies the plugin's error text into an outcome (decode_outcome, poll_request, poll_outcome).
template <class Outcome>
void take_error(Outcome& out, error_buffers& errors) {
  errors.terminate();
  out.code = errors.code.data();
  out.field = errors.field.data();
  out.message = errors.message.data();
}

template <class Outcome>
Outcome unsupported_poll() {
  Outcome out;
  out.status = CASEGW_UNSUPPORTED;
  out.code = "UNSUPPORTED";
  out.message = "the plugin does not poll (it has no build_poll/read_poll)";
  return out;
}

// build_poll's outbound sink: the request line, headers and body of one poll.
void CASEGW_CALL poll_request_line(void* ctx, casegw_str_view method, casegw_str_view path) {
  auto* request = static_cast<poll_request*>(ctx);
  request->method = text_of(method);
  request->path = text_of(path);
}
void CASEGW_CALL poll_request_header(void* ctx, casegw_str_view name, casegw_str_view value) {
  static_cast<poll_request*>(ctx)->headers.emplace_back(text_of(name), text_of(value));
}
void CASEGW_CALL poll_request_body(void* ctx, const char* data, std::size_t size) {
  if (data != nullptr) static_cast<poll_request*>(ctx)->body.append(data, size);
}

// read_poll's sink: items, the next cursor, "more".
void CASEGW_CALL poll_add_item(void* ctx, casegw_str_view media_type, casegw_str_view body) {
  static_cast<poll_outcome*>(ctx)->items.push_back({text_of(media_type), text_of(body)});
}
void CASEGW_CALL poll_set_cursor(void* ctx, casegw_str_view cursor) {
  static_cast<poll_outcome*>(ctx)->cursor = text_of(cursor);
}
void CASEGW_CALL poll_set_more(void* ctx, std::uint32_t more) { static_cast<poll_outcome*>(ctx)->more = more != 0; }

}  // namespace

adapter_instance::adapter_instance(std::shared_ptr<const loaded_plugin> plugin, std::string channel_id,
                                   typed_settings settings, division_check divisions)
    : plugin_(std::move(plugin)),
      channel_id_(std::move(channel_id)),
      settings_(std::move(settings)),
      divisions_(std::move(divisions)),
      context_(std::make_unique<host_context>()) {
  context_->owner = this;
  error_buffers errors;
  const casegw_status status = plugin_->descriptor.create(
      &host_api, reinterpret_cast<casegw_host_ctx*>(context_.get()), &instance_, errors.view());
  if (status != CASEGW_OK || instance_ == nullptr) {
    instance_ = nullptr;
    errors.terminate();
    const std::string what = status == CASEGW_INVALID_CONFIG ? "refused its settings: " : "failed to start: ";
    throw adapter_create_error("channel '" + channel_id_ + "' (plugin '" + plugin_->name + "' from " + plugin_->file +
                               ") " + what + errors.message.data());
  }
}

adapter_instance::~adapter_instance() {
  if (instance_ != nullptr) plugin_->descriptor.destroy(instance_);
}

decode_outcome adapter_instance::decode(const decode_input& input) const {
  const auto headers = header_views(input.headers);
  casegw_request_view request{};
  request.struct_size = sizeof request;
  request.channel_id = view_of(input.channel_id);
  request.request_id = view_of(input.request_id);
  request.received_at = view_of(input.received_at);
  request.media_type = view_of(input.media_type);
  request.charset = view_of(input.charset);
  request.headers = headers.data();
  request.header_count = headers.size();
  request.body = view_of(input.body);

  decode_outcome out;
  error_buffers errors;
  casegw_output sink{&out.case_json, &append_to_string};
  out.status = plugin_->descriptor.decode(instance_, &request, sink, errors.view());
  if (out.status != CASEGW_OK) {
    out.case_json.clear();
    take_error(out, errors);
  }
  return out;
}

bool adapter_instance::pulls() const noexcept {
  return plugin_->descriptor.build_poll != nullptr && plugin_->descriptor.read_poll != nullptr;
}

poll_request adapter_instance::build_poll(std::string_view cursor, std::string_view now) const {
  if (!pulls()) return unsupported_poll<poll_request>();
  casegw_poll_view poll{};
  poll.struct_size = sizeof poll;
  poll.channel_id = view_of(channel_id_);
  poll.cursor = view_of(cursor);
  poll.now = view_of(now);

  poll_request out;
  out.method.clear();
  error_buffers errors;
  casegw_outbound_sink sink{&out, &poll_request_line, &poll_request_header, &poll_request_body};
  out.status = plugin_->descriptor.build_poll(instance_, &poll, sink, errors.view());
  if (out.status == CASEGW_OK && (out.method.empty() || !out.path.starts_with('/'))) {
    out.status = CASEGW_FAILED;
    out.code = "ADAPTER_FAILED";
    out.message = "build_poll set no request line, or a path that does not start with '/'";
  } else if (out.status != CASEGW_OK) {
    take_error(out, errors);
  }
  if (out.status != CASEGW_OK) {
    out.path.clear();
    out.headers.clear();
    out.body.clear();
  }
  return out;
}

poll_outcome adapter_instance::read_poll(const poll_answer& answer) const {
  if (!pulls()) return unsupported_poll<poll_outcome>();
  const auto headers = header_views(answer.headers);
  casegw_poll_response_view response{};
  response.struct_size = sizeof response;
  response.status = answer.status;
  response.channel_id = view_of(channel_id_);
  response.cursor = view_of(answer.cursor);
  response.media_type = view_of(answer.media_type);
  response.charset = view_of(answer.charset);
  response.headers = headers.data();
  response.header_count = headers.size();
  response.body = view_of(answer.body);

  poll_outcome out;
  error_buffers errors;
  casegw_poll_sink sink{&out, &poll_add_item, &poll_set_cursor, &poll_set_more};
  out.status = plugin_->descriptor.read_poll(instance_, &response, sink, errors.view());
  if (out.status != CASEGW_OK) {
    // A refused answer yields nothing: no item is stored and the cursor does not move.
    out.items.clear();
    out.cursor.reset();
    out.more = false;
    take_error(out, errors);
  }
  return out;
}

}  // namespace casegw::plugin_host
