#include "needlepoint/app/demo_data.h"

#include <array>
#include <random>
#include <unordered_set>

#include "needlepoint/app/consultations.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {
namespace {

using base::CivilDate;
using domain::Concern;
using domain::ConcernSubtype;
using domain::Zone;

constexpr std::array<std::string_view, 24> kGiven = {
    "Amara", "Ben",  "Chloe", "Daniel", "Elena", "Farah",  "George", "Hana",
    "Isaac", "Jade", "Kofi",  "Leila",  "Mateo", "Nadia",  "Oliver", "Priya",
    "Quinn", "Rosa", "Samir", "Tara",   "Uma",   "Victor", "Wen",    "Yusuf"};
constexpr std::array<std::string_view, 24> kFamily = {
    "Adeyemi", "Brennan", "Chen",     "Dubois", "Evans",  "Fischer", "Garcia", "Haddad",
    "Ito",     "Jensen",  "Kowalski", "Lopez",  "Mensah", "Novak",   "Okafor", "Patel",
    "Quinn",   "Rossi",   "Silva",    "Tanaka", "Usman",  "Varga",   "Walsh",  "Zhang"};
constexpr std::array<std::string_view, 8> kPlace = {"Harbour", "Northgate", "Willow", "Cedar",
                                                    "Linden",  "Meridian",  "Aster",  "Juniper"};
constexpr std::array<std::string_view, 4> kKind = {"Skin Clinic", "Aesthetics", "Dermatology",
                                                   "Skin Studio"};
constexpr std::array<std::string_view, 6> kZones = {"Europe/London",   "America/New_York",
                                                    "America/Chicago", "America/Los_Angeles",
                                                    "Europe/Berlin",   "Australia/Sydney"};

constexpr int kSlotMinutes = 30;
constexpr int kOpenMinute = 9 * 60;
constexpr int kSlotsPerDay = 16;  // 09:00-17:00

template <typename T, size_t N>
const T& Pick(std::mt19937& random, const std::array<T, N>& items) {
  return items[random() % N];
}

bool Chance(std::mt19937& random, double p) {
  return std::uniform_real_distribution<double>(0, 1)(random) < p;
}

// A plausible consultation: areas and concerns that go together, and the history, skin and
// medications a clinic sees in a share of its patients.
domain::Intake RandomIntake(std::mt19937& random, const domain::Patient& patient,
                            CivilDate assessed_on) {
  domain::Intake intake;
  intake.assessed_on = assessed_on;
  intake.planned_date = assessed_on.AddDays(14);
  intake.birth_date = patient.birth_date;
  intake.fitzpatrick = patient.fitzpatrick.value_or(3);
  auto concern = [&](Concern code, int severity, domain::ZoneSet areas,
                     std::optional<ConcernSubtype> subtype = std::nullopt) {
    intake.areas.InsertAll(areas);
    intake.concerns.push_back({code, subtype, severity, areas});
  };
  switch (random() % 6) {
    case 0:
      concern(Concern::kAcneScars, 1 + static_cast<int>(random() % 4), {Zone::kCheeks, Zone::kChin},
              std::array{ConcernSubtype::kIcePick, ConcernSubtype::kBoxcar,
                         ConcernSubtype::kRolling, ConcernSubtype::kMixed}[random() % 4]);
      break;
    case 1:
      concern(Concern::kFineLines, 1 + static_cast<int>(random() % 3),
              {Zone::kForehead, Zone::kPeriorbital, Zone::kPerioral});
      break;
    case 2:
      concern(Concern::kHyperpigmentation, 1 + static_cast<int>(random() % 3),
              {Zone::kCheeks, Zone::kForehead},
              std::array{ConcernSubtype::kMelasma, ConcernSubtype::kPih,
                         ConcernSubtype::kSunSpots}[random() % 3]);
      break;
    case 3:
      concern(Concern::kTexture, 2, {Zone::kCheeks, Zone::kNose});
      concern(Concern::kEnlargedPores, 2, {Zone::kNose});
      break;
    case 4:
      concern(Concern::kStretchMarks, 2 + static_cast<int>(random() % 2),
              {Zone::kAbdomen, Zone::kThighs});
      break;
    default:
      concern(Concern::kLaxity, 2, {Zone::kNeck, Zone::kJawline});
      if (Chance(random, 0.3)) concern(Concern::kVolumeLoss, 2, {Zone::kJawline});
      break;
  }
  if (Chance(random, 0.12)) intake.history.Insert(domain::HistoryCode::kHerpesHistory);
  if (Chance(random, 0.02)) intake.history.Insert(domain::HistoryCode::kKeloidTendency);
  if (Chance(random, 0.04)) intake.history.Insert(domain::HistoryCode::kAutoimmuneDisease);
  if (Chance(random, 0.15)) {
    intake.medications.push_back({domain::MedicationCode::kTopicalRetinoid,
                                  assessed_on.AddDays(-static_cast<int>(random() % 20))});
  }
  if (Chance(random, 0.03)) {
    intake.medications.push_back({domain::MedicationCode::kIsotretinoin,
                                  assessed_on.AddDays(-static_cast<int>(random() % 300))});
  }
  if (Chance(random, 0.04))
    intake.medications.push_back({domain::MedicationCode::kAnticoagulant, {}});
  if (Chance(random, 0.06)) intake.medications.push_back({domain::MedicationCode::kFishOil, {}});
  if (Chance(random, 0.05))
    intake.active.push_back({domain::ActiveCode::kAcne, domain::ZoneSet{Zone::kChin}});
  if (Chance(random, 0.03)) intake.allergies.Insert(domain::AllergyCode::kLidocaine);
  intake.pregnant = Chance(random, 0.02);
  return intake;
}

// Free slots per provider, room and device, in half hours of the clinic's working days.
class Calendar {
 public:
  Calendar(int providers, int rooms, int devices)
      : providers_(providers), rooms_(rooms), devices_(devices) {}

  struct Booking {
    int provider;
    int room;
    int device;  // -1: none
    CivilDate day;
    int slot;
  };

  // The first free slot of `length` half hours on or after `day` (within three weeks), with a
  // provider, a room and (if needed) a device; reserves it.
  std::optional<Booking> Reserve(CivilDate day, int length, bool needs_device,
                                 std::mt19937& random) {
    const int first_provider = static_cast<int>(random() % providers_);
    for (int d = 0; d < 21; ++d) {
      const CivilDate date = day.AddDays(d);
      if (std::chrono::weekday(date.ToChrono()) == std::chrono::Sunday) continue;
      for (int slot = 0; slot + length <= kSlotsPerDay; ++slot) {
        for (int pi = 0; pi < providers_; ++pi) {
          const int provider = (first_provider + pi) % providers_;
          if (!Free(0, provider, date, slot, length)) continue;
          for (int room = 0; room < rooms_; ++room) {
            if (!Free(1, room, date, slot, length)) continue;
            int device = -1;
            if (needs_device) {
              for (int candidate = 0; candidate < devices_ && device < 0; ++candidate) {
                if (Free(2, candidate, date, slot, length)) device = candidate;
              }
              if (device < 0) continue;
            }
            Take(0, provider, date, slot, length);
            Take(1, room, date, slot, length);
            if (device >= 0) Take(2, device, date, slot, length);
            return Booking{provider, room, device, date, slot};
          }
        }
      }
    }
    return std::nullopt;
  }

 private:
  static int64_t Key(int kind, int index, CivilDate day, int slot) {
    return ((int64_t{day.days_since_epoch()} * kSlotsPerDay + slot) << 8) | (kind << 5) | index;
  }
  bool Free(int kind, int index, CivilDate day, int slot, int length) const {
    for (int s = slot; s < slot + length; ++s) {
      if (taken_.contains(Key(kind, index, day, s))) return false;
    }
    return true;
  }
  void Take(int kind, int index, CivilDate day, int slot, int length) {
    for (int s = slot; s < slot + length; ++s) taken_.insert(Key(kind, index, day, s));
  }

  int providers_, rooms_, devices_;
  std::unordered_set<int64_t> taken_;
};

// Half an hour for a consultation or follow-up, an hour for a treatment session (numbing
// included): the lengths the generated appointments have.
std::vector<domain::ServiceType> DemoServiceTypes() {
  using domain::AppointmentKind;
  return {{AppointmentKind::kConsultation, "Consultation", kSlotMinutes, true, false},
          {AppointmentKind::kTreatment, "Microneedling session", 2 * kSlotMinutes, true, true},
          {AppointmentKind::kFollowUp, "Photo follow-up", kSlotMinutes, true, false}};
}

struct DemoConsentText {
  domain::ConsentKind kind;
  std::string_view title;
  std::string_view body;
};
constexpr std::array<DemoConsentText, 2> kDemoConsentTexts = {{
    {domain::ConsentKind::kTreatment, "Treatment consent (DEMO wording)",
     "DEMO TEXT for evaluation only: a real clinic publishes its own. I agree to collagen "
     "induction therapy (microneedling) as planned with my provider. I have been told about "
     "the expected redness and flaking, the rare risks (infection, cold sores, dark spots) "
     "and the aftercare, and I can ask questions or stop at any time."},
    {domain::ConsentKind::kPhotography, "Photography consent (DEMO wording)",
     "DEMO TEXT for evaluation only: a real clinic publishes its own. I agree that the clinic "
     "photographs the treated areas before, during and after my treatment for my record and "
     "to measure the result. The photos stay in my record and are not published."},
}};

struct ClinicStaff {
  std::vector<domain::User> providers;
  std::vector<domain::Resource> rooms;
  std::vector<domain::Resource> devices;
};

base::Result<ClinicStaff> CreateStaff(storage::Transaction& tx, std::mt19937& random,
                                      DemoDataReport& report) {
  ClinicStaff staff;
  int number = 0;
  auto create = [&](std::string name, domain::Role role,
                    std::string title) -> base::Result<domain::User> {
    domain::User user;
    std::string handle = name;
    for (char& c : handle) c = c == ' ' ? '.' : static_cast<char>(std::tolower(c));
    // Numbered: two staff may share a name, never a login.
    user.email = handle + "." + std::to_string(++number) + "@clinic.example";
    user.display_name = std::move(name);
    user.role = role;
    user.title = std::move(title);
    user.password_hash = "!";  // no password: demo staff cannot log in until one is set
    ++report.staff;
    return tx.users().Create(user);
  };
  auto person = [&] {
    return std::string(Pick(random, kGiven)) + " " + std::string(Pick(random, kFamily));
  };
  NP_ASSIGN_OR_RETURN(const domain::User owner, create(person(), domain::Role::kOwner, ""));
  // Consent texts in demo wording, so that photos can be taken (after the patient signs)
  // and a session started on the demo clinic as on a real one that published its own.
  for (const auto& [kind, title, body] : kDemoConsentTexts) {
    NP_RETURN_IF_ERROR(tx.consents().AddText({.kind = kind,
                                              .title = std::string(title),
                                              .body = std::string(body),
                                              .sha256 = security::Sha256Hex(body),
                                              .created_by = owner.id}));
  }
  for (std::string_view title : {"RN", "aesthetician", "dermatologist"}) {
    NP_ASSIGN_OR_RETURN(domain::User provider,
                        create(person(), domain::Role::kProvider, std::string(title)));
    staff.providers.push_back(std::move(provider));
  }
  for (int i = 0; i < 2; ++i) NP_RETURN_IF_ERROR(create(person(), domain::Role::kFrontDesk, ""));
  auto resource = [&](domain::ResourceKind kind, std::string name, std::string serial = "") {
    domain::Resource r;
    r.kind = kind;
    r.name = std::move(name);
    r.serial = std::move(serial);
    return tx.resources().Create(r);
  };
  for (int i = 1; i <= 3; ++i) {
    NP_ASSIGN_OR_RETURN(domain::Resource room, resource(domain::ResourceKind::kRoom,
                                                        "Treatment room " + std::to_string(i)));
    staff.rooms.push_back(std::move(room));
  }
  for (int i = 1; i <= 2; ++i) {
    NP_ASSIGN_OR_RETURN(domain::Resource device, resource(domain::ResourceKind::kDevice,
                                                          "Microneedling pen " + std::to_string(i),
                                                          "MN-" + std::to_string(24000 + i * 113)));
    staff.devices.push_back(std::move(device));
  }
  // The hours the generated appointments keep (Monday to Saturday, 09:00-17:00), so that the
  // free-slot search and series proposals work on the demo clinic as on a real one.
  std::vector<domain::WorkingSpan> week;
  for (int weekday = 0; weekday < 6; ++weekday) {
    week.push_back({weekday, kOpenMinute, kOpenMinute + kSlotsPerDay * kSlotMinutes});
  }
  for (const domain::User& provider : staff.providers) {
    NP_RETURN_IF_ERROR(tx.calendars().SetWorkingHours(provider.id, week));
  }
  // The visit lengths the generated appointments have.
  for (const domain::ServiceType& service : DemoServiceTypes()) {
    NP_RETURN_IF_ERROR(tx.calendars().PutServiceType(service));
  }
  return staff;
}

}  // namespace

// How many generated series have their first session today.
constexpr int kSeriesStartingToday = 3;

base::Result<DemoDataReport> GenerateDemoData(
    storage::Database& db, const protocol::Protocol& protocol, const base::Clock& clock,
    const DemoDataOptions& options, const std::function<void(const DemoDataReport&)>& progress) {
  DemoDataReport report;
  std::mt19937 random(options.seed);
  const CivilDate today = base::Today(clock, base::TimeZone::Utc());
  for (int c = 0; c < options.clinics; ++c) {
    const std::string zone_name(Pick(random, kZones));
    NP_ASSIGN_OR_RETURN(base::TimeZone zone, base::TimeZone::Load(zone_name));
    NP_ASSIGN_OR_RETURN(
        domain::Clinic clinic,
        db.CreateClinic({options.slug_prefix + "-" + std::to_string(c + 1),
                         std::string(Pick(random, kPlace)) + " " + std::string(Pick(random, kKind)),
                         zone_name}));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        db.Begin(clinic.id, storage::Access::kWrite));
    NP_ASSIGN_OR_RETURN(ClinicStaff staff, CreateStaff(*tx, random, report));
    clinic.phone = "+1 555 010 " + std::to_string(1000 + random() % 9000);
    NP_RETURN_IF_ERROR(tx->clinic_settings().Update(clinic));
    // A few series start today, so that a fresh clinic has sessions to run on its first day.
    const CivilDate local_today = base::Today(clock, zone);
    int started_today = 0;
    Calendar calendar(static_cast<int>(staff.providers.size()),
                      static_cast<int>(staff.rooms.size()), static_cast<int>(staff.devices.size()));

    auto book = [&](const domain::Patient& patient, CivilDate day, int length,
                    domain::AppointmentKind kind, std::optional<base::PlanId> plan, int number,
                    int count) -> base::Status {
      std::optional<Calendar::Booking> slot =
          calendar.Reserve(day, length, kind == domain::AppointmentKind::kTreatment, random);
      if (!slot) return base::OkStatus();  // the clinic is full; a real front desk would say so
      domain::Appointment a;
      a.patient_id = patient.id;
      a.provider_id = staff.providers[static_cast<size_t>(slot->provider)].id;
      a.room_id = staff.rooms[static_cast<size_t>(slot->room)].id;
      if (slot->device >= 0) a.device_id = staff.devices[static_cast<size_t>(slot->device)].id;
      a.start = zone.ToUtc(slot->day, kOpenMinute + slot->slot * kSlotMinutes);
      a.end = a.start + std::chrono::minutes(length * kSlotMinutes);
      a.kind = kind;
      a.plan_id = plan;
      a.session_number = number;
      a.session_count = count;
      if (slot->day < today) {
        const int roll = static_cast<int>(random() % 100);
        a.status = roll < 90   ? domain::AppointmentStatus::kCompleted
                   : roll < 95 ? domain::AppointmentStatus::kNoShow
                               : domain::AppointmentStatus::kCancelled;
      } else {
        a.status = Chance(random, 0.5) ? domain::AppointmentStatus::kConfirmed
                                       : domain::AppointmentStatus::kBooked;
      }
      NP_RETURN_IF_ERROR(tx->appointments().Create(a));
      ++report.appointments;
      return base::OkStatus();
    };

    for (int p = 0; p < options.patients_per_clinic; ++p) {
      domain::Patient patient;
      patient.given_name = std::string(Pick(random, kGiven));
      patient.family_name = std::string(Pick(random, kFamily));
      patient.birth_date = *CivilDate::FromYmd(1955 + static_cast<int>(random() % 50),
                                               1 + random() % 12, 1 + random() % 28);
      patient.email =
          patient.given_name + "." + patient.family_name + std::to_string(p) + "@mail.example";
      for (char& ch : patient.email) ch = static_cast<char>(std::tolower(ch));
      patient.phone = "+1 555 " + std::to_string(1000000 + random() % 9000000);
      patient.fitzpatrick = 1 + static_cast<int>(random() % 6);
      NP_ASSIGN_OR_RETURN(patient, tx->patients().Create(patient));
      ++report.patients;

      const CivilDate consulted =
          options.first_day.AddDays(static_cast<int>(random() % std::max(1, options.days - 60)));
      NP_RETURN_IF_ERROR(
          book(patient, consulted, 1, domain::AppointmentKind::kConsultation, {}, 0, 0));
      const domain::Intake intake = RandomIntake(random, patient, consulted);
      const domain::PlanResult result = protocol::ScreenAndPlan(protocol, intake);
      const base::UserId provider =
          staff.providers[static_cast<size_t>(p) % staff.providers.size()].id;
      NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                          tx->consultations().Create({.patient_id = patient.id,
                                                      .recorded_by = provider,
                                                      .intake = intake,
                                                      .screening = result.screening,
                                                      .created_at = {}}));
      ++report.consultations;
      if (!result.plan || result.plan->schedule.empty()) continue;

      const domain::Plan& computed = *result.plan;
      NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan,
                          tx->plans().Create(NewTreatmentPlan(
                              consultation, computed, domain::PlanStatus::kActive, provider)));
      ++report.plans;
      const CivilDate last_day = options.first_day.AddDays(options.days);
      for (const domain::SessionDate& session : computed.schedule) {
        if (session.date >= last_day) break;
        CivilDate day = session.date;
        if (session.number == 1 && day > local_today && started_today < kSeriesStartingToday) {
          day = local_today;
          ++started_today;
        }
        NP_RETURN_IF_ERROR(book(patient, day, 2, domain::AppointmentKind::kTreatment, plan.id,
                                session.number, computed.sessions));
      }
      const CivilDate follow_up = computed.schedule.back().date.AddMonths(1);
      if (follow_up < last_day) {
        NP_RETURN_IF_ERROR(
            book(patient, follow_up, 1, domain::AppointmentKind::kFollowUp, plan.id, 0, 0));
      }
    }
    domain::AuditEntry entry;
    entry.action = "demo_data.generate";
    entry.object_type = "clinic";
    entry.object_id = clinic.id.ToString();
    entry.detail = std::to_string(options.patients_per_clinic) + " generated patients";
    NP_RETURN_IF_ERROR(tx->audit().Append(entry));
    NP_RETURN_IF_ERROR(tx->Commit());
    ++report.clinics;
    if (progress) progress(report);
  }
  return report;
}

}  // namespace needlepoint::app
