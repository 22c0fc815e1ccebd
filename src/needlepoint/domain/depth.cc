#include "needlepoint/domain/depth.h"

namespace needlepoint::domain {

std::string Depth::ToString() const {
  const int32_t magnitude = um_ < 0 ? -um_ : um_;
  std::string out = (um_ < 0 ? "-" : "") + std::to_string(magnitude / 1000);
  int32_t fraction = magnitude % 1000;
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, 3 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out;
}

}  // namespace needlepoint::domain
