// Domain objects as the API's JSON, shaped by who is looking: staff see clinical detail,
// front desk sees schedules and contact details but no clinical notes, and a patient sees
// their own record without staff-only fields. Password hashes and token hashes never appear.
#pragma once

#include <nlohmann/json.hpp>

#include "needlepoint/app/accounts.h"
#include "needlepoint/app/administration.h"
#include "needlepoint/app/auth.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/appointment.h"
#include "needlepoint/domain/audit.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/domain/consultation.h"
#include "needlepoint/domain/patient.h"
#include "needlepoint/http/message.h"

namespace needlepoint::http {

using Json = nlohmann::ordered_json;

std::string TimeText(base::Timestamp t);  // RFC 3339 UTC, seconds

Json ClinicView(const domain::Clinic& clinic);
Json UserView(const domain::User& user);
Json PatientView(const domain::Patient& patient);
// An appointment with its UTC and local (the clinic's zone) times.
Json AppointmentView(const base::TimeZone& zone, const domain::Appointment& appointment);
// What a likely-duplicate answer shows of a record: who it is, nothing clinical.
Json DuplicateCandidateView(const domain::Patient& patient);
// A set-password link, shown once: {"url": "/invite#<token>", "expires_at": …}.
Json PasswordLinkView(const app::PasswordLink& link);
Json ConsultationView(const domain::Consultation& consultation);
Json SkinTypeView(const domain::SkinTypeAssessment& assessment);
// The plan as `role` may see it.
Json PlanView(const domain::TreatmentPlan& plan, domain::Role role);
Json AuditView(const domain::AuditRecord& record);
Json SessionView(const app::Principal& principal, const domain::User& user,
                 const std::string& csrf_token);

// Sends `body` with `status`.
inline Response JsonResponse(const Json& body, int status = 200) {
  Response response;
  response.status = status;
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

}  // namespace needlepoint::http
