// The session day (session-day contract): a treatment appointment's session from check-in to
// a signed chart. Check-in screens the day-of answers with the plan's protocol version and
// the gate decides (a contraindication blocks for good; a deferral until a provider overrides
// it with a reason); the required actions are confirmed; the session starts only on the
// current treatment consent; the chart is drafted (numbing, pen, depth per zone, products
// with lots) and each needle cartridge is charted from its GS1 barcode, once per clinic;
// sign-off freezes the chart as version 1, dates the aftercare from the day, queues its
// reminders and completes the visit; amendments add versions and never change one.
//
// Every write is one transaction with its one audit row; reads leave one read-audit entry.
// Audit details hold codes and counts, never reasons, notes or lots.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/appointment.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/treatment_session.h"
#include "needlepoint/protocol/day_of_gate.h"

namespace needlepoint::app {

// A session as the screens show it: the stored session with what it is judged by.
struct SessionDetail {
  domain::TreatmentSession session;
  domain::TreatmentPlan plan;
  std::string given_name;
  std::string family_name;
  std::vector<domain::Cartridge> cartridges;
  // The gate of the stored check-in (meaningful when `session.check_in` is set).
  protocol::GateOutcome gate;
  // The current treatment consent: its version (none published: absent) and whether the
  // patient has signed it.
  std::optional<int> consent_version;
  bool consent_signed = false;
  // The chart as it stands: the draft, or the latest signed version.
  domain::Chart chart;
  std::vector<std::string> warnings;   // the chart's (protocol/charting.h)
  std::optional<int> numbing_minutes;  // the anaesthetic's contact time
  base::TimeZone zone = base::TimeZone::Utc();
};

// One treatment appointment of a day, with its session once opened.
struct SessionDayRow {
  domain::Appointment appointment;
  std::string given_name;
  std::string family_name;
  int sessions_planned = 0;
  std::optional<domain::TreatmentSession> session;
};

struct SessionDay {
  base::CivilDate date;
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<SessionDayRow> rows;  // by start time
};

// Staff: the day's treatment appointments (the clinic's today when `date` is absent), each
// with its session if one was opened.
base::Result<SessionDay> ListSessionsOn(AppEnv& env, RequestContext& context,
                                        std::optional<base::CivilDate> date);

struct OpenedSession {
  SessionDetail detail;
  bool created = false;
};

// Owner or provider: the session of treatment appointment `appointment` today, opened if
// there is none (kFailedPrecondition at /appointment_id for a visit that is not a plan's
// treatment, one cancelled, no-show or completed, or one on another day).
base::Result<OpenedSession> OpenSession(AppEnv& env, RequestContext& context,
                                        base::AppointmentId appointment);

base::Result<SessionDetail> GetSession(AppEnv& env, RequestContext& context, base::SessionId id);

// Check-in: `answers` (contract/session_json.h, problems at /answers/…) merged into the
// consultation's intake and screened by the plan's protocol version on the session's day,
// which must be today. A blocked gate is an answer, not an error: the session stays open.
// A proceeding gate checks the appointment in. A new check-in replaces the last one (and its
// override and confirmations) until the session starts.
base::Result<SessionDetail> CheckInSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                           int64_t version, const nlohmann::json& answers);

// A provider (only) sets aside a deferral with a written reason (/reason); a contraindication
// has no override (kFailedPrecondition at /findings/<code>).
base::Result<SessionDetail> OverrideGate(AppEnv& env, RequestContext& context, base::SessionId id,
                                         int64_t version, const std::string& reason);

// Confirms one of the check-in's required actions (/action) with an optional note.
base::Result<SessionDetail> ConfirmAction(AppEnv& env, RequestContext& context, base::SessionId id,
                                          int64_t version, const std::string& action,
                                          const std::string& note);

// Starts a checked-in session: every required action confirmed (/confirmations/<action>) and
// the current treatment consent signed (/consent), or kFailedPrecondition listing each.
base::Result<SessionDetail> StartSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                         int64_t version);

// Saves the draft chart of a session in progress (problems at /chart/…; a depth above the
// zone's hard maximum is refused; outside the plan's range needs a reason).
base::Result<SessionDetail> SaveChart(AppEnv& env, RequestContext& context, base::SessionId id,
                                      int64_t version, const nlohmann::json& chart);

struct CartridgeScan {
  std::string barcode;  // a GS1 element string, human-readable or raw scanner form
  bool sealed_pack_confirmed = false;
};

// Charts a needle cartridge for a session in progress: 400 at /barcode with the parser's line,
// kFailedPrecondition at /barcode for one expired before the session's day or without the
// AIs a cartridge needs, at /sealed_pack_confirmed for no serial without the confirmation;
// kConflict at /barcode when the clinic already charted it (the message names the session
// and its date, never a patient).
base::Result<SessionDetail> ScanCartridge(AppEnv& env, RequestContext& context, base::SessionId id,
                                          const CartridgeScan& scan);

// Signs the chart: complete (/chart/…) with at least one cartridge (/cartridges). The chart
// becomes version 1, the aftercare is dated from the session's day and its reminders queued,
// and the appointment is completed (the last session completes the plan).
base::Result<SessionDetail> SignOffSession(AppEnv& env, RequestContext& context, base::SessionId id,
                                           int64_t version);

// Adds a signed chart's next version with a reason (/reason); `chart_version` must be the
// latest (kConflict otherwise, also for a racing amendment).
base::Result<SessionDetail> AmendChart(AppEnv& env, RequestContext& context, base::SessionId id,
                                       int chart_version, const nlohmann::json& chart,
                                       const std::string& reason);

base::Result<std::vector<domain::ChartVersion>> ListChartVersions(AppEnv& env,
                                                                  RequestContext& context,
                                                                  base::SessionId id);

// A patient's sessions, by date (staff, or the patient's own portal account).
base::Result<std::vector<domain::TreatmentSession>> ListPatientSessions(AppEnv& env,
                                                                        RequestContext& context,
                                                                        base::PatientId patient);

struct SessionAftercare {
  domain::TreatmentSession session;
  domain::Clinic clinic;
  base::TimeZone zone = base::TimeZone::Utc();
  base::CivilDate today;
};

// The signed session's dated aftercare (staff, or the patient's own portal account; another
// patient's session is not found; kFailedPrecondition before sign-off).
base::Result<SessionAftercare> GetSessionAftercare(AppEnv& env, RequestContext& context,
                                                   base::SessionId id);

}  // namespace needlepoint::app
