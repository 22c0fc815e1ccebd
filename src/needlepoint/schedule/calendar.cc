#include "needlepoint/schedule/calendar.h"

#include <algorithm>
#include <map>

namespace needlepoint::schedule {
namespace {

std::string Path(std::string_view list, std::size_t index) {
  return "/" + std::string(list) + "/" + std::to_string(index);
}

void CheckIntervals(const std::vector<Interval>& intervals, const std::string& path,
                    std::vector<base::FieldProblem>& problems) {
  for (std::size_t i = 0; i < intervals.size(); ++i) {
    if (intervals[i].to <= intervals[i].from) {
      problems.push_back({path + "/" + std::to_string(i), "must end after it starts"});
    }
  }
}

void CheckHours(const WeeklyHours& hours, const std::string& path,
                std::vector<base::FieldProblem>& problems) {
  for (std::size_t day = 0; day < hours.size(); ++day) {
    const std::vector<WorkingSpan>& spans = hours[day];
    const std::string day_path = path + "/" + std::string(kWeekdayNames[day]);
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const WorkingSpan& span = spans[i];
      const std::string span_path = day_path + "/" + std::to_string(i);
      if (span.from_minute < 0 || span.to_minute > kMinutesPerDay) {
        problems.push_back({span_path, "must lie within the day (00:00 to 24:00)"});
      } else if (span.to_minute <= span.from_minute) {
        problems.push_back({span_path, "must end after it starts"});
      } else {
        for (std::size_t j = 0; j < i; ++j) {
          if (spans[j].from_minute < span.to_minute && span.from_minute < spans[j].to_minute) {
            problems.push_back({span_path, "overlaps " + day_path + "/" + std::to_string(j)});
            break;
          }
        }
      }
    }
  }
}

}  // namespace

base::Status ValidateCalendar(const ClinicCalendar& calendar) {
  std::vector<base::FieldProblem> problems;
  if (calendar.providers.empty()) problems.push_back({"/providers", "must not be empty"});
  std::map<std::string, std::string, std::less<>> seen;  // id → path of its first use
  auto check_id = [&](const std::string& id, const std::string& path) {
    if (id.empty()) {
      problems.push_back({path + "/id", "must not be empty"});
      return;
    }
    auto [it, inserted] = seen.emplace(id, path + "/id");
    if (!inserted) {
      problems.push_back({path + "/id", "'" + id + "' is already the id of " + it->second});
    }
  };
  for (std::size_t i = 0; i < calendar.providers.size(); ++i) {
    const Provider& provider = calendar.providers[i];
    const std::string path = Path("providers", i);
    check_id(provider.id, path);
    CheckHours(provider.hours, path + "/hours", problems);
    CheckIntervals(provider.off, path + "/off", problems);
    CheckIntervals(provider.busy, path + "/busy", problems);
  }
  for (const auto& [list, resources] :
       {std::pair{"rooms", &calendar.rooms}, std::pair{"devices", &calendar.devices}}) {
    for (std::size_t i = 0; i < resources->size(); ++i) {
      const std::string path = Path(list, i);
      check_id((*resources)[i].id, path);
      CheckIntervals((*resources)[i].busy, path + "/busy", problems);
    }
  }
  if (problems.empty()) return base::OkStatus();
  return base::Status::Invalid(std::move(problems), "the clinic calendar is not valid");
}

}  // namespace needlepoint::schedule
