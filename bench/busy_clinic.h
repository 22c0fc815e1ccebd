// The busy clinic the scheduling benchmarks share (schedule_bench: the engine alone;
// booking_bench: the engine fed from a real database): providers with two or three working
// weekdays and three weeks off a year, rooms, devices, and bookings that fill about 70 % of
// working time without ever double-booking a provider, room or device. Also the per-call
// timing both report (wall clock and the thread's CPU time) and the series request they ask.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/clock.h"
#include "needlepoint/schedule/calendar.h"
#include "needlepoint/schedule/series.h"

namespace needlepoint::bench {

inline const base::CivilDate kFirstDay = *base::CivilDate::FromYmd(2027, 1, 4);  // a Monday

struct Shape {
  int providers = 20;
  int rooms = 10;
  int devices = 10;
  int booked_days = 365;
  // At each free moment of a working span, the chance that an appointment is booked (else
  // a hole of 60-90 minutes follows): about 70 % of working time ends up booked.
  double fill = 0.75;
};

// One booking as a front desk would have made it: indexes into the calendar's providers,
// rooms and devices (device -1: a visit without a pen).
struct BusyBooking {
  int provider = 0;
  int room = 0;
  int device = -1;
  base::Timestamp from;
  base::Timestamp to;
};

struct BusyClinic {
  schedule::ClinicCalendar calendar;  // provider ids "p1"…, rooms "room-1"…, devices "pen-1"…
  std::vector<BusyBooking> bookings;
};

// A clinic in New York time shaped by `shape`, bookings from kFirstDay on; the same seed
// gives the same clinic.
BusyClinic MakeClinic(const Shape& shape, uint32_t seed);

// Busy intervals over every provider, room and device.
std::size_t Bookings(const schedule::ClinicCalendar& clinic);

// Per-call latency: wall clock (what a caller waits, preemption included) and the thread's
// CPU time (the work itself; on a shared machine the wall-clock tail is mostly the scheduler).
struct Stats {
  double p50, p99, max;  // wall clock, milliseconds
  double cpu50, cpu99;   // thread CPU time, milliseconds
};
Stats Measure(int iterations, const std::function<void(int)>& run);
void Row(const std::string& what, const Stats& s, const std::string& extra = "");

// Request i of a run: a 6-session series (75 minutes, 28-42 days apart) starting somewhere in
// the first quarter, half of them with a preferred provider (from `providers`, the engine's
// ids), a third with two allowed weekdays and "not before 11:00".
schedule::SeriesRequest SeriesRequest(int i, const std::vector<std::string>& providers);

}  // namespace needlepoint::bench
