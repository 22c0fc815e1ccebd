// A series proposal as the API makes it, fed from a real database: the busy clinic of
// busy_clinic.h (20 providers, 10 rooms, 10 devices, a year of bookings) is written to the
// database, then each call reads the calendars of the window the series will most likely
// use (app::ReadCalendar, in its own read transaction), builds the engine's index and
// proposes six sessions — reading the whole window the rules allow when a session lands
// beyond it, as app's series booking does. The baseline, in the same run, is the read alone.
// Then how it grows from 1 to 20 providers and from one month to one year of bookings.
// tools/bench.sh runs it on SQLite and PostgreSQL; docs/PERFORMANCE.md records the results.
//
//   needlepoint_booking_bench --db URL [--iterations N]
//
// A SQLite database file is replaced at each run; on PostgreSQL each run adds its clinics
// under new slugs.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "busy_clinic.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/schedule/availability.h"
#include "needlepoint/storage/open/store.h"

namespace {

using namespace needlepoint;         // NOLINT(google-build-using-namespace): benchmark program
using namespace needlepoint::bench;  // NOLINT(google-build-using-namespace)

struct Stored {
  base::ClinicId clinic;
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<std::string> providers;  // the engine's ids of the stored providers
  std::size_t appointments = 0;
};

// Writes `busy` as a clinic of its own: staff, rooms, pens, hours, time off, a pool of
// patients and every booking as an appointment (one transaction).
base::Result<Stored> Store(storage::Database& db, const BusyClinic& busy, const std::string& slug) {
  const schedule::ClinicCalendar& calendar = busy.calendar;
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic,
                      db.CreateClinic({slug, "Booking bench " + slug, calendar.zone.name()}));
  NP_ASSIGN_OR_RETURN(auto tx, db.Begin(clinic.id, storage::Access::kWrite));
  Stored out{clinic.id, calendar.zone, {}, 0};
  std::vector<base::UserId> providers;
  for (const schedule::Provider& p : calendar.providers) {
    domain::User user;
    user.email = p.id + "." + slug + "@bench.example";
    user.display_name = "Provider " + p.id;
    user.role = domain::Role::kProvider;
    user.password_hash = "!";
    NP_ASSIGN_OR_RETURN(user, tx->users().Create(user));
    providers.push_back(user.id);
    out.providers.push_back(app::EngineId(user.id.value()));
    std::vector<domain::WorkingSpan> spans;
    for (int day = 0; day < 7; ++day) {
      for (const schedule::WorkingSpan& span : p.hours[static_cast<std::size_t>(day)]) {
        spans.push_back({day, span.from_minute, span.to_minute});
      }
    }
    NP_RETURN_IF_ERROR(tx->calendars().SetWorkingHours(user.id, spans));
    for (const schedule::Interval& off : p.off) {
      domain::TimeOff time_off;
      time_off.provider_id = user.id;
      time_off.from = off.from;
      time_off.to = off.to;
      NP_RETURN_IF_ERROR(tx->calendars().AddTimeOff(time_off));
    }
  }
  auto resources = [&](domain::ResourceKind kind, const std::vector<schedule::Resource>& list)
      -> base::Result<std::vector<base::ResourceId>> {
    std::vector<base::ResourceId> ids;
    for (const schedule::Resource& r : list) {
      domain::Resource resource;
      resource.kind = kind;
      resource.name = r.id;
      if (kind == domain::ResourceKind::kDevice) resource.serial = "SN-" + r.id;
      NP_ASSIGN_OR_RETURN(resource, tx->resources().Create(resource));
      ids.push_back(resource.id);
    }
    return ids;
  };
  NP_ASSIGN_OR_RETURN(std::vector<base::ResourceId> rooms,
                      resources(domain::ResourceKind::kRoom, calendar.rooms));
  NP_ASSIGN_OR_RETURN(std::vector<base::ResourceId> devices,
                      resources(domain::ResourceKind::kDevice, calendar.devices));
  std::vector<base::PatientId> patients;
  for (int i = 0; i < 200; ++i) {
    domain::Patient patient;
    patient.given_name = "Patient";
    patient.family_name = "Number " + std::to_string(i);
    patient.birth_date = *base::CivilDate::FromYmd(1960 + i % 40, 1 + i % 12, 1 + i % 28);
    NP_ASSIGN_OR_RETURN(patient, tx->patients().Create(patient));
    patients.push_back(patient.id);
  }
  for (const BusyBooking& b : busy.bookings) {
    domain::Appointment a;
    // A patient is never booked twice at once: consecutive bookings overlap at most across
    // the clinic's providers, far fewer than the pool.
    a.patient_id = patients[out.appointments % patients.size()];
    a.provider_id = providers[static_cast<std::size_t>(b.provider)];
    a.room_id = rooms[static_cast<std::size_t>(b.room)];
    if (b.device >= 0) a.device_id = devices[static_cast<std::size_t>(b.device)];
    a.kind = b.device >= 0 ? domain::AppointmentKind::kTreatment
                           : domain::AppointmentKind::kConsultation;
    a.start = b.from;
    a.end = b.to;
    NP_RETURN_IF_ERROR(tx->appointments().Create(a));
    ++out.appointments;
  }
  NP_RETURN_IF_ERROR(tx->Commit());
  return out;
}

// The calendars of [start, end) local dates, read in a transaction of their own.
schedule::ClinicCalendar Read(storage::Database& db, const Stored& clinic, base::CivilDate start,
                              base::CivilDate end) {
  auto tx = db.Begin(clinic.clinic, storage::Access::kRead).value();
  return app::ReadCalendar(*tx, clinic.zone,
                           {.from = clinic.zone.ToUtc(start, 0), .to = clinic.zone.ToUtc(end, 0)})
      .value();
}

// The window the series will most likely use, and the whole window its rules allow (the
// same windows app's series proposal reads).
struct Windows {
  base::CivilDate start, likely_end, full_end;
};
Windows WindowsOf(const schedule::SeriesRequest& request) {
  const base::CivilDate start = request.first_date;
  const base::CivilDate full_end =
      start.AddDays(request.horizon_days + (request.sessions - 1) * request.max_interval_days + 1);
  const base::CivilDate likely_end = std::min(
      full_end, start.AddDays(14 + (request.sessions - 1) * (request.min_interval_days + 7)));
  return {start, likely_end, full_end};
}

// One proposal as the API makes it; counts the calls that needed the whole window.
void Propose(storage::Database& db, const Stored& clinic, const schedule::SeriesRequest& request,
             int* wider) {
  const Windows w = WindowsOf(request);
  for (const base::CivilDate end : {w.likely_end, w.full_end}) {
    const base::Timestamp to = clinic.zone.ToUtc(end, 0);
    auto index = schedule::Availability::Build(Read(db, clinic, w.start, end)).value();
    const schedule::SeriesProposal proposal = schedule::ProposeSeries(index, request).value();
    bool inside = true;
    for (const schedule::ProposedSession& s : proposal.sessions) inside &= s.slot.end <= to;
    if (inside) return;
    ++*wider;
  }
}

struct Result {
  Stats read, propose;
  int wider = 0;
};

Result MeasureClinic(storage::Database& db, const Stored& clinic, int iterations) {
  Result r;
  r.read = Measure(iterations, [&](int i) {
    const Windows w = WindowsOf(SeriesRequest(i, clinic.providers));
    (void)Read(db, clinic, w.start, w.likely_end);
  });
  r.propose = Measure(iterations, [&](int i) {
    Propose(db, clinic, SeriesRequest(i, clinic.providers), &r.wider);
  });
  return r;
}

void Report(const std::string& label, const Result& r, int iterations) {
  Row(label + ": read the calendars", r.read);
  Row(label + ": propose (read + index + engine)", r.propose,
      fmt::format("({} of {} read the whole window)", r.wider, iterations));
  fmt::print("{:<56} wall p99 {:.2f}x, cpu p99 {:.2f}x\n", label + ": proposal / read",
             r.propose.p99 / r.read.p99, r.propose.cpu99 / r.read.cpu99);
}

}  // namespace

int main(int argc, char** argv) {
  std::string url = "sqlite:var/booking-bench.db";
  int iterations = 300;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--db") {
      url = argv[i + 1];
    } else if (arg == "--iterations") {
      iterations = std::atoi(argv[i + 1]);
    } else {
      std::cerr << "unknown option " << arg << "\n";
      return 2;
    }
  }
  if (url.starts_with("sqlite:")) {
    const std::filesystem::path file = url.substr(7);
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(file.string() + suffix);
    }
  }
  storage::StoreConfig config;
  config.url = url;
  config.witness = false;  // the benchmark writes no audit rows
  auto store = storage::OpenStore(config, base::SystemClock::Get());
  if (!store) {
    std::cerr << store.error().ToString() << "\n";
    return 1;
  }
  storage::Database& db = (*store)->database();
  const std::string run = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count());
  auto stored = [&](const Shape& shape, const std::string& name) {
    const auto begin = std::chrono::steady_clock::now();
    base::Result<Stored> clinic = Store(db, MakeClinic(shape, 42), "bb-" + name + "-" + run);
    if (!clinic) {
      std::cerr << clinic.error().ToString() << "\n";
      std::exit(1);
    }
    fmt::print("stored {}: {} providers, {} appointments in {:.1f} s\n", name, shape.providers,
               clinic->appointments,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
    return *clinic;
  };

  fmt::print("backend {}; times in ms; {} calls per row\n", db.backend(), iterations);
  const Result full = MeasureClinic(db, stored(Shape{}, "full"), iterations);
  Report("20 providers, a year", full, iterations);

  fmt::print("\ngrowth with providers (10 rooms, 10 devices, a year of bookings):\n");
  for (int providers : {1, 5, 10}) {
    Shape shape;
    shape.providers = providers;
    Report(fmt::format("{:>2} providers", providers),
           MeasureClinic(db, stored(shape, fmt::format("p{}", providers)), iterations), iterations);
  }
  fmt::print("\ngrowth with bookings (20 providers):\n");
  for (int days : {31, 91, 182}) {
    Shape shape;
    shape.booked_days = days;
    Report(fmt::format("{:>3} days booked", days),
           MeasureClinic(db, stored(shape, fmt::format("d{}", days)), iterations), iterations);
  }
  return 0;
}
