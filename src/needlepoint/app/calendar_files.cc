#include "needlepoint/app/calendar_files.h"

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/ical/calendar_file.h"
#include "needlepoint/security/token.h"

namespace needlepoint::app {
namespace {

base::Status BadFeed() { return base::NotFound("calendar not found"); }

ical::CalendarEvent EventOf(const domain::Clinic& clinic, const domain::Appointment& a) {
  return {
      .uid = "appointment-" + a.id.ToString() + "@clinic-" + clinic.id.ToString() + ".needlepoint",
      .sequence = static_cast<int>(a.version - 1),
      .start = a.start,
      .end = a.end,
      .kind = a.kind,
      .session_number = a.session_number,
      .session_count = a.session_count,
      .cancelled = !domain::HoldsSlot(a.status)};
}

base::Status OwnerOrSelf(const Principal& principal, base::UserId provider) {
  if (principal.role == domain::Role::kOwner) return base::OkStatus();
  if (principal.role == domain::Role::kProvider && principal.user == provider) {
    return base::OkStatus();
  }
  return base::PermissionDenied("only the owner, or the provider themself, may do this");
}

}  // namespace

base::Result<std::string> AppointmentCalendarFile(AppEnv& env, RequestContext& context,
                                                  base::AppointmentId id) {
  std::optional<base::PatientId> owner;
  bool denied = false;
  base::Result<std::string> file = [&]() -> base::Result<std::string> {
    NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(domain::Appointment a, tx->appointments().Get(id));
    owner = a.patient_id;
    if (!MaySee(context.principal, a.patient_id)) {
      denied = true;
      return base::Fail(base::NotFound("appointment not found"));
    }
    NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx->clinic_settings().Get());
    NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
    return ical::AppointmentCalendar({clinic.name, zone, env.clock.Now(), ical::Audience::kPatient},
                                     EventOf(clinic, a));
  }();
  AuditRead(context, "appointment.calendar", "appointment", id.ToString(), owner, file, denied);
  return file;
}

base::Result<FeedLink> CreateCalendarFeed(AppEnv& env, RequestContext& context,
                                          base::UserId provider) {
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::User user, tx->users().Get(provider));
  if (user.role != domain::Role::kProvider) {
    return base::Fail(base::NotFound("provider not found"));
  }
  NP_RETURN_IF_ERROR(OwnerOrSelf(context.principal, provider));
  const security::SessionToken token = security::NewSessionToken(context.principal.clinic);
  NP_RETURN_IF_ERROR(tx->calendars().PutFeed({.provider_id = provider,
                                              .token_hash = security::HashToken(token),
                                              .created_by = context.principal.user}));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("staff.calendar_feed.create", "user", provider.ToString(), std::nullopt)));
  NP_RETURN_IF_ERROR(tx->Commit());
  return FeedLink{token.ToString()};
}

base::Status RevokeCalendarFeed(AppEnv& env, RequestContext& context, base::UserId provider) {
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(domain::User user, tx->users().Get(provider));
  if (user.role != domain::Role::kProvider) return base::NotFound("provider not found");
  NP_RETURN_IF_ERROR(OwnerOrSelf(context.principal, provider));
  NP_RETURN_IF_ERROR(tx->calendars().DeleteFeed(provider));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("staff.calendar_feed.revoke", "user", provider.ToString(), std::nullopt)));
  return tx->Commit();
}

base::Result<std::string> ProviderFeed(AppEnv& env, std::string_view text) {
  const std::optional<security::SessionToken> token = security::ParseSessionToken(text);
  if (!token) return base::Fail(BadFeed());
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(token->clinic, storage::Access::kRead));
  base::Result<domain::CalendarFeed> feed = tx->calendars().FindFeed(security::HashToken(*token));
  if (!feed) {
    if (feed.error().code() == base::StatusCode::kNotFound) return base::Fail(BadFeed());
    return base::Fail(feed.error());
  }
  NP_ASSIGN_OR_RETURN(domain::User provider, tx->users().Get(feed->provider_id));
  if (!provider.active) return base::Fail(BadFeed());
  NP_ASSIGN_OR_RETURN(domain::Clinic clinic, tx->clinic_settings().Get());
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, ClinicZone(*tx));
  const base::Timestamp now = env.clock.Now();
  NP_ASSIGN_OR_RETURN(std::vector<domain::Appointment> appointments,
                      tx->appointments().ListForProvider(provider.id, now - std::chrono::days(60),
                                                         now + std::chrono::days(400)));
  std::vector<ical::CalendarEvent> events;
  events.reserve(appointments.size());
  for (const domain::Appointment& a : appointments) events.push_back(EventOf(clinic, a));
  return ical::CalendarFeed({clinic.name, zone, now, ical::Audience::kStaff}, events);
}

}  // namespace needlepoint::app
