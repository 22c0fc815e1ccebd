#include "needlepoint/domain/depth.h"

namespace needlepoint::domain {

std::string Depth::ToString() const {
  const int32_t magnitude = um_ < 0 ? -um_ : um_;
  std::string out = (um_ < 0 ? "-" : "") + std::to_string(magnitude / 1000);
  int32_t fraction = magnitude % 1000;
  std::string digits = std::to_string(fraction);
  digits.insert(0, 3 - digits.size(), '0');
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  return out + "." + digits;
}

}  // namespace needlepoint::domain
