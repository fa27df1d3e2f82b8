// The yukuaiban channel adapter: 渝快办, Chongqing's government-service platform (the app, the
// Alipay and WeChat mini-programs, the website), pushing the consultations, complaints and
// requests for help its real-name users submit. Wire format and mapping: docs/channels/yukuaiban.md.
#pragma once

#include "ykb_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::yukuaiban {

class yukuaiban_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "yukuaiban";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "渝快办 (Chongqing government-service app, mini-programs, web): JSON orders in, progress messages out";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr const auto& fields = ykb_setting_fields;

  explicit yukuaiban_adapter(sdk::host host);

  // Reads only immutable state (settings, the host handle), so concurrent calls need no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;
  const ykb_settings settings_;
};

}  // namespace casegw::yukuaiban
