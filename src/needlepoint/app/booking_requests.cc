#include "needlepoint/app/booking_requests.h"

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/fields.h"
#include "needlepoint/mail/mail_message.h"

namespace needlepoint::app {
namespace {

using domain::BookingRequest;
using domain::BookingRequestStatus;

base::Status StaffOnly(const Principal& principal) {
  if (IsStaff(principal)) return base::OkStatus();
  return base::PermissionDenied("only staff see booking requests");
}

base::Status NotFoundRequest() { return base::NotFound("booking request not found"); }

// One line of free text: no control characters, at most `max` bytes.
void CheckLine(std::vector<base::FieldProblem>& problems, const std::string& value,
               std::string_view path, size_t max, bool multiline = false) {
  if (value.size() > max) {
    problems.push_back({std::string(path), "must be at most " + std::to_string(max) + " bytes"});
    return;
  }
  for (unsigned char c : value) {
    if ((c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7f) {
      problems.push_back({std::string(path), "must not contain control characters"});
      return;
    }
  }
}

std::vector<base::FieldProblem> RequestProblems(const PublicBookingRequest& r) {
  std::vector<base::FieldProblem> problems;
  if (r.name.empty()) problems.push_back({"/name", "is required"});
  CheckLine(problems, r.name, "/name", 200);
  if (!r.phone.empty() &&
      (r.phone.size() > 32 || r.phone.find_first_not_of("0123456789 +()-.") != std::string::npos ||
       r.phone.find_first_of("0123456789") == std::string::npos)) {
    problems.push_back({"/phone", "may hold only digits, spaces and + ( ) - ."});
  }
  if (!r.email.empty() && (!mail::IsSafeAddress(r.email) ||
                           r.email.find('.', r.email.find('@')) == std::string::npos)) {
    problems.push_back({"/email", "is not an e-mail address"});
  }
  if (r.phone.empty() && r.email.empty()) {
    problems.push_back({"/phone", "a phone number or an e-mail address is needed to reply"});
  }
  CheckLine(problems, r.preferred_times, "/preferred_times", 500);
  CheckLine(problems, r.interest, "/interest", 500);
  CheckLine(problems, r.message, "/message", 2000, /*multiline=*/true);
  if (!r.consent_to_contact) {
    problems.push_back({"/consent_to_contact",
                        "must be true: the clinic may only contact you "
                        "with your consent"});
  }
  return problems;
}

base::Status CheckVersion(const BookingRequest& stored, int64_t version) {
  if (stored.version == version) return base::OkStatus();
  return base::Conflict("the booking request was changed by someone else; reload it");
}

}  // namespace

base::Status SubmitBookingRequest(AppEnv& env, std::string_view slug,
                                  std::string_view client_address, std::string_view request_id,
                                  const PublicBookingRequest& given) {
  NP_RETURN_IF_ERROR(env.public_form_limit->Count(client_address, env.clock.Now()));
  PublicBookingRequest r = given;
  r.name = Trimmed(r.name);
  r.phone = Trimmed(r.phone);
  r.email = Trimmed(r.email);
  r.preferred_times = Trimmed(r.preferred_times);
  r.interest = Trimmed(r.interest);
  r.message = Trimmed(r.message);
  std::vector<base::FieldProblem> problems = RequestProblems(r);
  base::Result<base::ClinicId> clinic = env.db.FindClinic(slug);
  if (!clinic) {
    if (clinic.error().code() == base::StatusCode::kNotFound) {
      return base::NotFound("no such clinic");
    }
    return clinic.error();
  }
  if (!r.website.empty()) return base::OkStatus();  // a robot: answered alike, nothing kept
  if (!problems.empty()) return base::Status::Invalid(std::move(problems));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(*clinic, storage::Access::kWrite));
  BookingRequest request{.name = r.name,
                         .email = r.email,
                         .phone = r.phone,
                         .preferred_times = r.preferred_times,
                         .interest = r.interest,
                         .message = r.message,
                         .consented_at = env.clock.Now()};
  NP_ASSIGN_OR_RETURN(BookingRequest stored, tx->booking_requests().Create(request));
  domain::AuditEntry entry;
  entry.action = "booking_request.create";
  entry.object_type = "booking_request";
  entry.object_id = stored.id.ToString();
  entry.request_id = std::string(request_id);
  entry.detail = "from the public form";
  NP_RETURN_IF_ERROR(tx->audit().Append(entry));
  return tx->Commit();
}

base::Result<std::vector<BookingRequest>> ListBookingRequests(
    AppEnv& env, RequestContext& context, std::optional<BookingRequestStatus> status) {
  NP_RETURN_IF_ERROR(StaffOnly(context.principal));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
  NP_ASSIGN_OR_RETURN(std::vector<BookingRequest> items,
                      tx->booking_requests().List(status, base::BookingRequestId(0), 500));
  context.read_audit.push_back(context.Audit("booking_request.list", "booking_request", "",
                                             std::nullopt, domain::AuditOutcome::kSuccess,
                                             std::to_string(items.size()) + " requests"));
  return items;
}

base::Result<BookingRequest> GetBookingRequest(AppEnv& env, RequestContext& context,
                                               base::BookingRequestId id) {
  NP_RETURN_IF_ERROR(StaffOnly(context.principal));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
  base::Result<BookingRequest> request = tx->booking_requests().Get(id);
  if (!request) {
    if (request.error().code() == base::StatusCode::kNotFound) {
      return base::Fail(NotFoundRequest());
    }
    return request;
  }
  context.read_audit.push_back(
      context.Audit("booking_request.read", "booking_request", id.ToString(), request->patient_id));
  return request;
}

base::Result<BookingRequest> SetBookingRequestStatus(AppEnv& env, RequestContext& context,
                                                     base::BookingRequestId id, int64_t version,
                                                     BookingRequestStatus status) {
  NP_RETURN_IF_ERROR(StaffOnly(context.principal));
  if (status == BookingRequestStatus::kConsultationBooked) {
    return base::Fail(base::Status::Invalid(
        {{"/status", "is set by converting the request (POST …/convert), which books it"}}));
  }
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(BookingRequest request, tx->booking_requests().Get(id));
  NP_RETURN_IF_ERROR(CheckVersion(request, version));
  const std::string from(domain::CodeName(request.status));
  request.status = status;
  NP_ASSIGN_OR_RETURN(BookingRequest stored, tx->booking_requests().Update(request));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "booking_request.update", "booking_request", id.ToString(), stored.patient_id,
      domain::AuditOutcome::kSuccess, from + " -> " + std::string(domain::CodeName(status)))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return stored;
}

base::Result<Converted> ConvertBookingRequest(AppEnv& env, RequestContext& context,
                                              base::BookingRequestId id, int64_t version,
                                              const Conversion& conversion) {
  NP_RETURN_IF_ERROR(StaffOnly(context.principal));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(BookingRequest request, tx->booking_requests().Get(id));
  NP_RETURN_IF_ERROR(CheckVersion(request, version));
  if (request.status == BookingRequestStatus::kConsultationBooked ||
      request.status == BookingRequestStatus::kClosed) {
    return base::Fail(base::Conflict("this booking request is already " +
                                     std::string(domain::CodeName(request.status))));
  }
  Converted out;
  NP_ASSIGN_OR_RETURN(
      PatientRegistration registration,
      RegisterPatientIn(env, *tx, conversion.patient, conversion.confirm_not_duplicate));
  if (!registration.created) {
    std::string ids;
    for (const domain::Patient& candidate : registration.likely_duplicates) {
      ids += (ids.empty() ? "" : ",") + candidate.id.ToString();
    }
    context.read_audit.push_back(
        context.Audit("booking_request.convert", "booking_request", id.ToString(),
                      registration.likely_duplicates.front().id, domain::AuditOutcome::kFailed,
                      "not converted: likely duplicate of " + ids));
    out.candidates = std::move(registration.likely_duplicates);
    out.request = std::move(request);
    return out;  // the transaction is dropped: nothing stored
  }
  out.patient = std::move(registration.created);
  NP_ASSIGN_OR_RETURN(out.booking.zone, ClinicZone(*tx));
  VisitRequest visit = conversion.consultation;
  visit.patient = out.patient->id;
  visit.kind = domain::AppointmentKind::kConsultation;
  NP_ASSIGN_OR_RETURN(domain::Appointment appointment,
                      BookVisitIn(env, *tx, out.booking.zone, visit));
  request.status = BookingRequestStatus::kConsultationBooked;
  request.patient_id = out.patient->id;
  request.appointment_id = appointment.id;
  NP_ASSIGN_OR_RETURN(out.request, tx->booking_requests().Update(request));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("booking_request.convert", "booking_request", id.ToString(), out.patient->id,
                    domain::AuditOutcome::kSuccess,
                    "patient " + out.patient->id.ToString() + " registered" +
                        (conversion.confirm_not_duplicate ? " (duplicate check waived)" : "") +
                        ", consultation " + appointment.id.ToString() + " booked")));
  NP_RETURN_IF_ERROR(tx->Commit());
  out.booking.appointments.push_back(std::move(appointment));
  return out;
}

}  // namespace needlepoint::app
