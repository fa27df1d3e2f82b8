// The national_regulation channel adapter: clues and complaints the national "Internet+
// Regulation" system (国家"互联网+监管"系统) hands down to this platform, and the result
// feedback that goes back. Wire format and mapping: docs/channels/national_regulation.md.
#pragma once

#include "regulation_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::national_regulation {

class national_regulation_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "national_regulation";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "National Internet+ Regulation system: handed-down clues (JSON, epoch-ms times) in, result feedback out";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr const auto& fields = regulation_setting_fields;

  explicit national_regulation_adapter(sdk::host host);

  // Both read only what create() set up (immutable settings, the host handle, whose functions
  // are thread-safe), so concurrent calls need no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;
  const regulation_settings settings_;
};

}  // namespace casegw::national_regulation
