// The state_council channel adapter: the State Council "Internet+ Supervision" platform
// (国务院"互联网+督查"平台), which hands items down (交办) to the city. A pulled channel: the
// gateway polls the platform's handover API with build_poll/read_poll, then decodes each item.
// Wire format and mapping: docs/channels/state_council.md.
#pragma once

#include "council_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::state_council {

class state_council_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "state_council";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "State Council Internet+ Supervision platform: handover items pulled as JSON, feedback posted back";
  static constexpr bool pulled = true;
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr const auto& fields = council_setting_fields;

  explicit state_council_adapter(sdk::host host);

  // All four read only the immutable settings and the thread-safe host, so concurrent calls
  // need no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;
  void build_poll(const sdk::poll& poll, sdk::outbound_request& out) override;
  void read_poll(const sdk::poll_response& response, sdk::poll_result& out) override;

 private:
  const sdk::host host_;
  const council_settings settings_;
};

}  // namespace casegw::state_council
