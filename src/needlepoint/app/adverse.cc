#include "needlepoint/app/adverse.h"

#include <algorithm>
#include <memory>

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/fields.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/app/photo_store.h"
#include "needlepoint/app/reminders.h"
#include "needlepoint/imaging/image_header.h"
#include "needlepoint/imaging/photo_engine.h"
#include "needlepoint/protocol/triage.h"

namespace needlepoint::app {
namespace {

using domain::AdverseEvent;
using domain::AdverseReport;
using domain::SessionStatus;
using domain::TreatmentSession;

bool IsClinical(const Principal& principal) {
  return principal.role == domain::Role::kOwner || principal.role == domain::Role::kProvider;
}

base::Result<ConcernView> ViewOf(AppEnv& env, storage::Transaction& tx, AdverseReport report) {
  ConcernView view;
  NP_ASSIGN_OR_RETURN(domain::Patient patient, tx.patients().Get(report.patient_id));
  view.given_name = patient.given_name;
  view.family_name = patient.family_name;
  NP_ASSIGN_OR_RETURN(TreatmentSession session, tx.treatment_sessions().Get(report.session_id));
  view.session_date = session.date;
  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.ForRef(tx, report.triage.protocol));
  view.advice = protocol::TriageAdviceFor(*protocol, report.triage.urgency);
  NP_ASSIGN_OR_RETURN(view.clinic, tx.clinic_settings().Get());
  view.report = std::move(report);
  return view;
}

// The checks an event's fields need against its session; fills the suspects' copies.
base::Status CheckEvent(storage::Transaction& tx, const TreatmentSession& session,
                        base::CivilDate today, EventInput& input) {
  std::vector<base::FieldProblem> problems;
  if (Trimmed(input.description).empty()) {
    problems.push_back({"/description", "must not be empty"});
  }
  if (input.onset < session.date || input.onset > today) {
    problems.push_back(
        {"/onset", "must lie between the session (" + session.date.ToString() + ") and today"});
  }
  if (input.report_id) {
    base::Result<AdverseReport> report = tx.adverse().GetReport(*input.report_id);
    if (!report || report->session_id != session.id) {
      problems.push_back({"/report_id", "is not a report about this session"});
    }
  }
  NP_ASSIGN_OR_RETURN(std::vector<domain::Cartridge> cartridges,
                      tx.treatment_sessions().ListCartridges(session.id));
  NP_ASSIGN_OR_RETURN(std::vector<domain::ChartVersion> versions,
                      tx.treatment_sessions().ListChartVersions(session.id));
  for (std::size_t i = 0; i < input.suspects.size(); ++i) {
    domain::SuspectLot& suspect = input.suspects[i];
    const std::string path = "/suspects/" + std::to_string(i);
    if (suspect.kind == domain::LotKind::kCartridge) {
      auto it = std::ranges::find_if(cartridges, [&](const domain::Cartridge& c) {
        return suspect.cartridge_id && c.id == *suspect.cartridge_id;
      });
      if (it == cartridges.end()) {
        problems.push_back({path + "/cartridge_id", "is not a cartridge charted for this session"});
        continue;
      }
      suspect.gtin = it->gtin;
      suspect.lot = it->lot;
      suspect.serial = it->serial;
      continue;
    }
    auto recorded = [&](const domain::Chart& chart) {
      return std::ranges::any_of(chart.products, [&](const domain::ProductUse& use) {
        return use.lot == suspect.lot && (!suspect.product || use.code == *suspect.product);
      });
    };
    const bool found = recorded(session.draft) ||
                       std::ranges::any_of(versions, [&](const domain::ChartVersion& v) {
                         return recorded(v.chart);
                       });
    if (!found) problems.push_back({path + "/lot", "no chart of this session records that lot"});
  }
  if (!problems.empty()) return base::Status::Invalid(std::move(problems));
  return base::OkStatus();
}

void Fill(AdverseEvent& event, EventInput input) {
  event.report_id = input.report_id;
  event.description = Trimmed(input.description);
  event.onset = input.onset;
  event.severity = input.severity;
  event.serious = input.serious;
  event.outcome = input.outcome;
  event.follow_up = Trimmed(input.follow_up);
  event.cause = input.cause;
  event.causality = input.causality;
  event.suspects = std::move(input.suspects);
}

}  // namespace

base::Result<ConcernView> ReportConcern(AppEnv& env, RequestContext& context,
                                        base::SessionId session_id, const ConcernInput& input) {
  const bool patient = context.principal.role == domain::Role::kPatient;
  if (!patient && !IsClinical(context.principal)) {
    return base::Fail(base::PermissionDenied(
        "a concern is reported by the patient or taken by a provider or the owner"));
  }
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(TreatmentSession session, tx->treatment_sessions().Get(session_id));
  if (!MaySee(context.principal, session.patient_id)) {
    return base::Fail(base::NotFound("treatment session not found"));
  }
  if (session.status != SessionStatus::kInProgress && session.status != SessionStatus::kSignedOff) {
    return base::Fail(
        base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                   {{"/session_id", "the session has not taken place yet"}},
                                   "a concern is reported about a session that took place"));
  }
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  const base::CivilDate today = zone.LocalDate(env.clock.Now());
  std::vector<base::FieldProblem> problems;
  const std::string note = Trimmed(input.note);
  if (input.symptoms.empty() && note.empty()) {
    problems.push_back({"/symptoms", "tick at least one symptom or describe the concern"});
  }
  if (note.size() > domain::kMaxAdverseNoteBytes) {
    problems.push_back({"/note", "must be at most 2000 bytes"});
  }
  if (input.started_on && (*input.started_on < session.date || *input.started_on > today)) {
    problems.push_back({"/started_on", "must lie between the session (" + session.date.ToString() +
                                           ") and today"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));

  NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                      env.protocols.ForRef(*tx, session.protocol));
  AdverseReport report;
  report.patient_id = session.patient_id;
  report.session_id = session.id;
  report.symptoms = input.symptoms;
  report.started_on = input.started_on;
  report.note = note;
  report.triage = protocol::TriageReport(*protocol, input.symptoms, session.date.DaysUntil(today));
  report.reported_by = context.principal.user;
  NP_ASSIGN_OR_RETURN(report, tx->adverse().CreateReport(report));
  if (report.triage.urgency == domain::Urgency::kUrgent) {
    // The provider who signed the chart (or holds the appointment) is e-mailed at once.
    std::optional<base::UserId> provider = session.signed_off_by;
    if (!provider && session.appointment_id) {
      NP_ASSIGN_OR_RETURN(domain::Appointment a, tx->appointments().Get(*session.appointment_id));
      provider = a.provider_id;
    }
    if (!provider) provider = session.started_by;
    MessageRequest message;
    message.kind = domain::MessageKind::kUrgentConcern;
    message.patient = session.patient_id;
    message.appointment = session.appointment_id;
    message.user = provider;
    message.due = env.clock.Now();
    message.ordinal = report.id.ToString();
    NP_RETURN_IF_ERROR(QueueMessage(*tx, message));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "adverse_report.create", "adverse_report", report.id.ToString(), report.patient_id,
      domain::AuditOutcome::kSuccess, std::string(domain::CodeName(report.triage.urgency)))));
  NP_ASSIGN_OR_RETURN(ConcernView view, ViewOf(env, *tx, std::move(report)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return view;
}

base::Result<ConcernView> AttachConcernPhoto(AppEnv& env, RequestContext& context,
                                             base::AdverseReportId id, std::string_view bytes) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  if (context.principal.role != domain::Role::kPatient && !IsClinical(context.principal)) {
    return base::Fail(base::PermissionDenied(
        "a concern's photo is sent by the patient or added by a provider or the owner"));
  }
  int64_t version = 0;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(id));
    if (!MaySee(context.principal, report.patient_id)) {
      return base::Fail(base::NotFound("adverse report not found"));
    }
    if (report.photo_sha256) {
      return base::Fail(base::Conflict("the report already has its photo"));
    }
    version = report.version;
  }
  // The photos' gate: the header before any decoding, then a clean re-encode.
  if (base::Result<imaging::ImageHeader> header = imaging::ProbeImage(bytes); !header) {
    return base::Fail(base::FailedPrecondition("image refused: " + header.error().message()));
  }
  base::Result<imaging::SafeImage> safe = env.photo_engine->Sanitize(bytes);
  if (!safe) {
    return base::Fail(base::FailedPrecondition("image refused: " + safe.error().message()));
  }
  NP_ASSIGN_OR_RETURN(bool created, env.photo_store->Put(safe->sha256, safe->bytes));
  base::Result<ConcernView> result = [&]() -> base::Result<ConcernView> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kWrite));
    NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(id));
    if (report.version != version || report.photo_sha256) {
      return base::Fail(base::Conflict("the report already has its photo"));
    }
    report.photo_sha256 = safe->sha256;
    NP_ASSIGN_OR_RETURN(report, tx->adverse().UpdateReport(report));
    NP_RETURN_IF_ERROR(tx->audit().Append(
        context.Audit("adverse_report.photo", "adverse_report", id.ToString(), report.patient_id)));
    NP_ASSIGN_OR_RETURN(ConcernView view, ViewOf(env, *tx, std::move(report)));
    NP_RETURN_IF_ERROR(tx->Commit());
    return view;
  }();
  if (!result && created) env.photo_store->Remove(safe->sha256);  // nothing names it
  return result;
}

base::Result<ConcernPhoto> ReadConcernPhoto(AppEnv& env, RequestContext& context,
                                            base::AdverseReportId id) {
  NP_RETURN_IF_ERROR(RequirePhotoTools(env));
  std::optional<base::PatientId> owner;
  bool denied = false;
  base::Result<ConcernPhoto> result = [&]() -> base::Result<ConcernPhoto> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(id));
    if (!MaySee(context.principal, report.patient_id)) {
      denied = true;
      return base::Fail(base::NotFound("adverse report not found"));
    }
    owner = report.patient_id;
    if (!report.photo_sha256) return base::Fail(base::NotFound("the report has no photo"));
    base::Result<std::string> bytes = env.photo_store->Read(*report.photo_sha256);
    if (!bytes) return base::Fail(base::Unavailable("the photo's file cannot be read"));
    NP_ASSIGN_OR_RETURN(imaging::ImageHeader header, imaging::ProbeImage(*bytes));
    return ConcernPhoto{std::string(imaging::ImageFormatName(header.format)), *std::move(bytes)};
  }();
  AuditRead(context, "adverse_report.photo_read", "adverse_report", id.ToString(), owner, result,
            denied);
  return result;
}

base::Result<ConcernView> GetConcern(AppEnv& env, RequestContext& context,
                                     base::AdverseReportId id) {
  std::optional<base::PatientId> owner;
  bool denied = false;
  base::Result<ConcernView> result = [&]() -> base::Result<ConcernView> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(id));
    if (!MaySee(context.principal, report.patient_id)) {
      denied = true;
      return base::Fail(base::NotFound("adverse report not found"));
    }
    owner = report.patient_id;
    return ViewOf(env, *tx, std::move(report));
  }();
  AuditRead(context, "adverse_report.read", "adverse_report", id.ToString(), owner, result, denied);
  return result;
}

base::Result<std::vector<ConcernView>> ListConcerns(AppEnv& env, RequestContext& context,
                                                    bool open_only) {
  std::string patients;
  base::Result<std::vector<ConcernView>> result = [&]() -> base::Result<std::vector<ConcernView>> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(std::vector<AdverseReport> reports,
                        tx->adverse().ListReports({.open_only = open_only}));
    std::vector<ConcernView> views;
    for (AdverseReport& r : reports) {
      patients += " " + r.patient_id.ToString();
      NP_ASSIGN_OR_RETURN(ConcernView v, ViewOf(env, *tx, std::move(r)));
      views.push_back(std::move(v));
    }
    return views;
  }();
  context.read_audit.push_back(context.Audit(
      "adverse_report.list", "adverse_report", open_only ? "open" : "all", std::nullopt,
      result ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
      "patients:" + patients));
  return result;
}

base::Result<ConcernView> AcknowledgeConcern(AppEnv& env, RequestContext& context,
                                             base::AdverseReportId id, int64_t version) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(id));
  if (report.version != version) {
    return base::Fail(base::Conflict("the report was changed by someone else: reload it"));
  }
  if (!report.acknowledged_at) {
    report.acknowledged_by = context.principal.user;
    report.acknowledged_at = env.clock.Now();
    NP_ASSIGN_OR_RETURN(report, tx->adverse().UpdateReport(report));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "adverse_report.acknowledge", "adverse_report", id.ToString(), report.patient_id)));
  NP_ASSIGN_OR_RETURN(ConcernView view, ViewOf(env, *tx, std::move(report)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return view;
}

base::Result<AdverseEvent> RecordAdverseEvent(AppEnv& env, RequestContext& context,
                                              base::SessionId session_id, const EventInput& input) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(TreatmentSession session, tx->treatment_sessions().Get(session_id));
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  EventInput checked = input;
  NP_RETURN_IF_ERROR(CheckEvent(*tx, session, zone.LocalDate(env.clock.Now()), checked));
  AdverseEvent event;
  event.patient_id = session.patient_id;
  event.session_id = session.id;
  event.recorded_by = context.principal.user;
  Fill(event, std::move(checked));
  NP_ASSIGN_OR_RETURN(event, tx->adverse().CreateEvent(event));
  if (event.report_id) {
    NP_ASSIGN_OR_RETURN(AdverseReport report, tx->adverse().GetReport(*event.report_id));
    if (!report.acknowledged_at) {
      report.acknowledged_by = context.principal.user;
      report.acknowledged_at = env.clock.Now();
      NP_RETURN_IF_ERROR(tx->adverse().UpdateReport(report));
    }
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "adverse_event.create", "adverse_event", event.id.ToString(), event.patient_id,
      domain::AuditOutcome::kSuccess,
      std::string(domain::CodeName(event.severity)) + (event.serious ? ", serious" : "") + ", " +
          std::to_string(event.suspects.size()) + " suspect lots")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return event;
}

base::Result<AdverseEvent> UpdateAdverseEvent(AppEnv& env, RequestContext& context,
                                              base::AdverseEventId id, int64_t version,
                                              const EventInput& input) {
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(AdverseEvent event, tx->adverse().GetEvent(id));
  if (event.version != version) {
    return base::Fail(base::Conflict("the adverse event was changed by someone else: reload it"));
  }
  NP_ASSIGN_OR_RETURN(TreatmentSession session, tx->treatment_sessions().Get(event.session_id));
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  EventInput checked = input;
  NP_RETURN_IF_ERROR(CheckEvent(*tx, session, zone.LocalDate(env.clock.Now()), checked));
  Fill(event, std::move(checked));
  NP_ASSIGN_OR_RETURN(event, tx->adverse().UpdateEvent(event));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "adverse_event.update", "adverse_event", id.ToString(), event.patient_id,
      domain::AuditOutcome::kSuccess, "outcome " + std::string(domain::CodeName(event.outcome)))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return event;
}

base::Result<AdverseEvent> GetAdverseEvent(AppEnv& env, RequestContext& context,
                                           base::AdverseEventId id) {
  std::optional<base::PatientId> owner;
  base::Result<AdverseEvent> result = [&]() -> base::Result<AdverseEvent> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(AdverseEvent event, tx->adverse().GetEvent(id));
    owner = event.patient_id;
    return event;
  }();
  AuditRead(context, "adverse_event.read", "adverse_event", id.ToString(), owner, result);
  return result;
}

base::Result<std::vector<AdverseEvent>> ListAdverseEvents(AppEnv& env, RequestContext& context,
                                                          std::optional<base::SessionId> session) {
  std::string patients;
  base::Result<std::vector<AdverseEvent>> result =
      [&]() -> base::Result<std::vector<AdverseEvent>> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(std::vector<AdverseEvent> events, tx->adverse().ListEvents(session, 200));
    for (const AdverseEvent& e : events) patients += " " + e.patient_id.ToString();
    return events;
  }();
  context.read_audit.push_back(context.Audit(
      "adverse_event.list", "adverse_event", session ? session->ToString() : "all", std::nullopt,
      result ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed,
      "patients:" + patients));
  return result;
}

}  // namespace needlepoint::app
