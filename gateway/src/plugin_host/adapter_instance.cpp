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
  std::vector<casegw_header_view> headers;
  if (input.headers != nullptr) {
    headers.reserve(input.headers->size());
    for (const auto& [name, value] : *input.headers)
      headers.push_back({{name.data(), name.size()}, {value.data(), value.size()}});
  }
  auto view = [](std::string_view s) { return casegw_str_view{s.data(), s.size()}; };
  casegw_request_view request{};
  request.struct_size = sizeof request;
  request.channel_id = view(input.channel_id);
  request.request_id = view(input.request_id);
  request.received_at = view(input.received_at);
  request.media_type = view(input.media_type);
  request.charset = view(input.charset);
  request.headers = headers.data();
  request.header_count = headers.size();
  request.body = view(input.body);

  decode_outcome out;
  error_buffers errors;
  casegw_output sink{&out.case_json, &append_to_string};
  out.status = plugin_->descriptor.decode(instance_, &request, sink, errors.view());
  if (out.status != CASEGW_OK) {
    errors.terminate();
    out.case_json.clear();
    out.code = errors.code.data();
    out.field = errors.field.data();
    out.message = errors.message.data();
  }
  return out;
}

}  // namespace casegw::plugin_host
