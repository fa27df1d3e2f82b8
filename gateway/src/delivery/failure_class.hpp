// Why a delivery attempt failed, as a short fixed word for metrics: the attempt's detail is the
// gateway's own text ("HTTP 503", "timeout", "connect failed: ...", "io_error: open: ..."), but
// a label must come from a closed set, so the detail itself never becomes one.
#pragma once

#include "delivery/destination.hpp"

#include <string_view>

namespace casegw::delivery {

// http_5xx, http_4xx (408 and 429 included), http_other, timeout, resolve, connect, tls,
// transport (write or read on an open connection), local_io, cancelled, destination_error (the
// destination threw), other. Meaningless for a delivered attempt ("none").
std::string_view failure_class_of(const attempt_result& result) noexcept;

}  // namespace casegw::delivery
