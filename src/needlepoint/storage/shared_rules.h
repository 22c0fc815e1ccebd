// Rules every Database implementation applies the same way — the SQL repositories and the
// in-memory twin alike — so that they cannot drift apart.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/appointment.h"
#include "needlepoint/domain/patient.h"

namespace needlepoint::storage {

// `text` with ASCII letters lower-cased (locale-independent): how e-mails and search keys are
// stored and compared.
std::string AsciiLower(std::string_view text);

// What patient search matches against: lower-cased names, e-mail and the phone's digits.
std::string PatientSearchKey(const domain::Patient& patient);

// The words of a search (split at spaces, lower-cased, at most four), each of which must
// occur in the key.
std::vector<std::string> PatientSearchWords(std::string_view query);

// A person's name for comparison: given and family name, ASCII letters lower-cased, runs of
// spaces and tabs collapsed to one space, no space at either end ("ada lovelace").
std::string NormalisedName(std::string_view given_name, std::string_view family_name);

// Whether `a` and `b` are likely the same person entered twice: the same birth date and the
// same normalised name, or the same non-empty e-mail ignoring ASCII case.
bool LikelyDuplicate(const domain::Patient& a, const domain::Patient& b);

// The longest appointment; overlap checks look back this far.
inline constexpr auto kMaxAppointment = std::chrono::hours(12);

// kInvalidArgument unless start < end <= start + kMaxAppointment.
base::Status CheckAppointmentInterval(base::Timestamp start, base::Timestamp end);

// `current` given `slot`'s start, end, provider, room, device and status: what every
// backend's Move writes once the slot is free. kInvalidArgument for a bad interval, kConflict
// when `current` is no longer at `expected_version`.
base::Result<domain::Appointment> Moved(domain::Appointment current,
                                        const domain::Appointment& slot, int64_t expected_version);

}  // namespace needlepoint::storage
