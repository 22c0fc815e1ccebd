#include "needlepoint/storage/shared_rules.h"

#include <algorithm>

#include "needlepoint/storage/repositories.h"

namespace needlepoint::storage {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string PatientSearchKey(const domain::Patient& patient) {
  std::string digits;
  for (char c : patient.phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return AsciiLower(patient.given_name + " " + patient.family_name + " " + patient.email + " " +
                    digits);
}

std::vector<std::string> PatientSearchWords(std::string_view query) {
  constexpr std::size_t kMaxWords = 4;
  std::vector<std::string> words;
  const std::string lowered = AsciiLower(query);
  for (std::size_t pos = 0; pos < lowered.size() && words.size() < kMaxWords;) {
    const std::size_t end = std::min(lowered.find(' ', pos), lowered.size());
    if (end > pos) words.push_back(lowered.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

std::string NormalisedName(std::string_view given_name, std::string_view family_name) {
  std::string out;
  for (std::string_view part : {given_name, family_name}) {
    for (char c : AsciiLower(part)) {
      if (c == ' ' || c == '\t') {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += c;
      }
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool LikelyDuplicate(const domain::Patient& a, const domain::Patient& b) {
  if (!a.email.empty() && AsciiLower(a.email) == AsciiLower(b.email)) return true;
  return a.birth_date == b.birth_date &&
         NormalisedName(a.given_name, a.family_name) == NormalisedName(b.given_name, b.family_name);
}

base::Status CheckAppointmentInterval(base::Timestamp start, base::Timestamp end) {
  if (end <= start) return base::InvalidArgument("an appointment must end after it starts");
  if (end - start > kMaxAppointment) {
    return base::InvalidArgument("an appointment may last at most 12 hours");
  }
  return base::OkStatus();
}

base::Result<domain::Appointment> Moved(domain::Appointment current,
                                        const domain::Appointment& slot, int64_t expected_version) {
  NP_RETURN_IF_ERROR(CheckAppointmentInterval(slot.start, slot.end));
  if (current.version != expected_version) {
    return base::Fail(base::Conflict("the appointment was changed by someone else"));
  }
  current.start = slot.start;
  current.end = slot.end;
  current.provider_id = slot.provider_id;
  current.room_id = slot.room_id;
  current.device_id = slot.device_id;
  current.status = slot.status;
  return current;
}

base::Result<domain::Appointment> AppointmentRepository::Reschedule(base::AppointmentId id,
                                                                    base::Timestamp start,
                                                                    base::Timestamp end,
                                                                    int64_t expected_version) {
  NP_ASSIGN_OR_RETURN(domain::Appointment slot, Get(id));
  slot.start = start;
  slot.end = end;
  return Move(id, slot, expected_version);
}

}  // namespace needlepoint::storage
