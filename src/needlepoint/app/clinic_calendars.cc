#include "needlepoint/app/clinic_calendars.h"

#include <algorithm>
#include <tuple>

#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/fields.h"

namespace needlepoint::app {
namespace {

base::Status OwnerOnly(const Principal& principal) {
  if (principal.role == domain::Role::kOwner) return base::OkStatus();
  return base::PermissionDenied("only the owner may change this");
}

// The owner, or the provider acting on their own calendar.
base::Status OwnerOrSelf(const Principal& principal, base::UserId provider) {
  if (principal.role == domain::Role::kOwner) return base::OkStatus();
  if (principal.role == domain::Role::kProvider && principal.user == provider) {
    return base::OkStatus();
  }
  return base::PermissionDenied("only the owner, or the provider themself, may change this");
}

base::Status CheckProvider(storage::Transaction& tx, base::UserId id) {
  base::Result<domain::User> user = tx.users().Get(id);
  if (!user) return user.error();
  if (user->role != domain::Role::kProvider) return base::NotFound("provider not found");
  return base::OkStatus();
}

base::Result<std::unique_ptr<storage::Transaction>> Write(AppEnv& env,
                                                          const RequestContext& context) {
  return env.db.Begin(context.principal.clinic, storage::Access::kWrite);
}

base::Result<std::unique_ptr<storage::Transaction>> Read(AppEnv& env,
                                                         const RequestContext& context) {
  return env.db.Begin(context.principal.clinic, storage::Access::kRead);
}

void CheckText(std::vector<base::FieldProblem>& problems, const std::string& path,
               const std::string& value, size_t min, size_t max) {
  if (Trimmed(value).size() < min || value.size() > max) {
    problems.push_back({path, min > 0 ? "must be " + std::to_string(min) + " to " +
                                            std::to_string(max) + " characters"
                                      : "must be at most " + std::to_string(max) + " characters"});
  }
}

}  // namespace

base::Result<std::vector<domain::Resource>> ListResources(AppEnv& env, RequestContext& context) {
  NP_ASSIGN_OR_RETURN(auto tx, Read(env, context));
  return tx->resources().List();
}

base::Result<domain::Resource> CreateResource(AppEnv& env, RequestContext& context,
                                              const NewResource& r) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  std::vector<base::FieldProblem> problems;
  CheckText(problems, "/name", r.name, 1, 100);
  CheckText(problems, "/serial", r.serial, 0, 100);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  domain::Resource resource{.kind = r.kind, .name = Trimmed(r.name), .serial = Trimmed(r.serial)};
  NP_ASSIGN_OR_RETURN(resource, tx->resources().Create(resource));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("resource.create", "resource", resource.id.ToString(), std::nullopt,
                    domain::AuditOutcome::kSuccess, std::string(domain::CodeName(resource.kind)))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return resource;
}

base::Result<domain::Resource> UpdateResource(AppEnv& env, RequestContext& context,
                                              base::ResourceId id, const ResourceChanges& c) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  std::vector<base::FieldProblem> problems;
  if (c.name) CheckText(problems, "/name", *c.name, 1, 100);
  if (c.serial) CheckText(problems, "/serial", *c.serial, 0, 100);
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  NP_ASSIGN_OR_RETURN(domain::Resource resource, tx->resources().Get(id));
  if (c.name) resource.name = Trimmed(*c.name);
  if (c.serial) resource.serial = Trimmed(*c.serial);
  if (c.active) resource.active = *c.active;
  NP_ASSIGN_OR_RETURN(resource, tx->resources().Update(resource));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit("resource.update", "resource", id.ToString(),
                                                      std::nullopt, domain::AuditOutcome::kSuccess,
                                                      resource.active ? "active" : "inactive")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return resource;
}

base::Result<std::vector<domain::WorkingSpan>> GetWorkingHours(AppEnv& env, RequestContext& context,
                                                               base::UserId provider) {
  NP_ASSIGN_OR_RETURN(auto tx, Read(env, context));
  NP_RETURN_IF_ERROR(CheckProvider(*tx, provider));
  return tx->calendars().WorkingHours(provider);
}

base::Result<std::vector<domain::WorkingSpan>> SetWorkingHours(
    AppEnv& env, RequestContext& context, base::UserId provider,
    const std::vector<domain::WorkingSpan>& given) {
  std::vector<base::FieldProblem> problems;
  // Paths name each span by its weekday and its place among that day's spans as given.
  std::array<int, 7> seen{};
  std::vector<std::pair<domain::WorkingSpan, std::string>> spans;
  for (const domain::WorkingSpan& span : given) {
    if (span.weekday < 0 || span.weekday > 6) {
      problems.push_back({"/hours", "a weekday is out of range"});
      continue;
    }
    const std::string path = "/hours/" +
                             std::string(std::array<std::string_view, 7>{
                                 "mon", "tue", "wed", "thu", "fri", "sat", "sun"}[span.weekday]) +
                             "/" + std::to_string(seen[span.weekday]++);
    if (span.from_minute < 0 || span.from_minute >= 1440 || span.to_minute <= span.from_minute ||
        span.to_minute > 1440) {
      problems.push_back({path, "must be [from, to) with 00:00 <= from < to <= 24:00"});
      continue;
    }
    spans.emplace_back(span, path);
  }
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.weekday, a.first.from_minute) <
           std::tie(b.first.weekday, b.first.from_minute);
  });
  for (size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].first.weekday == spans[i - 1].first.weekday &&
        spans[i].first.from_minute < spans[i - 1].first.to_minute) {
      problems.push_back({spans[i].second, "overlaps " + spans[i - 1].second});
    }
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  std::vector<domain::WorkingSpan> week;
  for (const auto& [span, path] : spans) week.push_back(span);
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  NP_RETURN_IF_ERROR(CheckProvider(*tx, provider));
  NP_RETURN_IF_ERROR(OwnerOrSelf(context.principal, provider));
  NP_RETURN_IF_ERROR(tx->calendars().SetWorkingHours(provider, week));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("staff.hours.update", "user", provider.ToString(), std::nullopt,
                    domain::AuditOutcome::kSuccess, std::to_string(week.size()) + " spans")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return week;
}

base::Result<TimeOffList> ListTimeOff(AppEnv& env, RequestContext& context, base::UserId provider,
                                      base::CivilDate from, int days) {
  if (days < 1 || days > 366) {
    return base::Fail(base::Status::Invalid({{"?days", "must be 1 to 366"}}));
  }
  NP_ASSIGN_OR_RETURN(auto tx, Read(env, context));
  NP_RETURN_IF_ERROR(CheckProvider(*tx, provider));
  TimeOffList list;
  NP_ASSIGN_OR_RETURN(list.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(list.items,
                      tx->calendars().ListTimeOff(provider, list.zone.ToUtc(from, 0),
                                                  list.zone.ToUtc(from.AddDays(days), 0)));
  return list;
}

base::Result<AddedTimeOff> AddTimeOff(AppEnv& env, RequestContext& context,
                                      const NewTimeOff& given) {
  std::vector<base::FieldProblem> problems;
  if (given.note.size() > 200) problems.push_back({"/note", "must be at most 200 bytes"});
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  // An unknown provider (or another clinic's) is not found before anyone is refused.
  NP_RETURN_IF_ERROR(CheckProvider(*tx, given.provider));
  NP_RETURN_IF_ERROR(OwnerOrSelf(context.principal, given.provider));
  AddedTimeOff added;
  NP_ASSIGN_OR_RETURN(added.zone, ClinicZone(*tx));
  NP_ASSIGN_OR_RETURN(base::Timestamp from, ResolveLocal(added.zone, given.from, "/from"));
  NP_ASSIGN_OR_RETURN(base::Timestamp to, ResolveLocal(added.zone, given.to, "/to"));
  if (to <= from) problems.push_back({"/to", "must be after /from"});
  if (to - from > std::chrono::days(366)) {
    problems.push_back({"/to", "a period of time off is at most a year"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  domain::TimeOff time_off{
      .provider_id = given.provider, .from = from, .to = to, .note = Trimmed(given.note)};
  NP_ASSIGN_OR_RETURN(added.time_off, tx->calendars().AddTimeOff(time_off));
  NP_ASSIGN_OR_RETURN(
      std::vector<domain::Appointment> booked,
      tx->appointments().ListForProvider(given.provider, from - std::chrono::hours(12), to));
  for (const domain::Appointment& a : booked) {
    if (domain::HoldsSlot(a.status) && a.end > from && a.start < to) {
      added.overlapping.push_back(a.id);
    }
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "staff.time_off.create", "time_off", added.time_off.id.ToString(), std::nullopt,
      domain::AuditOutcome::kSuccess,
      "provider " + given.provider.ToString() + "; " + std::to_string(added.overlapping.size()) +
          " booked appointments overlap")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return added;
}

base::Status DeleteTimeOff(AppEnv& env, RequestContext& context, base::TimeOffId id) {
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  NP_ASSIGN_OR_RETURN(domain::TimeOff time_off, tx->calendars().GetTimeOff(id));
  NP_RETURN_IF_ERROR(OwnerOrSelf(context.principal, time_off.provider_id));
  NP_RETURN_IF_ERROR(tx->calendars().DeleteTimeOff(id));
  NP_RETURN_IF_ERROR(tx->audit().Append(
      context.Audit("staff.time_off.delete", "time_off", id.ToString(), std::nullopt)));
  return tx->Commit();
}

base::Result<std::vector<domain::ServiceType>> ListServiceTypes(AppEnv& env,
                                                                RequestContext& context) {
  NP_ASSIGN_OR_RETURN(auto tx, Read(env, context));
  return AllServiceTypes(*tx);
}

base::Result<std::vector<domain::ServiceType>> UpdateServiceTypes(
    AppEnv& env, RequestContext& context, const std::vector<domain::ServiceType>& services) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  std::vector<base::FieldProblem> problems;
  for (size_t i = 0; i < services.size(); ++i) {
    const domain::ServiceType& s = services[i];
    const std::string path = "/items/" + std::to_string(i);
    if (s.minutes < 15 || s.minutes > 480) {
      problems.push_back({path + "/minutes", "must be 15 to 480"});
    }
    CheckText(problems, path + "/name", s.name, 1, 100);
    if (s.kind == domain::AppointmentKind::kTreatment && (!s.needs_room || !s.needs_device)) {
      problems.push_back({path, "a treatment session needs a room and a device"});
    }
    for (size_t j = 0; j < i; ++j) {
      if (services[j].kind == s.kind) problems.push_back({path + "/kind", "is listed twice"});
    }
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, Write(env, context));
  for (domain::ServiceType s : services) {
    s.name = Trimmed(s.name);
    NP_RETURN_IF_ERROR(tx->calendars().PutServiceType(s));
  }
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("clinic.service_types.update", "clinic", "", std::nullopt)));
  NP_ASSIGN_OR_RETURN(std::vector<domain::ServiceType> all, AllServiceTypes(*tx));
  NP_RETURN_IF_ERROR(tx->Commit());
  return all;
}

}  // namespace needlepoint::app
