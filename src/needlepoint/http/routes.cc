#include "needlepoint/http/routes.h"

#include "needlepoint/http/handlers.h"

namespace needlepoint::http {

std::vector<Route> ApiRoutes() {
  using enum Method;
  constexpr RoleSet kPublic = {};
  const RoleSet staff_and_patient = kEveryone;
  // method, pattern, roles, phi, body, audit action, object type, summary, handler[, lane]
  return {
      {kGet, "/healthz", kPublic, Phi::kNone, Body::kNone, "", "", "Liveness", Health,
       Lane::kIoThread},
      {kGet, "/api/openapi.json", kPublic, Phi::kNone, Body::kNone, "", "",
       "This API's OpenAPI document", OpenApi},

      {kPost, "/api/v1/session", kPublic, Phi::kNone, Body::kJson, "session.login", "session",
       "Log in", Login, Lane::kPasswordHash},
      {kGet, "/api/v1/session", kEveryone, Phi::kNone, Body::kNone, "session.read", "session",
       "Who am I", WhoAmI},
      {kDelete, "/api/v1/session", kEveryone, Phi::kNone, Body::kNone, "session.logout", "session",
       "Log out", Logout},
      {kPost, "/api/v1/invitations/accept", kPublic, Phi::kNone, Body::kJson,
       "account.password_set", "user", "Set your password with an invitation or reset link",
       AcceptInvitation, Lane::kPasswordHash},

      {kGet, "/api/v1/clinic", kStaff, Phi::kNone, Body::kNone, "clinic.read", "clinic",
       "Clinic settings", GetClinic},
      {kPatch, "/api/v1/clinic", kOwner, Phi::kNone, Body::kJson, "clinic.update", "clinic",
       "Change clinic settings", UpdateClinic},
      {kGet, "/api/v1/staff", kStaff, Phi::kNone, Body::kNone, "staff.list", "user", "List staff",
       ListStaff},
      {kPost, "/api/v1/staff", kOwner, Phi::kNone, Body::kJson, "staff.create", "user",
       "Add a staff account", CreateStaff},
      {kPatch, "/api/v1/staff/{id}", kOwner, Phi::kNone, Body::kJson, "staff.update", "user",
       "Change a staff account", UpdateStaff},
      {kPost, "/api/v1/staff/{id}/password-reset", kOwner, Phi::kNone, Body::kNone,
       "staff.password_reset", "user", "Reset a staff member's password (a new set-password link)",
       ResetStaffPassword},

      {kGet, "/api/v1/resources", kStaff, Phi::kNone, Body::kNone, "resource.list", "resource",
       "List rooms and devices", ListResources},
      {kPost, "/api/v1/resources", kOwner, Phi::kNone, Body::kJson, "resource.create", "resource",
       "Add a room or a device (with its serial number)", CreateResource},
      {kPatch, "/api/v1/resources/{id}", kOwner, Phi::kNone, Body::kJson, "resource.update",
       "resource", "Rename, re-serial or retire a room or device", UpdateResource},
      {kGet, "/api/v1/providers/{id}/hours", kStaff, Phi::kNone, Body::kNone, "staff.hours.read",
       "user", "A provider's weekly working hours", GetWorkingHours},
      {kPut, "/api/v1/providers/{id}/hours", kClinical, Phi::kNone, Body::kJson,
       "staff.hours.update", "user",
       "Replace a provider's weekly working hours (the owner, or the provider themself)",
       SetWorkingHours},
      {kGet, "/api/v1/providers/{id}/time-off", kStaff, Phi::kNone, Body::kNone,
       "staff.time_off.list", "user", "A provider's time off in a range of local dates",
       ListTimeOff},
      {kPost, "/api/v1/providers/{id}/time-off", kClinical, Phi::kNone, Body::kJson,
       "staff.time_off.create", "user",
       "Add time off for a provider (the owner, or the provider themself)", AddTimeOff},
      {kDelete, "/api/v1/time-off/{id}", kClinical, Phi::kNone, Body::kNone,
       "staff.time_off.delete", "time_off", "Remove a period of time off", DeleteTimeOff},
      {kGet, "/api/v1/service-types", kStaff, Phi::kNone, Body::kNone, "service_type.list",
       "clinic", "How long each kind of visit takes and what it needs", ListServiceTypes},
      {kPut, "/api/v1/service-types", kOwner, Phi::kNone, Body::kJson, "service_type.update",
       "clinic", "Set visit lengths and needs", UpdateServiceTypes},

      {kGet, "/api/v1/slots", kStaff, Phi::kRead, Body::kNone, "schedule.free_slots", "patient",
       "Free starts for one visit (a patient's own appointments count as busy)", FindSlots},
      {kPost, "/api/v1/appointments", kStaff, Phi::kWrite, Body::kJson, "appointment.create",
       "appointment", "Book a consultation or follow-up visit", BookVisit},
      {kGet, "/api/v1/appointments/{id}", staff_and_patient, Phi::kRead, Body::kNone,
       "appointment.read", "appointment", "Read an appointment", GetAppointment},
      {kPost, "/api/v1/appointments/{id}/cancel", kStaff, Phi::kWrite, Body::kJson,
       "appointment.cancel", "appointment", "Cancel an appointment", CancelAppointment},

      {kPost, "/api/v1/patients", kStaff, Phi::kWrite, Body::kJson, "patient.create", "patient",
       "Register a patient", CreatePatient},
      {kPost, "/api/v1/patients/search", kStaff, Phi::kRead, Body::kJson, "patient.search",
       "patient", "Search patients by name, e-mail or phone", SearchPatients},
      {kGet, "/api/v1/patients/{id}", staff_and_patient, Phi::kRead, Body::kNone, "patient.read",
       "patient", "Read a patient", GetPatient},
      {kPatch, "/api/v1/patients/{id}", kStaff, Phi::kWrite, Body::kJson, "patient.update",
       "patient", "Change a patient's details", UpdatePatient},
      {kPost, "/api/v1/patients/{id}/merge", kClinical, Phi::kWrite, Body::kJson, "patient.merge",
       "patient", "Merge a duplicate record into this one", MergePatients},
      {kPost, "/api/v1/patients/{id}/portal-account", kClinical, Phi::kWrite, Body::kJson,
       "patient.portal_account.create", "patient",
       "Invite a patient to the portal, or re-issue the invitation", InvitePortalAccount},
      {kGet, "/api/v1/patients/{id}/consultations", kClinical, Phi::kRead, Body::kNone,
       "consultation.list", "patient", "A patient's consultations", ListPatientConsultations},
      {kGet, "/api/v1/patients/{id}/skin-types", kClinical, Phi::kRead, Body::kNone,
       "patient.skin_types", "patient", "A patient's Fitzpatrick assessments, with who and when",
       ListPatientSkinTypes},
      {kGet, "/api/v1/patients/{id}/plans", staff_and_patient, Phi::kRead, Body::kNone, "plan.list",
       "patient", "A patient's treatment plans", ListPatientPlans},

      {kPost, "/api/v1/consultations", kClinical, Phi::kWrite, Body::kJson, "consultation.create",
       "consultation", "Record and screen a consultation intake", SubmitConsultation},
      {kPost, "/api/v1/consultations/screen", kClinical, Phi::kRead, Body::kJson,
       "consultation.screen", "patient", "Screen an intake without storing it (the form's dry run)",
       ScreenConsultation},
      {kGet, "/api/v1/consultations/{id}", kClinical, Phi::kRead, Body::kNone, "consultation.read",
       "consultation", "Read a consultation", GetConsultation},

      {kPost, "/api/v1/plans", kClinical, Phi::kWrite, Body::kJson, "plan.create", "plan",
       "Plan the series for a consultation", CreatePlan},
      {kGet, "/api/v1/plans/{id}", staff_and_patient, Phi::kRead, Body::kNone, "plan.read", "plan",
       "Read a treatment plan", GetPlan},
      {kPatch, "/api/v1/plans/{id}", kClinical, Phi::kWrite, Body::kJson, "plan.update", "plan",
       "Edit a plan's depths, interval or status", EditPlan},

      {kGet, "/api/v1/protocol", kClinical, Phi::kNone, Body::kNone, "protocol.read", "protocol",
       "The clinic's active protocol", GetProtocol},
      {kPut, "/api/v1/protocol", kOwner, Phi::kNone, Body::kToml, "protocol.upload", "protocol",
       "Upload a new protocol version", UploadProtocol},

      {kGet, "/api/v1/portal-accounts", kOwner, Phi::kRead, Body::kNone, "portal_account.list",
       "user", "List patients' portal accounts", ListPortalAccounts},
      {kDelete, "/api/v1/portal-accounts/{id}", kOwner, Phi::kWrite, Body::kNone,
       "portal_account.revoke", "user", "Revoke a portal account", RevokePortalAccount},

      {kGet, "/api/v1/audit", kOwner, Phi::kRead, Body::kNone, "audit.read", "audit",
       "Read the audit log", ListAudit},
  };
}

}  // namespace needlepoint::http
