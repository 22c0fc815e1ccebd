// The scheduling engine on a busy clinic: 20 providers, 10 rooms, 10 devices and a year of
// bookings (about 70 % of working time booked). Measures, call by call, a 6-session series
// proposal, a series that cannot be placed (the whole horizon scanned), free-slot searches,
// and building the index; then how the proposal grows from 1 to 20 providers and from one
// month to one year of bookings. The baseline, in the same run, is parsing the same calendar
// from the contract's JSON. tools/bench.sh runs it; docs/PERFORMANCE.md records the results.
//
//   needlepoint_schedule_bench [--iterations N]
#include <fmt/format.h>

#include <cstdlib>
#include <string>
#include <tuple>
#include <vector>

#include "busy_clinic.h"
#include "needlepoint/contract/schedule_input_json.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/schedule/free_slots.h"
#include "needlepoint/schedule/series.h"

namespace {

using namespace needlepoint;         // NOLINT(google-build-using-namespace): benchmark program
using namespace needlepoint::bench;  // NOLINT(google-build-using-namespace)
using schedule::Interval;

// The engine's provider ids "p1" … "p<count>".
std::vector<std::string> ProviderIds(int count) {
  std::vector<std::string> ids;
  for (int p = 1; p <= count; ++p) ids.push_back("p" + std::to_string(p));
  return ids;
}

Stats MeasureSeries(const schedule::Availability& index, int iterations, int providers,
                    int* unplaceable) {
  const std::vector<std::string> ids = ProviderIds(providers);
  return Measure(iterations, [&](int i) {
    const auto proposal = schedule::ProposeSeries(index, SeriesRequest(i, ids)).value();
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
  const schedule::ClinicCalendar clinic = MakeClinic(full, 42).calendar;
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
    const schedule::ClinicCalendar full_clinic = MakeClinic(saturated, 7).calendar;
    const auto busy_index = schedule::Availability::Build(full_clinic).value();
    int none = 0;
    const Stats stats = MeasureSeries(busy_index, iterations, full.providers, &none);
    Row(fmt::format("series proposal, nearly full clinic ({} busy)", Bookings(full_clinic)), stats,
        fmt::format("({} of {} unplaceable)", none, iterations));
    // The unplaceable ones alone: each scanned a whole window with every provider.
    const std::vector<std::string> ids = ProviderIds(full.providers);
    std::vector<int> refused;
    for (int i = 0; i < iterations; ++i) {
      if (schedule::ProposeSeries(busy_index, SeriesRequest(i, ids))->unplaceable) {
        refused.push_back(i);
      }
    }
    if (!refused.empty()) {
      const Stats only = Measure(static_cast<int>(refused.size()), [&](int k) {
        (void)schedule::ProposeSeries(busy_index, SeriesRequest(refused[k], ids));
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
    const schedule::ClinicCalendar c = MakeClinic(shape, 42).calendar;
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
    const schedule::ClinicCalendar c = MakeClinic(shape, 42).calendar;
    const auto i2 = schedule::Availability::Build(c).value();
    int none = 0;
    const Stats stats = MeasureSeries(i2, iterations, full.providers, &none);
    Row(fmt::format("  {:>3} days booked, {:>6} busy intervals", days, Bookings(c)), stats,
        fmt::format("({} unplaceable)", none));
  }
  return 0;
}
