// The foreign_investment channel adapter: complaints of foreign-invested enterprises
// (外商投资企业投诉, 《外商投资企业投诉工作办法》商务部令2020年第3号), whose complaint system relays
// its web form to the gateway as posted. Wire format and mapping:
// docs/channels/foreign_investment.md.
#pragma once

#include "complaint_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::foreign_investment {

class foreign_investment_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "foreign_investment";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "Complaints of foreign-invested enterprises (外商投资企业投诉): web form in (UTF-8 or GB18030), progress notices out";
  static constexpr const char* media_types[] = {"application/x-www-form-urlencoded"};
  // The complaint system's pages are GB18030 on older deployments; "gbk" is what many of its
  // relays write for the same bytes (the gateway decodes both as GB18030).
  static constexpr const char* charsets[] = {"utf-8", "gbk", "gb18030"};
  static constexpr const auto& fields = complaint_setting_fields;

  explicit foreign_investment_adapter(sdk::host host);

  // Both read only the immutable settings and the thread-safe host, so concurrent calls need
  // no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;
  const complaint_settings settings_;
};

}  // namespace casegw::foreign_investment
