#include "needlepoint/schedule/series.h"

#include <numeric>

namespace needlepoint::schedule {
base::Status ValidateSeriesRequest(const Availability& availability, const SeriesRequest& request) {
  std::vector<base::FieldProblem> problems;
  CheckRange(problems, "/service_minutes", request.service_minutes, kMinServiceMinutes,
             kMaxServiceMinutes);
  CheckRange(problems, "/step_minutes", request.step_minutes, kMinStepMinutes, kMaxStepMinutes);
  CheckRange(problems, "/horizon_days", request.horizon_days, kMinHorizonDays, kMaxHorizonDays);
  CheckRange(problems, "/plan/sessions", request.sessions, kMinSessions, kMaxSessions);
  CheckRange(problems, "/plan/interval_days/min", request.min_interval_days, 0, kMaxIntervalDays);
  CheckRange(problems, "/plan/interval_days/max", request.max_interval_days, 0, kMaxIntervalDays);
  if (request.min_interval_days > request.max_interval_days) {
    problems.push_back({"/plan/interval_days", "min (" + std::to_string(request.min_interval_days) +
                                                   ") is greater than max (" +
                                                   std::to_string(request.max_interval_days) +
                                                   ")"});
  }
  if (availability.room_count() == 0) problems.push_back({"/rooms", "must not be empty"});
  if (availability.device_count() == 0) problems.push_back({"/devices", "must not be empty"});
  if (request.preferred_provider && !availability.FindProvider(*request.preferred_provider)) {
    problems.push_back(
        {"/preferences/provider", "unknown provider '" + *request.preferred_provider + "'"});
  }
  CheckTimePreferences(problems, request.preferences);
  for (std::size_t i = 0; i < request.patient_busy.size(); ++i) {
    if (request.patient_busy[i].to <= request.patient_busy[i].from) {
      problems.push_back({"/patient_busy/" + std::to_string(i), "must end after it starts"});
    }
  }
  if (problems.empty()) return base::OkStatus();
  return base::Status::Invalid(std::move(problems), "the series request is not valid");
}

base::Result<SeriesProposal> ProposeSeries(const Availability& availability,
                                           const SeriesRequest& request) {
  NP_RETURN_IF_ERROR(ValidateSeriesRequest(availability, request));
  std::vector<std::size_t> everyone(availability.provider_count());
  std::iota(everyone.begin(), everyone.end(), std::size_t{0});

  std::vector<Interval> patient_busy = request.patient_busy;
  DayQuery query{.length = std::chrono::minutes(request.service_minutes),
                 .step_minutes = request.step_minutes,
                 .preferences = request.preferences};

  SeriesProposal proposal;
  std::optional<std::size_t> first_choice;
  if (request.preferred_provider)
    first_choice = availability.FindProvider(*request.preferred_provider);
  base::CivilDate previous;
  for (int session = 1; session <= request.sessions; ++session) {
    base::CivilDate from, to;
    if (session == 1) {
      from = request.not_before ? std::max(request.first_date, *request.not_before)
                                : request.first_date;
      to = from.AddDays(request.horizon_days - 1);
    } else {
      from = previous.AddDays(request.min_interval_days);
      to = previous.AddDays(request.max_interval_days);
    }
    query.patient_busy = patient_busy;

    EarliestResult found;
    if (first_choice) found = FindEarliest(availability, from, to, {*first_choice}, query);
    if (!found.placement) {
      std::vector<std::size_t> others = everyone;
      if (first_choice) std::erase(others, *first_choice);
      EarliestResult fallback = FindEarliest(availability, from, to, others, query);
      fallback.trace.Merge(found.trace);
      found = std::move(fallback);
    }
    if (!found.placement) {
      proposal.sessions.clear();
      proposal.unplaceable = Unplaceable{session, from, to, found.trace.Reason()};
      return proposal;
    }
    const Placement& placement = *found.placement;
    ProposedSession proposed{session, ToSlot(availability, placement), std::nullopt,
                             first_choice.has_value() && placement.provider != *first_choice};
    if (session > 1) proposed.gap_days = previous.DaysUntil(placement.date);
    proposal.sessions.push_back(std::move(proposed));
    // Sessions already placed count as busy (rule 2): for the patient, and through them for
    // the provider, room and device, which no later session can use at that time anyway.
    patient_busy.push_back({placement.start, placement.end});
    previous = placement.date;
    if (session == 1) first_choice = placement.provider;
  }
  return proposal;
}

}  // namespace needlepoint::schedule
