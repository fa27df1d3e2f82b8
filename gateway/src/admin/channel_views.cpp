#include "admin/channel_views.hpp"

#include "time/rfc3339.hpp"

#include <algorithm>
#include <string>

namespace casegw::admin {
namespace {

namespace json = boost::json;

json::value time_or_null(std::int64_t ms) { return ms > 0 ? json::value(time::format_rfc3339(ms)) : json::value(nullptr); }

json::value last_error_json(const std::optional<intake::activity_error>& e) {
  if (!e) return nullptr;
  json::object out{{"code", e->code}, {"at", time_or_null(e->at_ms)}};
  if (e->status > 0) out["status"] = e->status;  // a pulled item got no HTTP answer
  return out;
}

json::value last_poll_json(const std::optional<intake::poll_report>& p) {
  if (!p) return nullptr;
  json::object out{{"outcome", p->outcome}, {"at", time_or_null(p->at_ms)}};
  if (p->status > 0) out["status"] = p->status;
  if (!p->code.empty()) out["code"] = p->code;
  return out;
}

json::object channel_json(const intake::channel& c, const intake::channel_snapshot& a) {
  json::object out{{"id", c.id},
                   {"adapter", c.adapter->plugin().name},
                   {"enabled", c.enabled},
                   {"state", channel_state(c, a)},
                   {"mode", c.adapter->pulls() ? "pull" : "push"},
                   {"auth", c.auth ? auth::scheme_name(c.auth->scheme()) : std::string_view("none")},
                   {"destinations", json::array(c.destinations.begin(), c.destinations.end())},
                   {"body_limit", c.body_limit},
                   {"media_types", json::array(c.media_types.begin(), c.media_types.end())},
                   {"counts", json::object{{"received", a.received},
                                           {"accepted", a.accepted},
                                           {"duplicate", a.duplicate},
                                           {"rejected", a.rejected}}},
                   {"last_error", last_error_json(a.last_error)},
                   {"last_accepted_at", time_or_null(a.last_accepted_ms)}};
  if (c.adapter->pulls()) out["last_poll"] = last_poll_json(a.last_poll);
  return out;
}

}  // namespace

std::string_view channel_state(const intake::channel& channel, const intake::channel_snapshot& activity) {
  if (!channel.enabled) return "disabled";
  if (!channel.adapter->pulls()) return "enabled";
  return activity.backing_off() ? "backing_off" : "polling";
}

json::array channels_json(const intake::channel_registry& channels, const intake::channel_activity* activity) {
  json::array items;
  for (const auto& c : channels.all())
    items.push_back(channel_json(c, activity ? activity->snapshot(c.id) : intake::channel_snapshot{}));
  return items;
}

json::array plugins_json(const intake::channel_registry& channels) {
  json::array items;
  std::vector<std::string> files;  // in order of first use, as the channels are configured
  for (const auto& c : channels.all()) {
    const auto& p = c.adapter->plugin();
    const auto at = std::find(files.begin(), files.end(), p.file);
    if (at != files.end()) {
      items[static_cast<std::size_t>(at - files.begin())].as_object()["channels"].as_array().push_back(json::value(c.id));
      continue;
    }
    files.push_back(p.file);
    items.push_back(json::object{{"name", p.name},
                                 {"version", p.version},
                                 {"abi", std::to_string(p.abi_major) + "." + std::to_string(p.abi_minor)},
                                 {"file", p.file},
                                 {"description", p.description},
                                 {"pulls", c.adapter->pulls()},
                                 {"channels", json::array{json::value(c.id)}}});
  }
  return items;
}

}  // namespace casegw::admin
