// The shared busy clinic and timing of the scheduling benchmarks (busy_clinic.h).
#include "busy_clinic.h"

#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <random>

namespace needlepoint::bench {

using schedule::Interval;
using Clock = std::chrono::steady_clock;
using std::chrono::minutes;

// A clinic as the API would read it: weekly hours, three weeks off a year, and bookings that
// never double-book a provider, room or device.
BusyClinic MakeClinic(const Shape& shape, uint32_t seed) {
  BusyClinic out;
  std::mt19937 random(seed);
  auto chance = [&](double p) { return std::uniform_real_distribution<>(0, 1)(random) < p; };
  schedule::ClinicCalendar& clinic = out.calendar;
  clinic.zone = base::TimeZone::Load("America/New_York").value();
  for (int p = 0; p < shape.providers; ++p) {
    schedule::Provider provider;
    provider.id = "p" + std::to_string(p + 1);
    const int start = (p % 2 == 0 ? 8 : 10) * 60;
    // Two or three weekdays each, so about ten providers work on a weekday: 80 provider-hours
    // against 100 room-hours (10 rooms, 08:00-18:00).
    for (int day : {p % 5, (p + 2) % 5}) {
      provider.hours[day] = {{start, start + 240}, {start + 270, start + 480}};
    }
    if (p % 2 == 0)
      provider.hours[(p + 4) % 5] = {{start, start + 240}, {start + 270, start + 480}};
    if (p % 3 == 0) provider.hours[5] = {{9 * 60, 13 * 60}};  // some Saturday mornings
    for (int week : {10 + p % 7, 30 + p % 5, 45 + p % 3}) {
      const base::CivilDate from = kFirstDay.AddDays(7 * week);
      provider.off.push_back({clinic.zone.ToUtc(from, 0), clinic.zone.ToUtc(from.AddDays(7), 0)});
    }
    clinic.providers.push_back(std::move(provider));
  }
  for (int r = 0; r < shape.rooms; ++r)
    clinic.rooms.push_back({"room-" + std::to_string(r + 1), {}});
  for (int d = 0; d < shape.devices; ++d) {
    clinic.devices.push_back({"pen-" + std::to_string(d + 1), {}});
  }
  std::vector<std::vector<Interval>> room_day(shape.rooms), device_day(shape.devices);
  auto first_free = [](std::vector<std::vector<Interval>>& lists, base::Timestamp s,
                       base::Timestamp e) -> int {
    for (std::size_t i = 0; i < lists.size(); ++i) {
      if (std::none_of(lists[i].begin(), lists[i].end(),
                       [&](const Interval& b) { return b.Overlaps(s, e); })) {
        return static_cast<int>(i);
      }
    }
    return -1;
  };
  for (int d = 0; d < shape.booked_days; ++d) {
    const base::CivilDate date = kFirstDay.AddDays(d);
    const int weekday = date.iso_weekday() - 1;
    for (auto& list : room_day) list.clear();
    for (auto& list : device_day) list.clear();
    for (schedule::Provider& provider : clinic.providers) {
      for (const schedule::WorkingSpan& span : provider.hours[weekday]) {
        int minute = span.from_minute;
        while (minute < span.to_minute) {
          const int length = std::vector<int>{30, 60, 75, 75}[random() % 4];
          const base::Timestamp s = clinic.zone.ToUtc(date, minute), e = s + minutes(length);
          if (minute + length > span.to_minute) break;
          if (!chance(shape.fill)) {  // a hole of an hour to an hour and a half
            minute += 15 * static_cast<int>(4 + random() % 3);
            continue;
          }
          const bool treatment = chance(0.6);
          const int room = first_free(room_day, s, e);
          const int device = treatment ? first_free(device_day, s, e) : -1;
          if (room < 0 || (treatment && device < 0)) {
            minute += 15;
            continue;
          }
          out.bookings.push_back(
              {static_cast<int>(&provider - clinic.providers.data()), room, device, s, e});
          provider.busy.push_back({s, e});
          room_day[room].push_back({s, e});
          clinic.rooms[room].busy.push_back({s, e});
          if (treatment) {
            device_day[device].push_back({s, e});
            clinic.devices[device].busy.push_back({s, e});
          }
          minute += length;
        }
      }
    }
  }
  return out;
}

std::size_t Bookings(const schedule::ClinicCalendar& clinic) {
  std::size_t n = 0;
  for (const auto& p : clinic.providers) n += p.busy.size();
  for (const auto& r : clinic.rooms) n += r.busy.size();
  for (const auto& d : clinic.devices) n += d.busy.size();
  return n;
}

namespace {

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace

Stats Measure(int iterations, const std::function<void(int)>& run) {
  std::vector<double> wall, cpu;
  wall.reserve(iterations);
  cpu.reserve(iterations);
  for (int i = 0; i < iterations; ++i) {
    const double cpu_begin = ThreadCpuMs();
    const auto begin = Clock::now();
    run(i);
    wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
    cpu.push_back(ThreadCpuMs() - cpu_begin);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  auto at = [](const std::vector<double>& v, double q) {
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))];
  };
  return {at(wall, 0.5), at(wall, 0.99), wall.back(), at(cpu, 0.5), at(cpu, 0.99)};
}

void Row(const std::string& what, const Stats& s, const std::string& extra) {
  fmt::print(
      "{:<56} p50 {:>8.3f}  p99 {:>8.3f}  max {:>8.3f} | cpu p50 {:>8.3f}  p99 {:>8.3f}  {}\n",
      what, s.p50, s.p99, s.max, s.cpu50, s.cpu99, extra);
}

schedule::SeriesRequest SeriesRequest(int i, const std::vector<std::string>& providers) {
  schedule::SeriesRequest request;
  request.service_minutes = 75;
  request.sessions = 6;
  request.min_interval_days = 28;
  request.max_interval_days = 42;
  request.first_date = kFirstDay.AddDays((i * 7) % 90);
  if (i % 2 == 0)
    request.preferred_provider = providers[static_cast<std::size_t>(i / 2) % providers.size()];
  if (i % 3 == 0) {
    request.preferences.weekdays = schedule::WeekdaySet::None();
    request.preferences.weekdays.Insert(static_cast<schedule::Weekday>(i % 5));
    request.preferences.weekdays.Insert(static_cast<schedule::Weekday>((i + 2) % 5));
    request.preferences.earliest_minute = 11 * 60;
  }
  return request;
}

}  // namespace needlepoint::bench
