// Thrown when a working-day question needs a year the holiday calendar does not cover. The
// State Council publishes each year's arrangement separately; guessing "no holidays" for a
// missing year would silently produce wrong deadlines, so the gateway refuses instead.
#pragma once

#include <stdexcept>
#include <string>

namespace casegw::policy {

class calendar_gap : public std::runtime_error {
 public:
  explicit calendar_gap(int year)
      : std::runtime_error("no holiday calendar for " + std::to_string(year) +
                           ": add config/calendar/holidays-cn/" + std::to_string(year) +
                           ".json from the State Council notice"),
        year_(year) {}

  int year() const noexcept { return year_; }

 private:
  int year_;
};

}  // namespace casegw::policy
