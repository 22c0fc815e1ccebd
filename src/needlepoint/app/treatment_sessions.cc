#include "needlepoint/app/treatment_sessions.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/consents.h"
#include "needlepoint/app/fields.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/app/reminders.h"
#include "needlepoint/contract/gs1.h"
#include "needlepoint/contract/session_json.h"
#include "needlepoint/protocol/charting.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::app {
namespace {

using domain::Appointment;
using domain::AppointmentStatus;
using domain::SessionStatus;
using domain::TreatmentSession;

constexpr std::size_t kMaxReasonBytes = 2000;

base::Status NotFoundSession() { return base::NotFound("treatment session not found"); }

base::Status Refuse(std::string path, std::string message) {
  return base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                    {{std::move(path), message}}, message);
}

// What a session's rules and view need, read in the caller's transaction.
struct Loaded {
  TreatmentSession session;
  domain::TreatmentPlan plan;
  std::shared_ptr<const protocol::Protocol> protocol;
  base::TimeZone zone = base::TimeZone::Utc();
  base::CivilDate today;
};

base::Result<Loaded> Load(AppEnv& env, storage::Transaction& tx, base::SessionId id) {
  Loaded loaded;
  NP_ASSIGN_OR_RETURN(loaded.session, tx.treatment_sessions().Get(id));
  NP_ASSIGN_OR_RETURN(loaded.plan, tx.plans().Get(loaded.session.plan_id));
  NP_ASSIGN_OR_RETURN(loaded.protocol, env.protocols.ForRef(tx, loaded.session.protocol));
  NP_ASSIGN_OR_RETURN(loaded.zone, ClinicZone(tx));
  loaded.today = loaded.zone.LocalDate(env.clock.Now());
  return loaded;
}

std::optional<int> NumbingMinutes(const domain::Chart& chart) {
  if (!chart.anaesthetic) return std::nullopt;
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(
                              chart.anaesthetic->removed_at - chart.anaesthetic->applied_at)
                              .count());
}

base::Result<SessionDetail> Detail(storage::Transaction& tx, Loaded loaded) {
  SessionDetail d;
  d.zone = loaded.zone;
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx.patients().Get(loaded.session.patient_id));
  d.given_name = patient.given_name;
  d.family_name = patient.family_name;
  NP_ASSIGN_OR_RETURN(d.cartridges, tx.treatment_sessions().ListCartridges(loaded.session.id));
  if (loaded.session.check_in) {
    d.gate = protocol::JudgeGate(*loaded.protocol, loaded.session.check_in->screening, loaded.plan);
  }
  base::Result<domain::ConsentText> latest =
      tx.consents().LatestText(domain::ConsentKind::kTreatment);
  if (latest) {
    d.consent_version = latest->version;
    NP_ASSIGN_OR_RETURN(d.consent_signed, HasCurrentConsent(tx, loaded.session.patient_id,
                                                            domain::ConsentKind::kTreatment));
  } else if (latest.error().code() != base::StatusCode::kNotFound) {
    return base::Fail(latest.error());
  }
  d.chart = loaded.session.draft;
  if (loaded.session.chart_version > 0) {
    NP_ASSIGN_OR_RETURN(std::vector<domain::ChartVersion> versions,
                        tx.treatment_sessions().ListChartVersions(loaded.session.id));
    if (!versions.empty()) d.chart = versions.back().chart;
  }
  base::Result<protocol::ChartCheck> check = protocol::CheckChart(
      *loaded.protocol, loaded.plan, d.chart, protocol::ChartStage::kDraft, "/chart");
  if (check) d.warnings = std::move(check->warnings);
  d.numbing_minutes = NumbingMinutes(d.chart);
  d.plan = std::move(loaded.plan);
  d.session = std::move(loaded.session);
  return d;
}

// Checks the session's appointment in (if it is still booked or confirmed), in `tx`.
base::Status CheckInAppointment(AppEnv& env, storage::Transaction& tx, RequestContext& context,
                                const Loaded& loaded) {
  if (!loaded.session.appointment_id) return base::OkStatus();
  NP_ASSIGN_OR_RETURN(Appointment appointment,
                      tx.appointments().Get(*loaded.session.appointment_id));
  if (appointment.status != AppointmentStatus::kBooked &&
      appointment.status != AppointmentStatus::kConfirmed) {
    return base::OkStatus();
  }
  Booking booking;
  booking.zone = loaded.zone;
  NP_RETURN_IF_ERROR(RecordVisitStatusIn(env, tx, context, booking, appointment,
                                         AppointmentStatus::kCheckedIn, env.clock.Now()));
  return base::OkStatus();
}

// A write to one session: loaded in a write transaction, the version checked (when given),
// changed by `change` (which answers whether the session row itself changed and fills the
// audit detail), stored, audited once, committed; answers the session as it now stands.
template <typename Change>
base::Result<SessionDetail> Mutate(AppEnv& env, RequestContext& context, base::SessionId id,
                                   std::optional<int64_t> version, std::string action,
                                   Change change) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(Loaded loaded, Load(env, *tx, id));
  if (version && *version != loaded.session.version) {
    return base::Fail(base::Conflict("the session was changed by someone else: reload it"));
  }
  std::string detail;
  NP_ASSIGN_OR_RETURN(bool changed, change(loaded, *tx, detail));
  if (changed) {
    NP_ASSIGN_OR_RETURN(loaded.session, tx->treatment_sessions().Update(loaded.session));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(std::move(action), "session", id.ToString(),
                                                      loaded.session.patient_id,
                                                      domain::AuditOutcome::kSuccess, detail)));
  NP_ASSIGN_OR_RETURN(SessionDetail detail_view, Detail(*tx, std::move(loaded)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return detail_view;
}

base::Status RequireStatus(const TreatmentSession& s, std::initializer_list<SessionStatus> allowed,
                           std::string_view doing) {
  if (std::find(allowed.begin(), allowed.end(), s.status) != allowed.end()) {
    return base::OkStatus();
  }
  if (s.status == SessionStatus::kSignedOff) {
    return Refuse("/status",
                  "the session is signed off: its chart is read-only (add an amendment)");
  }
  return Refuse("/status", "a session that is " + std::string(domain::CodeName(s.status)) +
                               " cannot " + std::string(doing));
}

base::Result<std::string> CheckedReason(const std::string& text) {
  std::string reason = Trimmed(text);
  if (reason.empty()) {
    return base::Fail(base::Status::Invalid({{"/reason", "a written reason is required"}}));
  }
  if (reason.size() > kMaxReasonBytes) {
    return base::Fail(base::Status::Invalid({{"/reason", "must be at most 2000 bytes"}}));
  }
  return reason;
}

// The problems of `status` with `prefix` put before each path.
base::Status Prefixed(const base::Status& status, std::string_view prefix) {
  std::vector<base::FieldProblem> problems = status.problems();
  for (base::FieldProblem& p : problems) p.path = std::string(prefix) + p.path;
  return base::Status::WithProblems(status.code(), std::move(problems), status.message());
}

// The device the chart names must be one of the clinic's pens.
base::Status CheckDevice(storage::Transaction& tx, const domain::Chart& chart) {
  if (!chart.device_id) return base::OkStatus();
  base::Result<domain::Resource> device = tx.resources().Get(*chart.device_id);
  if (!device || device->kind != domain::ResourceKind::kDevice) {
    return base::Status::Invalid({{"/chart/device_id", "is not one of the clinic's devices"}});
  }
  return base::OkStatus();
}

}  // namespace

base::Result<SessionDay> ListSessionsOn(AppEnv& env, RequestContext& context,
                                        std::optional<base::CivilDate> date) {
  std::vector<std::string> patients;
  base::Result<SessionDay> result = [&]() -> base::Result<SessionDay> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    SessionDay day;
    NP_ASSIGN_OR_RETURN(day.zone, ClinicZone(*tx));
    day.date = date ? *date : day.zone.LocalDate(env.clock.Now());
    NP_ASSIGN_OR_RETURN(std::vector<Appointment> appointments,
                        tx->appointments().ListBetween(day.zone.ToUtc(day.date, 0),
                                                       day.zone.ToUtc(day.date.AddDays(1), 0)));
    NP_ASSIGN_OR_RETURN(std::vector<TreatmentSession> sessions,
                        tx->treatment_sessions().ListOnDate(day.date));
    for (Appointment& a : appointments) {
      if (a.kind != domain::AppointmentKind::kTreatment || !a.plan_id ||
          a.status == AppointmentStatus::kCancelled) {
        continue;
      }
      SessionDayRow row;
      NP_ASSIGN_OR_RETURN(domain::Patient patient, tx->patients().Get(a.patient_id));
      row.given_name = patient.given_name;
      row.family_name = patient.family_name;
      NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(*a.plan_id));
      row.sessions_planned = plan.plan.sessions;
      for (const TreatmentSession& s : sessions) {
        if (s.appointment_id == a.id) row.session = s;
      }
      patients.push_back(a.patient_id.ToString());
      row.appointment = std::move(a);
      day.rows.push_back(std::move(row));
    }
    return day;
  }();
  std::ranges::sort(patients);
  patients.erase(std::unique(patients.begin(), patients.end()), patients.end());
  if (result) {
    std::string detail = "patients:";
    for (const std::string& p : patients) detail += " " + p;
    context.read_audit.push_back(context.Audit("session.list", "session_day",
                                               result->date.ToString(), std::nullopt,
                                               domain::AuditOutcome::kSuccess, detail));
  } else {
    AuditRead(context, "session.list", "session_day", "", std::nullopt, result);
  }
  return result;
}

base::Result<OpenedSession> OpenSession(AppEnv& env, RequestContext& context,
                                        base::AppointmentId appointment_id) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(Appointment appointment, tx->appointments().Get(appointment_id));
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  const base::CivilDate today = zone.LocalDate(env.clock.Now());
  OpenedSession opened;
  NP_ASSIGN_OR_RETURN(std::optional<TreatmentSession> existing,
                      tx->treatment_sessions().FindForAppointment(appointment_id, today));
  TreatmentSession session;
  if (existing) {
    session = std::move(*existing);
  } else {
    if (appointment.kind != domain::AppointmentKind::kTreatment || !appointment.plan_id) {
      return base::Fail(Refuse("/appointment_id", "is not a treatment session of a plan"));
    }
    if (appointment.status == AppointmentStatus::kCancelled ||
        appointment.status == AppointmentStatus::kNoShow ||
        appointment.status == AppointmentStatus::kCompleted) {
      return base::Fail(
          Refuse("/appointment_id",
                 "the appointment is " + std::string(domain::CodeName(appointment.status))));
    }
    if (zone.LocalDate(appointment.start) != today) {
      return base::Fail(
          Refuse("/appointment_id", "a session is opened on the day of its appointment (" +
                                        zone.LocalDate(appointment.start).ToString() + ")"));
    }
    NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, tx->plans().Get(*appointment.plan_id));
    TreatmentSession fresh;
    fresh.patient_id = appointment.patient_id;
    fresh.plan_id = plan.id;
    fresh.appointment_id = appointment.id;
    fresh.number = std::max(1, appointment.session_number);
    fresh.date = today;
    fresh.protocol = plan.protocol;
    fresh.created_by = context.principal.user;
    NP_ASSIGN_OR_RETURN(session, tx->treatment_sessions().Create(fresh));
    opened.created = true;
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("session.open", "session", session.id.ToString(), session.patient_id,
                    domain::AuditOutcome::kSuccess, opened.created ? "opened" : "existing")));
  NP_ASSIGN_OR_RETURN(Loaded loaded, Load(env, *tx, session.id));
  NP_ASSIGN_OR_RETURN(opened.detail, Detail(*tx, std::move(loaded)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return opened;
}

base::Result<SessionDetail> GetSession(AppEnv& env, RequestContext& context, base::SessionId id) {
  std::optional<base::PatientId> owner;
  base::Result<SessionDetail> result = [&]() -> base::Result<SessionDetail> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(Loaded loaded, Load(env, *tx, id));
    owner = loaded.session.patient_id;
    return Detail(*tx, std::move(loaded));
  }();
  AuditRead(context, "session.read", "session", id.ToString(), owner, result);
  return result;
}

base::Result<SessionDetail> CheckInSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                           int64_t version, const nlohmann::json& answers_json) {
  return Mutate(
      env, context, id, version, "session.check_in",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kOpen, SessionStatus::kCheckedIn},
                                         "be checked in again"));
        if (loaded.today != s.date) {
          return base::Fail(
              Refuse("/date", "check-in happens on the session's day (" + s.date.ToString() + ")"));
        }
        NP_ASSIGN_OR_RETURN(domain::Consultation consultation,
                            tx.consultations().Get(loaded.plan.consultation_id));
        NP_ASSIGN_OR_RETURN(domain::CheckInAnswers answers,
                            contract::ParseCheckInAnswers(
                                answers_json, {s.date, &loaded.protocol->aliases, "/answers"}));
        base::Result<domain::Intake> merged =
            protocol::MergeCheckIn(consultation.intake, answers, s.date);
        if (!merged) return base::Fail(Prefixed(merged.error(), "/answers"));
        domain::CheckIn check_in;
        check_in.answers = std::move(answers);
        check_in.intake = std::move(*merged);
        check_in.screening = protocol::Screen(*loaded.protocol, check_in.intake);
        const protocol::GateOutcome gate =
            protocol::JudgeGate(*loaded.protocol, check_in.screening, loaded.plan);
        check_in.gate = gate.decision;
        check_in.recorded_by = context.principal.user;
        check_in.recorded_at = env.clock.Now();
        s.check_in = std::move(check_in);
        s.confirmations.clear();
        const bool proceed = gate.decision == domain::GateDecision::kProceed;
        s.status = proceed ? SessionStatus::kCheckedIn : SessionStatus::kOpen;
        if (proceed) NP_RETURN_IF_ERROR(CheckInAppointment(env, tx, context, loaded));
        detail = "gate " + std::string(domain::CodeName(gate.decision)) + ", " +
                 std::string(domain::CodeName(s.check_in->screening.verdict));
        return true;
      });
}

base::Result<SessionDetail> OverrideGate(AppEnv& env, RequestContext& context, base::SessionId id,
                                         int64_t version, const std::string& reason_text) {
  if (context.principal.role != domain::Role::kProvider) {
    return base::Fail(base::PermissionDenied("only a provider may override the day-of gate"));
  }
  return Mutate(
      env, context, id, version, "session.gate_override",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        if (s.status != SessionStatus::kOpen || !s.check_in ||
            s.check_in->gate != domain::GateDecision::kBlocked) {
          return base::Fail(Refuse("/status", "there is no blocked check-in to override"));
        }
        const protocol::GateOutcome gate =
            protocol::JudgeGate(*loaded.protocol, s.check_in->screening, loaded.plan);
        if (!gate.overridable) {
          std::vector<base::FieldProblem> problems;
          for (const domain::Finding& f : s.check_in->screening.findings) {
            if (f.level != domain::Level::kContraindicated) continue;
            problems.push_back({"/findings/" + std::string(domain::CodeName(f.code)),
                                "contraindicated today: no override exists"});
          }
          return base::Fail(base::Status::WithProblems(
              base::StatusCode::kFailedPrecondition, std::move(problems),
              "a contraindication blocks the session: no override exists"));
        }
        NP_ASSIGN_OR_RETURN(std::string reason, CheckedReason(reason_text));
        s.check_in->gate = domain::GateDecision::kOverridden;
        s.check_in->override_reason = std::move(reason);
        s.check_in->override_by = context.principal.user;
        s.check_in->override_at = env.clock.Now();
        s.status = SessionStatus::kCheckedIn;
        NP_RETURN_IF_ERROR(CheckInAppointment(env, tx, context, loaded));
        detail = "defer overridden (" + std::to_string(gate.blocking.size()) + " findings)";
        return true;
      });
}

base::Result<SessionDetail> ConfirmAction(AppEnv& env, RequestContext& context, base::SessionId id,
                                          int64_t version, const std::string& action_code,
                                          const std::string& note_text) {
  return Mutate(
      env, context, id, version, "session.confirm_action",
      [&](Loaded& loaded, storage::Transaction&, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kCheckedIn}, "confirm an action"));
        const std::optional<domain::ActionCode> action =
            domain::ParseCode<domain::ActionCode>(action_code);
        if (!action || !s.check_in || !s.check_in->screening.actions.Contains(*action)) {
          return base::Fail(base::Status::Invalid(
              {{"/action", "is not one of this check-in's required actions"}}));
        }
        std::string note = Trimmed(note_text);
        if (note.size() > kMaxReasonBytes) {
          return base::Fail(base::Status::Invalid({{"/note", "must be at most 2000 bytes"}}));
        }
        std::erase_if(s.confirmations,
                      [&](const domain::ActionConfirmation& c) { return c.action == *action; });
        s.confirmations.push_back(
            {*action, context.principal.user, env.clock.Now(), std::move(note)});
        detail = std::string(domain::CodeName(*action));
        return true;
      });
}

base::Result<SessionDetail> StartSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                         int64_t version) {
  return Mutate(
      env, context, id, version, "session.start",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kCheckedIn}, "start"));
        std::vector<base::FieldProblem> problems;
        for (domain::ActionCode action : s.check_in->screening.actions.ToVector()) {
          const bool confirmed = std::ranges::any_of(
              s.confirmations,
              [&](const domain::ActionConfirmation& c) { return c.action == action; });
          if (!confirmed) {
            problems.push_back({"/confirmations/" + std::string(domain::CodeName(action)),
                                "must be confirmed before the session starts"});
          }
        }
        base::Result<domain::ConsentText> latest =
            tx.consents().LatestText(domain::ConsentKind::kTreatment);
        std::optional<base::ConsentSignatureId> signature;
        if (!latest) {
          if (latest.error().code() != base::StatusCode::kNotFound) {
            return base::Fail(latest.error());
          }
          problems.push_back(
              {"/consent", "the clinic has no treatment consent text: the owner publishes one"});
        } else {
          NP_ASSIGN_OR_RETURN(std::vector<domain::ConsentSignature> signatures,
                              tx.consents().ListSignatures(s.patient_id));
          for (const domain::ConsentSignature& sig : signatures) {
            if (sig.text_id == latest->id) signature = sig.id;  // the newest on the text
          }
          if (!signature) {
            problems.push_back({"/consent",
                                "the patient has not signed the current treatment consent "
                                "(version " +
                                    std::to_string(latest->version) + ")"});
          }
        }
        if (!problems.empty()) {
          return base::Fail(base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                                       std::move(problems),
                                                       "the session cannot start yet"));
        }
        s.consent_id = signature;
        s.started_by = context.principal.user;
        s.started_at = env.clock.Now();
        s.status = SessionStatus::kInProgress;
        detail = "consent version " + std::to_string(latest->version);
        return true;
      });
}

base::Result<SessionDetail> SaveChart(AppEnv& env, RequestContext& context, base::SessionId id,
                                      int64_t version, const nlohmann::json& chart_json) {
  return Mutate(
      env, context, id, version, "session.chart_save",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kInProgress}, "be charted"));
        NP_ASSIGN_OR_RETURN(domain::Chart chart, contract::ParseChart(chart_json, "/chart"));
        NP_RETURN_IF_ERROR(protocol::CheckChart(*loaded.protocol, loaded.plan, chart,
                                                protocol::ChartStage::kDraft, "/chart"));
        NP_RETURN_IF_ERROR(CheckDevice(tx, chart));
        detail = std::to_string(chart.zones.size()) + " zones, " +
                 std::to_string(chart.products.size()) + " products";
        s.draft = std::move(chart);
        return true;
      });
}

base::Result<SessionDetail> ScanCartridge(AppEnv& env, RequestContext& context, base::SessionId id,
                                          const CartridgeScan& scan) {
  return Mutate(
      env, context, id, std::nullopt, "session.cartridge_scan",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        const TreatmentSession& s = loaded.session;
        base::Result<contract::Gs1Element> parsed = contract::ParseGs1(scan.barcode);
        if (!parsed) {
          return base::Fail(base::Status::Invalid({{"/barcode", parsed.error().message()}}));
        }
        if (!parsed->gtin || !parsed->lot || !parsed->expiry) {
          return base::Fail(
              Refuse("/barcode", "a cartridge needs its GTIN (01), lot (10) and expiry (17)"));
        }
        if (*parsed->expiry < s.date) {
          return base::Fail(Refuse("/barcode", "expired on " + parsed->expiry->ToString() +
                                                   ", before this session's date (" +
                                                   s.date.ToString() + ")"));
        }
        if (!parsed->serial && !scan.sealed_pack_confirmed) {
          return base::Fail(Refuse("/sealed_pack_confirmed",
                                   "a cartridge without a serial number cannot be proven "
                                   "unused: confirm it came from a sealed, unopened pack"));
        }
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kInProgress}, "chart a cartridge"));
        auto used = [](std::string message) {
          return base::Status::WithProblems(base::StatusCode::kConflict, {{"/barcode", message}},
                                            message);
        };
        if (parsed->serial) {
          NP_ASSIGN_OR_RETURN(
              std::optional<domain::Cartridge> earlier,
              tx.treatment_sessions().FindCartridge(*parsed->gtin, *parsed->lot, *parsed->serial));
          if (earlier) {
            NP_ASSIGN_OR_RETURN(TreatmentSession other,
                                tx.treatment_sessions().Get(earlier->session_id));
            return base::Fail(used("already charted (session " + other.id.ToString() + " on " +
                                   other.date.ToString() + "): use a new sterile cartridge"));
          }
        }
        domain::Cartridge cartridge;
        cartridge.session_id = s.id;
        cartridge.gtin = *parsed->gtin;
        cartridge.lot = *parsed->lot;
        cartridge.serial = parsed->serial;
        cartridge.expiry = *parsed->expiry;
        cartridge.production_date = parsed->production_date;
        cartridge.sealed_pack_confirmed = scan.sealed_pack_confirmed;
        cartridge.recorded_by = context.principal.user;
        base::Result<domain::Cartridge> added = tx.treatment_sessions().AddCartridge(cartridge);
        if (!added && added.error().code() == base::StatusCode::kConflict) {
          // Another session charted it in the same instant: the unique key decided.
          return base::Fail(
              used("already charted in another session just now: use a new "
                   "sterile cartridge"));
        }
        NP_RETURN_IF_ERROR(added);
        detail = parsed->serial ? "serialised" : "sealed pack, no serial";
        return false;
      });
}

base::Result<SessionDetail> SignOffSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                           int64_t version) {
  return Mutate(
      env, context, id, version, "session.sign_off",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        NP_RETURN_IF_ERROR(RequireStatus(s, {SessionStatus::kInProgress}, "be signed off"));
        NP_RETURN_IF_ERROR(protocol::CheckChart(*loaded.protocol, loaded.plan, s.draft,
                                                protocol::ChartStage::kSigned, "/chart"));
        NP_ASSIGN_OR_RETURN(std::vector<domain::Cartridge> cartridges,
                            tx.treatment_sessions().ListCartridges(s.id));
        if (cartridges.empty()) {
          return base::Fail(
              Refuse("/cartridges", "scan the sterile needle cartridge used before signing"));
        }
        const base::Timestamp now = env.clock.Now();
        domain::ChartVersion first;
        first.session_id = s.id;
        first.version = 1;
        first.chart = s.draft;
        first.recorded_by = context.principal.user;
        NP_RETURN_IF_ERROR(tx.treatment_sessions().AddChartVersion(first));
        s.chart_version = 1;
        s.status = SessionStatus::kSignedOff;
        s.signed_off_by = context.principal.user;
        s.signed_off_at = now;
        s.aftercare =
            protocol::SessionTimelineFor(*loaded.protocol, s.check_in->screening, s.number, s.date)
                .aftercare;
        detail = "version 1, " + std::to_string(s.aftercare.size()) + " aftercare items";
        if (s.appointment_id) {
          NP_ASSIGN_OR_RETURN(Appointment appointment, tx.appointments().Get(*s.appointment_id));
          Booking booking;
          booking.zone = loaded.zone;
          if (appointment.status == AppointmentStatus::kBooked ||
              appointment.status == AppointmentStatus::kConfirmed ||
              appointment.status == AppointmentStatus::kCheckedIn) {
            NP_ASSIGN_OR_RETURN(std::string visit,
                                RecordVisitStatusIn(env, tx, context, booking, appointment,
                                                    AppointmentStatus::kCompleted, now));
            detail += "; visit " + visit;
            appointment = booking.appointments.back();
          }
          // The aftercare reminders from the day it really happened.
          domain::TreatmentPlan dated = booking.plan ? *booking.plan : loaded.plan;
          if (std::cmp_less_equal(s.number, dated.plan.timelines.size())) {
            dated.plan.timelines[static_cast<std::size_t>(s.number - 1)].aftercare = s.aftercare;
          }
          NP_RETURN_IF_ERROR(ScheduleReminders(tx, loaded.zone, appointment, &dated, now));
        }
        return true;
      });
}

base::Result<SessionDetail> AmendChart(AppEnv& env, RequestContext& context, base::SessionId id,
                                       int chart_version, const nlohmann::json& chart_json,
                                       const std::string& reason_text) {
  return Mutate(
      env, context, id, std::nullopt, "session.amend",
      [&](Loaded& loaded, storage::Transaction& tx, std::string& detail) -> base::Result<bool> {
        TreatmentSession& s = loaded.session;
        if (s.status != SessionStatus::kSignedOff) {
          return base::Fail(Refuse("/status", "only a signed chart is amended; edit the draft"));
        }
        if (chart_version != s.chart_version) {
          return base::Fail(base::Conflict("the chart has a newer version (" +
                                           std::to_string(s.chart_version) + "): reload it"));
        }
        NP_ASSIGN_OR_RETURN(std::string reason, CheckedReason(reason_text));
        NP_ASSIGN_OR_RETURN(domain::Chart chart, contract::ParseChart(chart_json, "/chart"));
        NP_RETURN_IF_ERROR(protocol::CheckChart(*loaded.protocol, loaded.plan, chart,
                                                protocol::ChartStage::kSigned, "/chart"));
        NP_RETURN_IF_ERROR(CheckDevice(tx, chart));
        domain::ChartVersion next;
        next.session_id = s.id;
        next.version = s.chart_version + 1;
        next.chart = std::move(chart);
        next.reason = std::move(reason);
        next.recorded_by = context.principal.user;
        NP_RETURN_IF_ERROR(tx.treatment_sessions().AddChartVersion(next));
        s.chart_version = next.version;
        detail = "version " + std::to_string(next.version);
        return true;
      });
}

base::Result<std::vector<domain::ChartVersion>> ListChartVersions(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::SessionId id) {
  std::optional<base::PatientId> owner;
  base::Result<std::vector<domain::ChartVersion>> result =
      [&]() -> base::Result<std::vector<domain::ChartVersion>> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(TreatmentSession s, tx->treatment_sessions().Get(id));
    owner = s.patient_id;
    return tx->treatment_sessions().ListChartVersions(id);
  }();
  AuditRead(context, "session.chart_versions", "session", id.ToString(), owner, result);
  return result;
}

base::Result<std::vector<TreatmentSession>> ListPatientSessions(AppEnv& env,
                                                                RequestContext& context,
                                                                base::PatientId patient) {
  const bool denied = !MaySee(context.principal, patient);
  base::Result<std::vector<TreatmentSession>> result =
      [&]() -> base::Result<std::vector<TreatmentSession>> {
    if (denied) return base::Fail(base::NotFound("patient not found"));
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    return tx->treatment_sessions().ListForPatient(patient);
  }();
  AuditRead(context, "session.list_patient", "patient", patient.ToString(), patient, result,
            denied);
  return result;
}

base::Result<SessionAftercare> GetSessionAftercare(AppEnv& env, RequestContext& context,
                                                   base::SessionId id) {
  std::optional<base::PatientId> owner;
  bool denied = false;
  base::Result<SessionAftercare> result = [&]() -> base::Result<SessionAftercare> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    SessionAftercare out;
    NP_ASSIGN_OR_RETURN(out.session, tx->treatment_sessions().Get(id));
    if (!MaySee(context.principal, out.session.patient_id)) {
      denied = true;
      return base::Fail(NotFoundSession());
    }
    owner = out.session.patient_id;
    if (out.session.status != SessionStatus::kSignedOff) {
      return base::Fail(Refuse("/status", "the aftercare is attached when the chart is signed"));
    }
    NP_ASSIGN_OR_RETURN(out.clinic, tx->clinic_settings().Get());
    NP_ASSIGN_OR_RETURN(out.zone, ClinicZone(*tx));
    out.today = out.zone.LocalDate(env.clock.Now());
    return out;
  }();
  AuditRead(context, "session.aftercare", "session", id.ToString(), owner, result, denied);
  return result;
}

}  // namespace needlepoint::app
