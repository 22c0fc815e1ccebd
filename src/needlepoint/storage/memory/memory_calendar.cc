// Working hours, time off, visit lengths and calendar feeds (the twin of sql_calendar.cc).
#include <algorithm>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {

using base::Result;
using domain::CalendarFeed;
using domain::ServiceType;
using domain::TimeOff;
using domain::WorkingSpan;

Result<std::vector<WorkingSpan>> MemoryCalendars::WorkingHours(base::UserId provider) {
  auto it = c_.data().working_hours.find(provider);
  if (it == c_.data().working_hours.end()) return std::vector<WorkingSpan>();
  return it->second;
}

Result<std::vector<std::pair<base::UserId, WorkingSpan>>> MemoryCalendars::AllWorkingHours() {
  std::vector<std::pair<base::UserId, WorkingSpan>> out;
  for (const auto& [provider, spans] : c_.data().working_hours) {
    for (const WorkingSpan& span : spans) out.emplace_back(provider, span);
  }
  return out;
}

base::Status MemoryCalendars::SetWorkingHours(base::UserId provider,
                                              const std::vector<WorkingSpan>& spans) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  for (const WorkingSpan& span : spans) {  // the schema's CHECKs and key
    if (span.weekday < 0 || span.weekday > 6 || span.from_minute < 0 || span.from_minute > 1439 ||
        span.to_minute <= span.from_minute || span.to_minute > 1440) {
      return SchemaViolation();
    }
  }
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, provider));
  std::vector<WorkingSpan> sorted = spans;
  std::sort(sorted.begin(), sorted.end(), [](const WorkingSpan& a, const WorkingSpan& b) {
    return std::tie(a.weekday, a.from_minute) < std::tie(b.weekday, b.from_minute);
  });
  for (size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i].weekday == sorted[i - 1].weekday &&
        sorted[i].from_minute == sorted[i - 1].from_minute) {
      return DuplicateKey();
    }
  }
  ClinicData& data = c_.Mutable();
  if (sorted.empty()) {
    data.working_hours.erase(provider);
  } else {
    data.working_hours[provider] = std::move(sorted);
  }
  return base::OkStatus();
}

Result<TimeOff> MemoryCalendars::AddTimeOff(const TimeOff& time_off) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::TimeOffId id(c_.NextId());
  if (time_off.to <= time_off.from) return base::Fail(SchemaViolation());
  NP_RETURN_IF_ERROR(CheckReference(c_.data().users, time_off.provider_id));
  TimeOff stored = time_off;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = c_.Now();
  c_.Mutable().time_off[id] = stored;
  return stored;
}

Result<TimeOff> MemoryCalendars::GetTimeOff(base::TimeOffId id) {
  return FindRow(c_.data().time_off, id, "time off");
}

base::Status MemoryCalendars::DeleteTimeOff(base::TimeOffId id) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.data().time_off.contains(id)) return base::NotFound("time off not found");
  c_.Mutable().time_off.erase(id);
  return base::OkStatus();
}

Result<std::vector<TimeOff>> MemoryCalendars::ListTimeOff(std::optional<base::UserId> provider,
                                                          base::Timestamp from,
                                                          base::Timestamp to) {
  std::vector<TimeOff> out;
  for (const auto& [id, t] : c_.data().time_off) {
    if (t.to > from && t.from < to && (!provider || t.provider_id == *provider)) out.push_back(t);
  }
  std::sort(out.begin(), out.end(), [](const TimeOff& a, const TimeOff& b) {
    return std::tie(a.from, a.id) < std::tie(b.from, b.id);
  });
  return out;
}

Result<std::vector<ServiceType>> MemoryCalendars::ServiceTypes() {
  std::vector<ServiceType> out;
  for (const auto& [kind, service] : c_.data().service_types) out.push_back(service);
  // ORDER BY kind (its text).
  std::sort(out.begin(), out.end(), [](const ServiceType& a, const ServiceType& b) {
    return domain::CodeName(a.kind) < domain::CodeName(b.kind);
  });
  return out;
}

base::Status MemoryCalendars::PutServiceType(const ServiceType& service) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (service.minutes < 15 || service.minutes > 480) return SchemaViolation();
  if (!c_.clinic_exists()) return MissingReference();
  c_.Mutable().service_types[service.kind] = service;
  return base::OkStatus();
}

base::Status MemoryCalendars::PutFeed(const CalendarFeed& feed) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.users, feed.provider_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, feed.created_by));
  for (const auto& [provider, existing] : data.calendar_feeds) {
    if (provider != feed.provider_id && existing.token_hash == feed.token_hash) {
      return DuplicateKey();
    }
  }
  CalendarFeed stored = feed;
  stored.clinic_id = c_.clinic();
  stored.created_at = c_.Now();
  c_.Mutable().calendar_feeds[feed.provider_id] = stored;
  return base::OkStatus();
}

Result<CalendarFeed> MemoryCalendars::FindFeed(std::string_view token_hash) {
  for (const auto& [provider, feed] : c_.data().calendar_feeds) {
    if (feed.token_hash == token_hash) return feed;
  }
  return base::Fail(base::NotFound("calendar feed not found"));
}

Result<CalendarFeed> MemoryCalendars::GetFeed(base::UserId provider) {
  return FindRow(c_.data().calendar_feeds, provider, "calendar feed");
}

base::Status MemoryCalendars::DeleteFeed(base::UserId provider) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (c_.data().calendar_feeds.contains(provider)) c_.Mutable().calendar_feeds.erase(provider);
  return base::OkStatus();
}

}  // namespace needlepoint::storage::memory
