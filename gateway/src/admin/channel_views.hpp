// The bodies of GET /admin/v1/channels and /admin/v1/plugins: the configuration in force and
// what each channel has done since start (channel_activity). Codes, statuses, counts and times
// only: nothing a case carried.
#pragma once

#include "intake/channel_activity.hpp"
#include "intake/channel_registry.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace casegw::admin {

// disabled | enabled (a pushed channel) | polling | backing_off (a pulled channel whose last
// poll failed, waiting before the next)
std::string_view channel_state(const intake::channel& channel, const intake::channel_snapshot& activity);

// One object per channel: id, adapter, enabled, state, mode (push|pull), auth, destinations,
// body_limit, media_types, counts, last_error, last_accepted_at, and last_poll for pulled ones.
// Without `activity` every count is 0.
boost::json::array channels_json(const intake::channel_registry& channels, const intake::channel_activity* activity);

// One object per loaded plugin file: name, version, abi ("major.minor"), file, description,
// pulls, and the channels using it.
boost::json::array plugins_json(const intake::channel_registry& channels);

}  // namespace casegw::admin
