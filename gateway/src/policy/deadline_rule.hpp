// One deadline rule as a channel's profile states it: how long, in which unit, and why.
// Profiles (deadline_profiles) choose a rule per case; the calculator (deadline_calculator)
// turns it into dates on the working-day calendar. The rule's id and basis travel with every
// forwarded case, so a supervisor can see why a date is what it is.
#pragma once

#include <string>

namespace casegw::policy {

enum class deadline_unit { working_days, calendar_days, hours };

struct deadline_rule {
  std::string id;      // stable, e.g. "platform.consultation"; appears as deadlines.rule
  deadline_unit unit = deadline_unit::working_days;
  int amount = 0;      // > 0
  std::string basis;   // where it comes from, e.g. "重庆市平台暂行办法: 咨询类 5 个工作日"
  // Handed-down items: a deadline assigned by the superior platform wins over `amount`
  // (交办时另有时限要求的按要求时限办结); amount applies only when none was assigned.
  bool assigned_deadline_wins = false;
};

}  // namespace casegw::policy
