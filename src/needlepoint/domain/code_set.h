// CodeSet<E>: a set of codes of one vocabulary, stored as a bit mask. Iteration is in enum
// order, so a set of actions prints sorted. Sets of zones make "is this item in a treated
// area" a single AND.
#pragma once

#include <bit>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "needlepoint/domain/code.h"

namespace needlepoint::domain {

template <typename E>
class CodeSet {
  static_assert(kCodeCount<E> <= 64, "CodeSet holds at most 64 codes");

 public:
  constexpr CodeSet() = default;
  constexpr CodeSet(std::initializer_list<E> codes) {
    for (E code : codes) Insert(code);
  }
  static constexpr CodeSet All() {
    CodeSet set;
    set.bits_ = kCodeCount<E> == 64 ? ~uint64_t{0} : (uint64_t{1} << kCodeCount<E>)-1;
    return set;
  }

  constexpr void Insert(E code) { bits_ |= Bit(code); }
  constexpr void InsertAll(CodeSet other) { bits_ |= other.bits_; }
  constexpr bool Contains(E code) const { return (bits_ & Bit(code)) != 0; }
  constexpr bool Intersects(CodeSet other) const { return (bits_ & other.bits_) != 0; }
  // The members of both sets.
  constexpr CodeSet Intersection(CodeSet other) const {
    CodeSet set;
    set.bits_ = bits_ & other.bits_;
    return set;
  }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr int size() const { return std::popcount(bits_); }
  constexpr uint64_t bits() const { return bits_; }

  // The members in enum order.
  std::vector<E> ToVector() const {
    std::vector<E> out;
    out.reserve(static_cast<std::size_t>(size()));
    ForEach([&](E code) { out.push_back(code); });
    return out;
  }

  // Calls fn(code) for each member in enum order.
  template <typename Fn>
  constexpr void ForEach(Fn&& fn) const {
    for (uint64_t rest = bits_; rest != 0; rest &= rest - 1) {
      fn(static_cast<E>(std::countr_zero(rest)));
    }
  }

  friend constexpr bool operator==(CodeSet, CodeSet) = default;

 private:
  static constexpr uint64_t Bit(E code) { return uint64_t{1} << static_cast<unsigned>(code); }
  uint64_t bits_ = 0;
};

}  // namespace needlepoint::domain
