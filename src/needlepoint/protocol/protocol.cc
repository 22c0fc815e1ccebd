#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

base::CivilDate Window::After(base::CivilDate start) const {
  switch (unit) {
    case Unit::kDays:
      return start.AddDays(amount);
    case Unit::kMonths:
      return start.AddMonths(amount);
    case Unit::kYears:
      return start.AddYears(amount);
  }
  return start;
}

std::string Window::ToString() const {
  std::string noun = unit == Unit::kDays ? "day" : unit == Unit::kMonths ? "month" : "year";
  return std::to_string(amount) + " " + noun + (amount == 1 ? "" : "s");
}

}  // namespace needlepoint::protocol
