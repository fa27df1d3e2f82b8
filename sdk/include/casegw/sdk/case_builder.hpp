// Builds the adapter part of a unified case (casegw.case/v1, docs/unified-case.md).
//
// The adapter fills in what the channel said; the gateway adds identity (case_id, channel.id),
// receipt time and the raw-payload audit record, then validates the whole case. Values are
// checked again by the gateway, so the builder only keeps an adapter from writing a field twice
// or leaving a required one out.
#pragma once

#include <casegw/sdk/json_writer.hpp>
#include <casegw/sdk/rejection.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::sdk {

// SPEC §5 vocabularies, spelled as they appear in the unified case.
namespace kind {
inline constexpr std::string_view consultation = "consultation";
inline constexpr std::string_view complaint = "complaint";
inline constexpr std::string_view help = "help";
inline constexpr std::string_view report = "report";
inline constexpr std::string_view suggestion = "suggestion";
inline constexpr std::string_view praise = "praise";
inline constexpr std::string_view other = "other";
}  // namespace kind

namespace reporter_type {
inline constexpr std::string_view person = "person";
inline constexpr std::string_view enterprise = "enterprise";
inline constexpr std::string_view anonymous = "anonymous";
}  // namespace reporter_type

struct category {
  std::string code;          // unified category code (GB/T 39666 style), may be empty
  std::string channel_code;  // the channel's own code
  std::string name;
};

struct attachment {
  std::string uri;
  std::string mime;
  std::string sha256;  // lowercase hex, may be empty when the channel does not say
  std::int64_t size = -1;  // bytes, -1 when unknown
};

struct geo_point {
  double lat = 0;
  double lon = 0;
  std::string crs = "WGS84";  // WGS84, GCJ02 or BD09
};

struct reporter {
  std::string type{reporter_type::person};
  std::string name;
  std::string phone;
  std::string id_number;
  bool contact_consent = false;
};

struct subject {
  std::string type;  // unit, person, enterprise
  std::string name;
};

namespace handling_class {
inline constexpr std::string_view handed_down = "handed_down";    // 交办件
inline constexpr std::string_view supervised = "supervised";      // 挂牌督办件
inline constexpr std::string_view verification = "verification";  // 核查办理件
}  // namespace handling_class

class case_builder {
 public:
  case_builder& case_ref(std::string v) { case_ref_ = std::move(v); return *this; }
  case_builder& parent_ref(std::string v) { parent_ref_ = std::move(v); return *this; }
  case_builder& sub_channel(std::string v) { sub_channel_ = std::move(v); return *this; }
  // RFC 3339 with an explicit offset, e.g. 2026-11-20T09:30:00+08:00.
  case_builder& submitted_at(std::string v) { submitted_at_ = std::move(v); return *this; }
  case_builder& kind(std::string_view v) { kind_ = std::string(v); return *this; }
  case_builder& title(std::string v) { title_ = std::move(v); return *this; }
  case_builder& content(std::string v) { content_ = std::move(v); return *this; }
  case_builder& domain(std::string v) { domain_ = std::move(v); return *this; }
  case_builder& category(sdk::category v) { category_ = std::move(v); return *this; }
  case_builder& add_attachment(attachment v) { attachments_.push_back(std::move(v)); return *this; }
  case_builder& region_code(std::string v) { region_code_ = std::move(v); return *this; }
  case_builder& address(std::string v) { address_ = std::move(v); return *this; }
  case_builder& geo(geo_point v) { geo_ = std::move(v); return *this; }
  case_builder& reporter(sdk::reporter v) { reporter_ = std::move(v); return *this; }
  case_builder& consent_to_disclose(bool v) { consent_to_disclose_ = v; return *this; }
  case_builder& subject(sdk::subject v) { subject_ = std::move(v); return *this; }
  // How the originating platform wants the item handled; all optional.
  case_builder& handling_class(std::string_view v) { handling_class_ = std::string(v); return *this; }
  // RFC 3339 with offset: a due time the superior platform assigned (交办时另有时限要求).
  case_builder& assigned_due_at(std::string v) { assigned_due_at_ = std::move(v); return *this; }
  case_builder& urgent(bool v) { urgent_ = v; return *this; }

  // Serializes the adapter part. Throws rejection if a required field was never set, so an
  // adapter that forgot to map a field fails its own tests rather than in production.
  std::string to_json() const {
    require(case_ref_, "channel.case_ref");
    require(submitted_at_, "submitted_at");
    require(kind_, "kind");
    require(title_, "title");
    require(content_, "content");
    require(region_code_, "location.region_code");
    if (!reporter_) throw rejection("MISSING_FIELD", "reporter", "the reporter is missing");

    json_writer w;
    w.begin_object();
    w.key("channel").begin_object().key("case_ref").value(case_ref_);
    if (!parent_ref_.empty()) w.key("parent_ref").value(parent_ref_);
    if (!sub_channel_.empty()) w.key("sub_channel").value(sub_channel_);
    w.end_object();
    w.key("submitted_at").value(submitted_at_);
    w.key("kind").value(kind_);
    w.key("title").value(title_);
    w.key("content").value(content_);
    if (!domain_.empty()) w.key("domain").value(domain_);
    if (category_) write_category(w, *category_);
    if (!attachments_.empty()) write_attachments(w);
    write_location(w);
    write_reporter(w, *reporter_);
    w.key("consent_to_disclose").value(consent_to_disclose_);
    if (subject_) w.key("subject").begin_object().key("type").value(subject_->type).key("name").value(subject_->name).end_object();
    write_handling(w);
    w.end_object();
    return w.release();
  }

 private:
  static void require(const std::string& v, std::string_view field) {
    if (v.empty()) throw rejection("MISSING_FIELD", std::string(field), "a required field was not provided");
  }
  static void write_category(json_writer& w, const sdk::category& c) {
    w.key("category").begin_object();
    if (!c.code.empty()) w.key("code").value(c.code);
    if (!c.channel_code.empty()) w.key("channel_code").value(c.channel_code);
    if (!c.name.empty()) w.key("name").value(c.name);
    w.end_object();
  }
  void write_attachments(json_writer& w) const {
    w.key("attachments").begin_array();
    for (const auto& a : attachments_) {
      w.begin_object().key("uri").value(a.uri);
      if (!a.mime.empty()) w.key("mime").value(a.mime);
      if (!a.sha256.empty()) w.key("sha256").value(a.sha256);
      if (a.size >= 0) w.key("size").value(a.size);
      w.end_object();
    }
    w.end_array();
  }
  void write_location(json_writer& w) const {
    w.key("location").begin_object().key("region_code").value(region_code_);
    if (!address_.empty()) w.key("address").value(address_);
    if (geo_) w.key("geo").begin_object().key("lat").value(geo_->lat).key("lon").value(geo_->lon).key("crs").value(geo_->crs).end_object();
    w.end_object();
  }
  void write_handling(json_writer& w) const {
    if (handling_class_.empty() && assigned_due_at_.empty() && !urgent_) return;
    w.key("handling").begin_object();
    if (!handling_class_.empty()) w.key("class").value(handling_class_);
    if (!assigned_due_at_.empty()) w.key("assigned_due_at").value(assigned_due_at_);
    if (urgent_) w.key("urgent").value(*urgent_);
    w.end_object();
  }
  static void write_reporter(json_writer& w, const sdk::reporter& r) {
    w.key("reporter").begin_object().key("type").value(r.type);
    if (!r.name.empty()) w.key("name").value(r.name);
    if (!r.phone.empty()) w.key("phone").value(r.phone);
    if (!r.id_number.empty()) w.key("id_number").value(r.id_number);
    w.key("contact_consent").value(r.contact_consent);
    w.end_object();
  }

  std::string case_ref_, parent_ref_, sub_channel_, submitted_at_, kind_, title_, content_, domain_;
  std::string region_code_, address_;
  std::optional<sdk::category> category_;
  std::vector<attachment> attachments_;
  std::optional<geo_point> geo_;
  std::optional<sdk::reporter> reporter_;
  bool consent_to_disclose_ = false;
  std::optional<sdk::subject> subject_;
  std::string handling_class_, assigned_due_at_;
  std::optional<bool> urgent_;
};

}  // namespace casegw::sdk
