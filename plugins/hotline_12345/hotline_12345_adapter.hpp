// The hotline_12345 channel adapter: the city's 12345 government service hotline, whose
// work-order system (工单系统) pushes every work order (工单) the call centre raised as XML,
// usually GBK, and takes handling feedback (办理反馈) back. Wire format and mapping:
// docs/channels/hotline_12345.md.
#pragma once

#include "hotline_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::hotline_12345 {

class hotline_12345_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "hotline_12345";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "12345 government service hotline work-order system: XML work orders (GBK or UTF-8) in, handling feedback out";
  static constexpr const char* media_types[] = {"application/xml", "text/xml"};
  static constexpr const char* charsets[] = {"utf-8", "gbk", "gb18030"};
  static constexpr const auto& fields = hotline_setting_fields;

  explicit hotline_12345_adapter(sdk::host host);

  // Reads only the immutable settings and the thread-safe host, so concurrent calls need no lock.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;
  const hotline_settings settings_;
};

}  // namespace casegw::hotline_12345
