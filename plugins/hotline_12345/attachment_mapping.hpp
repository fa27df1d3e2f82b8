// workOrder.attachments: the call recording (通话录音) and the files a caller sent by web,
// WeChat or MMS, as links into the hotline's file service. The gateway never fetches them.
#pragma once

#include "wire_element.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::hotline_12345 {

// The unified case carries at most this many attachments.
inline constexpr std::size_t max_attachments = 50;

void map_attachments(const wire_element& order, sdk::case_builder& out);

}  // namespace casegw::hotline_12345
