// One live adapter: a plugin instance created for one channel with its typed settings.
// It holds the plugin (and so its library) alive, and is itself held by shared_ptr by every
// request in flight, so a library is never closed under running code.
#pragma once

#include "plugin_host/loaded_plugin.hpp"
#include "plugin_host/settings_validator.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::plugin_host {

class adapter_create_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What the adapter sees of a request (borrowed for the call).
struct decode_input {
  std::string_view channel_id;
  std::string_view request_id;
  std::string_view received_at;
  std::string_view media_type;
  std::string_view charset;
  const std::vector<std::pair<std::string, std::string>>* headers = nullptr;
  std::string_view body;
};

struct decode_outcome {
  casegw_status status = CASEGW_FAILED;
  std::string case_json;  // when CASEGW_OK
  std::string code, field, message;  // otherwise, as the plugin reported
};

// Pulled channels (ABI 1.1). The request build_poll describes: a path (with query) relative to
// the channel's base URL; the gateway adds base URL, TLS and its configured headers.
struct poll_request {
  casegw_status status = CASEGW_FAILED;
  std::string method = "GET";
  std::string path;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string code, field, message;  // when status != CASEGW_OK, as the plugin reported
};

// The platform's answer as read_poll sees it (borrowed for the call; body already UTF-8).
struct poll_answer {
  unsigned status = 0;  // HTTP status
  std::string_view media_type;  // lowercased, without parameters
  std::string_view charset;     // as declared
  const std::vector<std::pair<std::string, std::string>>* headers = nullptr;
  std::string_view body;
  std::string_view cursor;  // the cursor the poll was built from
};

// One item of an answer, decoded later exactly like a pushed body of this media type.
struct poll_item {
  std::string media_type;
  std::string body;
};

struct poll_outcome {
  casegw_status status = CASEGW_FAILED;
  std::vector<poll_item> items;       // when CASEGW_OK
  std::optional<std::string> cursor;  // the next cursor; unset = unchanged
  bool more = false;                  // poll again at once
  std::string code, field, message;   // otherwise, as the plugin reported
};

// Answers the host API's division_known (ABI 1.1): is this a known division code?
using division_check = std::function<bool(std::string_view code)>;

class adapter_instance {
 public:
  // Throws adapter_create_error "channel 'x' (plugin 'y'): ..." when create() refuses.
  // Without a division check every well-formed code counts as known.
  adapter_instance(std::shared_ptr<const loaded_plugin> plugin, std::string channel_id, typed_settings settings,
                   division_check divisions = {});
  ~adapter_instance();
  adapter_instance(const adapter_instance&) = delete;
  adapter_instance& operator=(const adapter_instance&) = delete;

  decode_outcome decode(const decode_input& input) const;

  // True when the plugin has both build_poll and read_poll (an older or pushed plugin has
  // neither). Without them both calls answer CASEGW_UNSUPPORTED.
  bool pulls() const noexcept;
  poll_request build_poll(std::string_view cursor, std::string_view now) const;
  poll_outcome read_poll(const poll_answer& answer) const;

  const loaded_plugin& plugin() const noexcept { return *plugin_; }
  const std::string& channel_id() const noexcept { return channel_id_; }
  const typed_settings& settings() const noexcept { return settings_; }
  bool division_known(std::string_view code) const { return !divisions_ || divisions_(code); }

  struct host_context;  // what casegw_host_ctx points to; defined in the .cpp

 private:
  std::shared_ptr<const loaded_plugin> plugin_;
  std::string channel_id_;
  typed_settings settings_;
  division_check divisions_;
  std::unique_ptr<host_context> context_;
  casegw_instance* instance_ = nullptr;
};

}  // namespace casegw::plugin_host
