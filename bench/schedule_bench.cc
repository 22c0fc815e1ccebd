// The scheduling engine on a busy clinic: 20 providers, 10 rooms, 10 devices and a year of
// bookings (about 70 % of working time booked). Measures, call by call, a 6-session series
// proposal, a series that cannot be placed (the whole horizon scanned), free-slot searches,
// and building the index; then how the proposal grows from 1 to 20 providers and from one
// month to one year of bookings. The baseline, in the same run, is parsing the same calendar
// from the contract's JSON. tools/bench.sh runs it; docs/PERFORMANCE.md records the results.
//
//   needlepoint_schedule_bench [--iterations N]
#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "needlepoint/contract/schedule_input_json.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/schedule/free_slots.h"
#include "needlepoint/schedule/series.h"

namespace {

using namespace needlepoint;  // NOLINT(google-build-using-namespace): benchmark program
using schedule::Interval;
using Clock = std::chrono::steady_clock;
using std::chrono::minutes;

const base::CivilDate kFirstDay = *base::CivilDate::FromYmd(2027, 1, 4);  // a Monday

struct Shape {
  int providers = 20;
  int rooms = 10;
  int devices = 10;
  int booked_days = 365;
  // At each free moment of a working span, the chance that an appointment is booked (else
  // a hole of 60-90 minutes follows): about 70 % of working time ends up booked.
  double fill = 0.75;
};

// A clinic as the API would read it: weekly hours, three weeks off a year, and bookings that
// never double-book a provider, room or device.
schedule::ClinicCalendar MakeClinic(const Shape& shape, uint32_t seed) {
  std::mt19937 random(seed);
  auto chance = [&](double p) { return std::uniform_real_distribution<>(0, 1)(random) < p; };
  schedule::ClinicCalendar clinic;
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
  return clinic;
}

std::size_t Bookings(const schedule::ClinicCalendar& clinic) {
  std::size_t n = 0;
  for (const auto& p : clinic.providers) n += p.busy.size();
  for (const auto& r : clinic.rooms) n += r.busy.size();
  for (const auto& d : clinic.devices) n += d.busy.size();
  return n;
}

// Per-call latency: wall clock (what a caller waits, preemption included) and the thread's
// CPU time (the engine's own work; on a shared machine the wall-clock tail is mostly the
// scheduler).
struct Stats {
  double p50, p99, max;  // wall clock, milliseconds
  double cpu50, cpu99;   // thread CPU time, milliseconds
};

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

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

void Row(const std::string& what, const Stats& s, const std::string& extra = "") {
  fmt::print(
      "{:<56} p50 {:>8.3f}  p99 {:>8.3f}  max {:>8.3f} | cpu p50 {:>8.3f}  p99 {:>8.3f}  {}\n",
      what, s.p50, s.p99, s.max, s.cpu50, s.cpu99, extra);
}

// A 6-session series (75 minutes, 28-42 days apart) starting somewhere in the first quarter,
// half of them with a preferred provider, a third with weekday wishes.
schedule::SeriesRequest SeriesRequest(int i, int providers) {
  schedule::SeriesRequest request;
  request.service_minutes = 75;
  request.sessions = 6;
  request.min_interval_days = 28;
  request.max_interval_days = 42;
  request.first_date = kFirstDay.AddDays((i * 7) % 90);
  if (i % 2 == 0) request.preferred_provider = "p" + std::to_string(1 + (i / 2) % providers);
  if (i % 3 == 0) {
    request.preferences.weekdays = schedule::WeekdaySet::None();
    request.preferences.weekdays.Insert(static_cast<schedule::Weekday>(i % 5));
    request.preferences.weekdays.Insert(static_cast<schedule::Weekday>((i + 2) % 5));
    request.preferences.earliest_minute = 11 * 60;
  }
  return request;
}

Stats MeasureSeries(const schedule::Availability& index, int iterations, int providers,
                    int* unplaceable) {
  return Measure(iterations, [&](int i) {
    const auto proposal = schedule::ProposeSeries(index, SeriesRequest(i, providers)).value();
    if (proposal.unplaceable) ++*unplaceable;
  });
}

// The calendar as the contract's JSON, with every booking as a local-time busy entry.
std::string ToJson(const schedule::ClinicCalendar& clinic) {
  nlohmann::json doc = {{"timezone", clinic.zone.name()},
                        {"service_minutes", 75},
                        {"plan",
                         {{"sessions", 6},
                          {"interval_days", {{"min", 28}, {"max", 42}}},
                          {"first_date", kFirstDay.ToString()}}}};
  nlohmann::json providers = nlohmann::json::array(), busy = nlohmann::json::array();
  auto add_busy = [&](const std::string& id, const std::vector<Interval>& list) {
    for (const Interval& b : list) {
      busy.push_back({{"resource", id},
                      {"from", contract::LocalDateTimeText(clinic.zone, b.from)},
                      {"to", contract::LocalDateTimeText(clinic.zone, b.to)}});
    }
  };
  for (const auto& p : clinic.providers) {
    nlohmann::json hours = nlohmann::json::object();
    for (std::size_t d = 0; d < 7; ++d) {
      if (p.hours[d].empty()) continue;
      nlohmann::json spans = nlohmann::json::array();
      for (const auto& span : p.hours[d]) {
        spans.push_back(
            {contract::ClockTimeText(span.from_minute), contract::ClockTimeText(span.to_minute)});
      }
      hours[std::string(schedule::kWeekdayNames[d])] = spans;
    }
    nlohmann::json off = nlohmann::json::array();
    for (const Interval& o : p.off) {
      off.push_back({{"from", contract::LocalDateTimeText(clinic.zone, o.from)},
                     {"to", contract::LocalDateTimeText(clinic.zone, o.to)}});
    }
    providers.push_back({{"id", p.id}, {"hours", hours}, {"off", off}});
    add_busy(p.id, p.busy);
  }
  nlohmann::json rooms = nlohmann::json::array(), devices = nlohmann::json::array();
  for (const auto& r : clinic.rooms) {
    rooms.push_back({{"id", r.id}});
    add_busy(r.id, r.busy);
  }
  for (const auto& d : clinic.devices) {
    devices.push_back({{"id", d.id}});
    add_busy(d.id, d.busy);
  }
  doc["providers"] = providers;
  doc["rooms"] = rooms;
  doc["devices"] = devices;
  doc["busy"] = busy;
  return doc.dump();
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 2000;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--iterations") iterations = std::atoi(argv[i + 1]);
  }
  const Shape full;
  const schedule::ClinicCalendar clinic = MakeClinic(full, 42);
  const schedule::Availability index = schedule::Availability::Build(clinic).value();
  fmt::print("clinic: {} providers, {} rooms, {} devices, {} days booked, {} busy intervals\n",
             full.providers, full.rooms, full.devices, full.booked_days, Bookings(clinic));

  fmt::print("times in ms; {} calls per row unless noted\n", iterations);
  int unplaceable = 0;
  const Stats series = MeasureSeries(index, iterations, full.providers, &unplaceable);
  Row("series proposal, 6 sessions", series,
      fmt::format("({} of {} unplaceable)", unplaceable, iterations));

  {
    Shape saturated;
    saturated.fill = 0.97;
    const schedule::ClinicCalendar full_clinic = MakeClinic(saturated, 7);
    const auto busy_index = schedule::Availability::Build(full_clinic).value();
    int none = 0;
    const Stats stats = MeasureSeries(busy_index, iterations, full.providers, &none);
    Row(fmt::format("series proposal, nearly full clinic ({} busy)", Bookings(full_clinic)), stats,
        fmt::format("({} of {} unplaceable)", none, iterations));
    // The unplaceable ones alone: each scanned a whole window with every provider.
    std::vector<int> refused;
    for (int i = 0; i < iterations; ++i) {
      if (schedule::ProposeSeries(busy_index, SeriesRequest(i, full.providers))->unplaceable) {
        refused.push_back(i);
      }
    }
    if (!refused.empty()) {
      const Stats only = Measure(static_cast<int>(refused.size()), [&](int k) {
        (void)schedule::ProposeSeries(busy_index, SeriesRequest(refused[k], full.providers));
      });
      Row("  the unplaceable ones alone (a whole window scanned)", only,
          fmt::format("({} calls)", refused.size()));
    }
  }
  auto slots = [&](int count, bool one_provider, bool device, int i) {
    schedule::SlotRequest request;
    request.service_minutes = 60;
    request.from = kFirstDay.AddDays((i * 3) % 300);
    request.days = 31;
    request.count = count;
    request.needs_device = device;
    if (one_provider) request.provider = "p" + std::to_string(1 + i % full.providers);
    return schedule::FindFreeSlots(index, request).value().size();
  };
  const int month_calls = std::max(1, iterations / 10);
  for (const auto& [what, count, one_provider, device, calls] :
       {std::tuple{"free slots: first 10, any provider", 10, false, true, iterations},
        std::tuple{"free slots: a month, any provider (every start)", schedule::kMaxSlotCount,
                   false, true, month_calls},
        std::tuple{"free slots: a month, one provider (every start)", schedule::kMaxSlotCount, true,
                   true, iterations},
        std::tuple{"free slots: a month, consultation (no device)", schedule::kMaxSlotCount, false,
                   false, month_calls}}) {
    std::size_t found = 0;
    const Stats stats =
        Measure(calls, [&](int i) { found += slots(count, one_provider, device, i); });
    Row(what, stats,
        fmt::format("({:.0f} starts per call, {} calls)", found / double(calls), calls));
  }

  const int builds = std::max(5, iterations / 100);
  std::vector<schedule::ClinicCalendar> copies(builds, clinic);
  Row("build the index from a year of bookings", Measure(builds, [&](int i) {
        if (!schedule::Availability::Build(std::move(copies[i]))) std::abort();
      }));

  const std::string json = ToJson(clinic);
  const int parses = std::max(3, iterations / 200);
  const Stats strict = Measure(parses, [&](int) {
    if (!contract::ParseStrictJson(json, contract::kScheduleJsonLimits)) std::abort();
  });
  Row(fmt::format("baseline: strict JSON parse of the same input ({:.1f} MB)", json.size() / 1e6),
      strict);
  const Stats parse = Measure(parses, [&](int) {
    if (!contract::ParseSeriesInputText(json)) std::abort();
  });
  Row("baseline: parse + validate the contract input", parse);
  fmt::print("ratio (CPU time): series proposal p99 / contract input parse p50 = {:.5f}\n",
             series.cpu99 / parse.cpu50);

  fmt::print("\ngrowth with providers (10 rooms, 10 devices, a year of bookings):\n");
  for (int providers : {1, 5, 10, 20}) {
    Shape shape;
    shape.providers = providers;
    const schedule::ClinicCalendar c = MakeClinic(shape, 42);
    const auto i2 = schedule::Availability::Build(c).value();
    int none = 0;
    const Stats stats = MeasureSeries(i2, iterations, providers, &none);
    Row(fmt::format("  {:>2} providers, {:>6} busy intervals", providers, Bookings(c)), stats,
        fmt::format("({} unplaceable)", none));
  }
  fmt::print("\ngrowth with bookings (20 providers):\n");
  for (int days : {31, 91, 182, 365}) {
    Shape shape;
    shape.booked_days = days;
    const schedule::ClinicCalendar c = MakeClinic(shape, 42);
    const auto i2 = schedule::Availability::Build(c).value();
    int none = 0;
    const Stats stats = MeasureSeries(i2, iterations, full.providers, &none);
    Row(fmt::format("  {:>3} days booked, {:>6} busy intervals", days, Bookings(c)), stats,
        fmt::format("({} unplaceable)", none));
  }
  return 0;
}
