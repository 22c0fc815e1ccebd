// Depth: a needle-length setting on the device, held in whole micrometres so that protocol
// arithmetic (intersections, the 0.25 mm PIH reduction, hard caps) is exact.
// The set needle length is not the same as actual penetration; the UI labels it
// "device setting" (clinical-protocol.md §1).
#pragma once

#include <cmath>
#include <compare>
#include <cstdint>
#include <string>

namespace needlepoint::domain {

class Depth {
 public:
  constexpr Depth() = default;
  static constexpr Depth FromMicrometres(int32_t um) { return Depth(um); }
  // Rounds `mm` to the nearest micrometre.
  static Depth FromMm(double mm) { return Depth(static_cast<int32_t>(std::lround(mm * 1000.0))); }

  constexpr int32_t micrometres() const { return um_; }
  constexpr double mm() const { return um_ / 1000.0; }
  // "1.5", "0.25", "2.0": millimetres with one to three decimals.
  std::string ToString() const;

  constexpr Depth operator-(Depth other) const { return Depth(um_ - other.um_); }
  constexpr Depth operator+(Depth other) const { return Depth(um_ + other.um_); }
  friend constexpr auto operator<=>(Depth, Depth) = default;

 private:
  explicit constexpr Depth(int32_t um) : um_(um) {}
  int32_t um_ = 0;
};

// A closed range of depths [min, max].
struct DepthRange {
  Depth min;
  Depth max;
  friend constexpr bool operator==(const DepthRange&, const DepthRange&) = default;
};

}  // namespace needlepoint::domain
