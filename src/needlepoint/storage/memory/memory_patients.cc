// Patients, with the same word search as sql_people.cc.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Patient;

// The schema's CHECK (fitzpatrick BETWEEN 1 AND 6).
base::Status CheckFitzpatrick(const std::optional<int>& fitzpatrick) {
  if (fitzpatrick && (*fitzpatrick < 1 || *fitzpatrick > 6)) return SchemaViolation();
  return base::OkStatus();
}

}  // namespace

Result<Patient> MemoryPatients::Create(const Patient& patient) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::PatientId id(c_.NextId());
  NP_RETURN_IF_ERROR(CheckFitzpatrick(patient.fitzpatrick));
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  Patient stored = patient;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = stored.updated_at = c_.Now();
  stored.version = 1;
  stored.archived = false;
  stored.merged_into.reset();
  c_.Mutable().patients[id] = stored;
  return stored;
}

Result<Patient> MemoryPatients::Get(base::PatientId id) {
  return FindRow(c_.data().patients, id, "patient");
}

Result<Patient> MemoryPatients::Update(const Patient& patient) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  NP_ASSIGN_OR_RETURN(Patient stored, Get(patient.id));
  if (stored.version != patient.version) {
    return base::Fail(base::Conflict("the patient was changed by someone else; reload and retry"));
  }
  NP_RETURN_IF_ERROR(CheckFitzpatrick(patient.fitzpatrick));
  stored.given_name = patient.given_name;
  stored.family_name = patient.family_name;
  stored.birth_date = patient.birth_date;
  stored.email = patient.email;
  stored.phone = patient.phone;
  stored.fitzpatrick = patient.fitzpatrick;
  stored.archived = patient.archived;
  stored.updated_at = c_.Now();
  ++stored.version;
  c_.Mutable().patients[stored.id] = stored;
  return stored;
}

Result<Page<Patient>> MemoryPatients::Search(const PatientQuery& query) {
  const std::vector<std::string> words = PatientSearchWords(query.text);
  std::vector<const Patient*> matches;
  for (const auto& [id, patient] : c_.data().patients) {
    if (!query.include_hidden && (patient.archived || patient.merged_into)) continue;
    const std::string key = PatientSearchKey(patient);
    if (std::all_of(words.begin(), words.end(),
                    [&](const std::string& word) { return key.find(word) != std::string::npos; })) {
      matches.push_back(&patient);
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Patient* a, const Patient* b) {
    return std::tie(a->family_name, a->given_name, a->id) <
           std::tie(b->family_name, b->given_name, b->id);
  });
  Page<Patient> page;
  page.total = static_cast<int64_t>(matches.size());
  const size_t offset = static_cast<size_t>(std::max(query.offset, 0));
  const size_t limit = static_cast<size_t>(std::clamp(query.limit, 1, 500));
  for (size_t i = offset; i < matches.size() && page.items.size() < limit; ++i) {
    page.items.push_back(*matches[i]);
  }
  return page;
}

Result<std::vector<Patient>> MemoryPatients::FindLikelyDuplicates(const Patient& patient) {
  std::vector<Patient> out;
  for (const auto& [id, other] : c_.data().patients) {
    if (id != patient.id && !other.merged_into && LikelyDuplicate(patient, other)) {
      out.push_back(other);
    }
  }
  return out;  // by id: the map's order
}

Result<MergeCounts> MemoryPatients::Merge(base::PatientId duplicate, base::PatientId into) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  NP_ASSIGN_OR_RETURN(Patient stored, Get(duplicate));
  NP_RETURN_IF_ERROR(CheckReference(c_.data().patients, into));  // the foreign keys
  ClinicData& data = c_.Mutable();
  MergeCounts counts;
  auto move = [&](auto& table) {
    int64_t moved = 0;
    for (auto& [id, row] : table) {
      if (row.patient_id == duplicate) {
        row.patient_id = into;
        ++moved;
      }
    }
    return moved;
  };
  counts.consultations = move(data.consultations);
  counts.plans = move(data.plans);
  counts.appointments = move(data.appointments);
  move(data.outbox);
  move(data.booking_requests);
  move(data.consent_signatures);
  move(data.photos);
  move(data.photo_overlays);
  counts.sessions = move(data.treatment_sessions);
  move(data.adverse_reports);
  move(data.adverse_events);
  for (domain::SkinTypeAssessment& assessment : data.skin_types) {
    if (assessment.patient_id == duplicate) assessment.patient_id = into;
  }
  const bool into_has_account =
      std::any_of(data.users.begin(), data.users.end(),
                  [&](const auto& u) { return u.second.patient_id == into; });
  if (!into_has_account) {
    for (auto& [id, user] : data.users) {
      if (user.patient_id == duplicate) {
        user.patient_id = into;
        counts.portal_account = true;
      }
    }
  }
  stored.merged_into = into;
  stored.updated_at = c_.Now();
  ++stored.version;
  data.patients[duplicate] = stored;
  return counts;
}

Result<std::vector<base::PatientId>> MemoryPatients::ListMergedInto(base::PatientId patient) {
  std::vector<base::PatientId> out;
  for (const auto& [id, other] : c_.data().patients) {
    if (other.merged_into == patient) out.push_back(id);
  }
  return out;
}

}  // namespace needlepoint::storage::memory
