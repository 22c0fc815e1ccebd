// After the session: concerns patients report (from the portal, or staff taking a call) and
// the adverse events providers record. A report is triaged by the rules in the session's
// protocol file (protocol/triage.h, never C++): infection signs and cold sores are urgent —
// the patient is told to call the clinic now and the provider is flagged at once — while the
// expected effects inside their usual window are explained instead of alarmed on. An event
// records severity, seriousness, outcome, follow-up and the suspected cause, linked to the
// session's cartridge and product lots. Nothing is ever removed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/domain/treatment_session.h"

namespace needlepoint::app {

struct ConcernInput {
  domain::SymptomSet symptoms;
  std::optional<base::CivilDate> started_on;
  std::string note;
};

// A report with what the screens show beside it.
struct ConcernView {
  domain::AdverseReport report;
  std::string given_name;
  std::string family_name;
  base::CivilDate session_date;
  std::string advice;  // the protocol's advice for the report's urgency
  domain::Clinic clinic;
};

// The patient's own portal account, or an owner or provider taking a call (front desk: 403),
// reports a concern about a started or signed session. kInvalidArgument at /symptoms (none
// and no note), /started_on (before the session or after today), /note (too long). An urgent
// report also queues an urgent_concern e-mail to the session's provider, due now.
base::Result<ConcernView> ReportConcern(AppEnv& env, RequestContext& context,
                                        base::SessionId session, const ConcernInput& input);

// A photo of what the patient reports: the patient's own portal account or an owner or
// provider attaches one per report. The upload gate and sanitizing of photos apply (type by
// content, size and pixel limits before decoding, every metadata block removed); no
// photography consent is asked for, since the patient sends it to the clinic about their own
// care. kFailedPrecondition for a refused image, kConflict when the report has a photo.
base::Result<ConcernView> AttachConcernPhoto(AppEnv& env, RequestContext& context,
                                             base::AdverseReportId id, std::string_view bytes);

struct ConcernPhoto {
  std::string format;  // "jpeg" or "png"
  std::string bytes;
};
// The report's photo (staff, or the reporting patient's own account; kNotFound without one).
base::Result<ConcernPhoto> ReadConcernPhoto(AppEnv& env, RequestContext& context,
                                            base::AdverseReportId id);

base::Result<ConcernView> GetConcern(AppEnv& env, RequestContext& context,
                                     base::AdverseReportId id);

// Owner or provider: the concerns, open first, urgent first, newest first.
base::Result<std::vector<ConcernView>> ListConcerns(AppEnv& env, RequestContext& context,
                                                    bool open_only);

base::Result<ConcernView> AcknowledgeConcern(AppEnv& env, RequestContext& context,
                                             base::AdverseReportId id, int64_t version);

// What a provider records. Suspects name the session's cartridges by id, or its products by
// code and lot; the copies of GTIN, lot and serial are filled from the session's record.
struct EventInput {
  std::optional<base::AdverseReportId> report_id;
  std::string description;
  base::CivilDate onset;
  domain::Severity severity = domain::Severity::kMild;
  bool serious = false;
  domain::AdverseOutcome outcome = domain::AdverseOutcome::kUnknown;
  std::string follow_up;
  domain::SuspectedCause cause = domain::SuspectedCause::kUnknown;
  domain::Causality causality = domain::Causality::kUnassessable;
  std::vector<domain::SuspectLot> suspects;
};

// Owner or provider: records an event of `session` (400 at /onset before the session or after
// today, /report_id for another session's report, /suspects/i/cartridge_id for a cartridge of
// another session, /suspects/i/lot for a product lot the session's chart never recorded). A
// linked report is acknowledged in the same transaction.
base::Result<domain::AdverseEvent> RecordAdverseEvent(AppEnv& env, RequestContext& context,
                                                      base::SessionId session,
                                                      const EventInput& input);

// Changes an event (outcome, follow-up…) if `version` is current; the same checks.
base::Result<domain::AdverseEvent> UpdateAdverseEvent(AppEnv& env, RequestContext& context,
                                                      base::AdverseEventId id, int64_t version,
                                                      const EventInput& input);

base::Result<domain::AdverseEvent> GetAdverseEvent(AppEnv& env, RequestContext& context,
                                                   base::AdverseEventId id);

// The newest events (a session's when given).
base::Result<std::vector<domain::AdverseEvent>> ListAdverseEvents(
    AppEnv& env, RequestContext& context, std::optional<base::SessionId> session);

}  // namespace needlepoint::app
