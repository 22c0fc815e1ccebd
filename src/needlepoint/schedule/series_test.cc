// The engine's C++ interface, as the API will call it: calendars in UTC instants, requests as
// values. The contract's rules are tested case by case in tests/schedule_cases; here are what
// JSON cannot say (a booking in the second occurrence of a repeated hour, the patient's other
// appointments, "now"), the engine's own validation, and a randomised comparison with a
// brute-force search that tries every grid start of every provider with every room and device.
#include "needlepoint/schedule/series.h"

#include <gtest/gtest.h>

#include <random>

#include "needlepoint/schedule/free_slots.h"

namespace needlepoint::schedule {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

base::CivilDate D(std::string_view text) { return base::CivilDate::Parse(text).value(); }
base::Timestamp Utc(std::string_view date, int hour, int minute = 0) {
  return base::Timestamp(D(date).ToChrono() + hours(hour) + minutes(minute));
}
base::TimeZone NewYork() { return base::TimeZone::Load("America/New_York").value(); }

WeeklyHours Every(int from_minute, int to_minute) {
  WeeklyHours week;
  for (auto& day : week) day.push_back({from_minute, to_minute});
  return week;
}

ClinicCalendar OneOfEach(WeeklyHours week) {
  ClinicCalendar calendar{NewYork(), {}, {{"r1", {}}}, {{"pen-1", {}}}};
  calendar.providers.push_back({"p1", std::move(week), {}, {}});
  return calendar;
}

SeriesRequest OneSession(base::CivilDate date, int service_minutes) {
  SeriesRequest request;
  request.service_minutes = service_minutes;
  request.sessions = 1;
  request.min_interval_days = 28;
  request.max_interval_days = 42;
  request.first_date = date;
  return request;
}

TEST(ProposeSeriesTest, BookingInTheSecondOccurrenceOfTheRepeatedHourBlocksIt) {
  // 7 Nov 2027, New York: 01:00-01:59 happens at 05:00-05:59 UTC (EDT) and 06:00-06:59 UTC
  // (EST). A booking stored in UTC can sit in the second pass, which local JSON cannot say.
  ClinicCalendar calendar = OneOfEach(Every(0, 4 * 60));
  calendar.providers[0].busy = {{Utc("2027-11-07", 4), Utc("2027-11-07", 5, 30)},
                                {Utc("2027-11-07", 6), Utc("2027-11-07", 6, 30)}};
  const Availability index = Availability::Build(calendar).value();
  // 01:30 EDT + 45 min runs into the second-pass booking; 01:45 EDT (05:45 UTC) too; the next
  // grid time after 06:30 UTC is 02:00 EST, 07:00 UTC.
  const SeriesProposal proposal = ProposeSeries(index, OneSession(D("2027-11-07"), 45)).value();
  ASSERT_EQ(proposal.sessions.size(), 1u);
  EXPECT_EQ(proposal.sessions[0].slot.start, Utc("2027-11-07", 7));
  EXPECT_EQ(proposal.sessions[0].slot.end, Utc("2027-11-07", 7, 45));
}

TEST(ProposeSeriesTest, ThePatientsOtherAppointmentsAreBusy) {
  const Availability index = Availability::Build(OneOfEach(Every(9 * 60, 17 * 60))).value();
  SeriesRequest request = OneSession(D("2027-03-01"), 60);
  request.patient_busy = {{Utc("2027-03-01", 14), Utc("2027-03-01", 15, 10)}};  // 09:00-10:10
  const SeriesProposal proposal = ProposeSeries(index, request).value();
  ASSERT_EQ(proposal.sessions.size(), 1u);
  EXPECT_EQ(proposal.sessions[0].slot.start, Utc("2027-03-01", 15, 15));  // 10:15 EST
}

TEST(ProposeSeriesTest, RefusesARequestOutsideTheContractsRanges) {
  const Availability index = Availability::Build(OneOfEach(Every(9 * 60, 17 * 60))).value();
  SeriesRequest request = OneSession(D("2027-03-01"), 500);
  request.min_interval_days = 30;
  request.max_interval_days = 20;
  request.preferred_provider = "p9";
  request.preferences.weekdays = WeekdaySet::None();
  const base::Result<SeriesProposal> proposal = ProposeSeries(index, request);
  ASSERT_FALSE(proposal.has_value());
  std::vector<std::string> paths;
  for (const base::FieldProblem& problem : proposal.error().problems()) {
    paths.push_back(problem.path);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"/service_minutes", "/plan/interval_days",
                                             "/preferences/provider", "/preferences/weekdays"}));
}

TEST(AvailabilityTest, BuildRejectsWhatTheEngineCannotUse) {
  ClinicCalendar calendar = OneOfEach(WeeklyHours{});
  calendar.providers[0].hours[0] = {{9 * 60, 13 * 60}, {12 * 60, 17 * 60}, {18 * 60, 17 * 60}};
  calendar.providers[0].off = {{Utc("2027-03-02", 0), Utc("2027-03-01", 0)}};
  calendar.rooms.push_back({"p1", {}});
  const base::Result<Availability> index = Availability::Build(calendar);
  ASSERT_FALSE(index.has_value());
  EXPECT_EQ(index.error().problems(),
            (std::vector<base::FieldProblem>{
                {"/providers/0/hours/mon/1", "overlaps /providers/0/hours/mon/0"},
                {"/providers/0/hours/mon/2", "must end after it starts"},
                {"/providers/0/off/0", "must end after it starts"},
                {"/rooms/1/id", "'p1' is already the id of /providers/0/id"}}));
  ClinicCalendar empty;
  EXPECT_FALSE(Availability::Build(empty).has_value());
}

TEST(FindFreeSlotsTest, NothingBeforeNotBefore) {
  const Availability index = Availability::Build(OneOfEach(Every(9 * 60, 17 * 60))).value();
  SlotRequest request;
  request.service_minutes = 30;
  request.from = D("2027-03-01");
  request.count = 2;
  request.not_before = Utc("2027-03-01", 21, 50);  // 16:50 EST: today's last start has passed
  const std::vector<Slot> slots = FindFreeSlots(index, request).value();
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_EQ(slots[0].start, Utc("2027-03-02", 14));  // 09:00 the next day
  EXPECT_EQ(slots[1].start, Utc("2027-03-02", 14, 15));
}

// ---- the engine against a brute-force search ------------------------------------------

struct Oracle {
  const ClinicCalendar& calendar;

  static bool Free(const std::vector<Interval>& busy, base::Timestamp s, base::Timestamp e) {
    for (const Interval& b : busy) {
      if (b.Overlaps(s, e)) return false;
    }
    return true;
  }
  static std::optional<std::size_t> FirstFree(const std::vector<Resource>& list, base::Timestamp s,
                                              base::Timestamp e) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (Free(list[i].busy, s, e)) return i;
    }
    return std::nullopt;
  }

  // Every grid start of every listed provider on every date, tried in full; the earliest wins,
  // ties to the lower provider index.
  std::optional<Slot> Earliest(base::CivilDate first, base::CivilDate last,
                               const std::vector<std::size_t>& providers,
                               const SeriesRequest& request,
                               const std::vector<Interval>& patient) const {
    std::optional<Slot> best;
    const minutes length(request.service_minutes);
    for (base::CivilDate date = first; date <= last && !best; date = date.AddDays(1)) {
      const Weekday weekday = WeekdayOf(date);
      if (!request.preferences.weekdays.Contains(weekday)) continue;
      for (std::size_t p : providers) {
        const Provider& provider = calendar.providers[p];
        for (const WorkingSpan& span : provider.hours[static_cast<int>(weekday)]) {
          const base::Timestamp span_end = calendar.zone.Resolve(date, span.to_minute).first;
          for (int m = span.from_minute; m < span.to_minute; m += request.step_minutes) {
            const base::TimeZone::Resolution r = calendar.zone.Resolve(date, m);
            if (r.kind == base::TimeZone::Resolution::Kind::kSkipped) continue;
            const base::Timestamp s = r.first, e = s + length;
            if (e > span_end) continue;
            const TimePreferences& wishes = request.preferences;
            if (wishes.earliest_minute &&
                s < calendar.zone.Resolve(date, *wishes.earliest_minute).first) {
              continue;
            }
            if (wishes.latest_end_minute &&
                e > calendar.zone.Resolve(date, *wishes.latest_end_minute).first) {
              continue;
            }
            if (!Free(provider.busy, s, e) || !Free(provider.off, s, e) || !Free(patient, s, e)) {
              continue;
            }
            const auto room = FirstFree(calendar.rooms, s, e);
            const auto device = FirstFree(calendar.devices, s, e);
            if (!room || !device) continue;
            if (!best || s < best->start) {
              best = Slot{
                  date, s, e, provider.id, calendar.rooms[*room].id, calendar.devices[*device].id};
            }
          }
        }
      }
    }
    return best;
  }

  std::optional<std::vector<Slot>> Series(const SeriesRequest& request) const {
    std::vector<std::size_t> all(calendar.providers.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    std::vector<Slot> out;
    std::vector<Interval> patient;
    std::optional<std::size_t> first_choice;
    for (int k = 1; k <= request.sessions; ++k) {
      base::CivilDate from = request.first_date, to;
      if (k == 1) {
        to = from.AddDays(request.horizon_days - 1);
      } else {
        from = out.back().date.AddDays(request.min_interval_days);
        to = out.back().date.AddDays(request.max_interval_days);
      }
      std::optional<Slot> slot;
      if (first_choice) slot = Earliest(from, to, {*first_choice}, request, patient);
      if (!slot) slot = Earliest(from, to, all, request, patient);
      if (!slot) return std::nullopt;
      if (k == 1) {
        for (std::size_t i = 0; i < all.size(); ++i) {
          if (calendar.providers[i].id == slot->provider) first_choice = i;
        }
      }
      patient.push_back({slot->start, slot->end});
      out.push_back(*slot);
    }
    return out;
  }
};

TEST(ProposeSeriesTest, AgreesWithBruteForceOnRandomCalendars) {
  std::mt19937 random(20271107);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  const base::CivilDate start = D("2027-03-08");  // a week before New York springs forward
  int placed = 0, unplaceable = 0;
  for (int round = 0; round < 300; ++round) {
    ClinicCalendar calendar{NewYork(), {}, {}, {}};
    const int providers = uniform(1, 3);
    for (int p = 0; p < providers; ++p) {
      Provider provider{"p" + std::to_string(p), {}, {}, {}};
      for (auto& day : provider.hours) {
        if (uniform(0, 3) == 0) continue;
        const int from = uniform(0, 12) * 60 + uniform(0, 3) * 15;
        const int middle = from + uniform(2, 6) * 60;
        day.push_back({from, std::min(middle, 1440)});
        if (middle + 60 < 1440 && uniform(0, 1)) {
          day.push_back({middle + 30, std::min(middle + 30 + uniform(1, 5) * 60, 1440)});
        }
      }
      calendar.providers.push_back(std::move(provider));
    }
    for (int r = uniform(1, 2); r > 0; --r) calendar.rooms.push_back({"r" + std::to_string(r), {}});
    for (int d = uniform(1, 2); d > 0; --d) {
      calendar.devices.push_back({"d" + std::to_string(d), {}});
    }
    // Bookings of 15 minutes to 3 hours over the first ten weeks, on 5-minute boundaries.
    auto random_interval = [&] {
      const base::Timestamp from =
          base::Timestamp(start.ToChrono()) + minutes(5 * uniform(0, 20'160));
      return Interval{from, from + minutes(15 * uniform(1, 12))};
    };
    const int bookings = uniform(0, 400);
    for (int b = 0; b < bookings; ++b) {
      const int which = uniform(0, 2);
      if (which == 0) {
        calendar.providers[uniform(0, providers - 1)].busy.push_back(random_interval());
      } else if (which == 1) {
        calendar.rooms[uniform(0, static_cast<int>(calendar.rooms.size()) - 1)].busy.push_back(
            random_interval());
      } else {
        calendar.devices[uniform(0, static_cast<int>(calendar.devices.size()) - 1)].busy.push_back(
            random_interval());
      }
    }
    if (uniform(0, 2) == 0) calendar.providers[0].off.push_back(random_interval());

    SeriesRequest request;
    request.service_minutes = 15 * uniform(1, 8);
    request.step_minutes = std::vector<int>{5, 10, 15, 20, 25, 30}[uniform(0, 5)];
    request.horizon_days = uniform(1, 20);
    request.sessions = uniform(1, 4);
    request.min_interval_days = uniform(0, 7);
    request.max_interval_days = request.min_interval_days + uniform(0, 7);
    request.first_date = start.AddDays(uniform(0, 10));
    if (uniform(0, 3) == 0) {
      request.preferences.weekdays = WeekdaySet::None();
      for (int day = 0; day < 7; ++day) {
        if (uniform(0, 1)) request.preferences.weekdays.Insert(static_cast<Weekday>(day));
      }
      if (request.preferences.weekdays.empty()) request.preferences.weekdays = WeekdaySet();
    }
    if (uniform(0, 3) == 0) request.preferences.earliest_minute = uniform(0, 12) * 60;
    if (uniform(0, 3) == 0) request.preferences.latest_end_minute = uniform(13, 24) * 60;

    SCOPED_TRACE("round " + std::to_string(round));
    const Availability index = Availability::Build(calendar).value();
    const SeriesProposal proposal = ProposeSeries(index, request).value();
    const std::optional<std::vector<Slot>> expected = Oracle{calendar}.Series(request);
    ASSERT_EQ(proposal.unplaceable.has_value(), !expected.has_value());
    if (!expected) {
      ++unplaceable;
      continue;
    }
    ++placed;
    ASSERT_EQ(proposal.sessions.size(), expected->size());
    for (std::size_t i = 0; i < expected->size(); ++i) {
      const Slot& got = proposal.sessions[i].slot;
      const Slot& want = (*expected)[i];
      EXPECT_EQ(got.start, want.start) << "session " << i + 1;
      EXPECT_EQ(got.provider, want.provider) << "session " << i + 1;
      EXPECT_EQ(got.room, want.room) << "session " << i + 1;
      EXPECT_EQ(got.device, want.device) << "session " << i + 1;
    }
  }
  // Both answers must be common, or the comparison proves little.
  EXPECT_GT(placed, 100);
  EXPECT_GT(unplaceable, 20);
}

}  // namespace
}  // namespace needlepoint::schedule
