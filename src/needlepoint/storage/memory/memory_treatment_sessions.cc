// Treatment sessions, chart versions and cartridges (the twin of sql_treatment_sessions.cc):
// the same checks the schema makes, with the same errors, including single use of a
// cartridge per clinic.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Cartridge;
using domain::ChartVersion;
using domain::TreatmentSession;

// The references a session row names (the SQL foreign keys).
base::Status CheckSessionReferences(const ClinicData& data, const TreatmentSession& s) {
  NP_RETURN_IF_ERROR(CheckReference(data.patients, s.patient_id));
  NP_RETURN_IF_ERROR(CheckReference(data.plans, s.plan_id));
  if (s.appointment_id) NP_RETURN_IF_ERROR(CheckReference(data.appointments, *s.appointment_id));
  if (s.consent_id) NP_RETURN_IF_ERROR(CheckReference(data.consent_signatures, *s.consent_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, s.created_by));
  if (s.started_by) NP_RETURN_IF_ERROR(CheckReference(data.users, *s.started_by));
  if (s.signed_off_by) NP_RETURN_IF_ERROR(CheckReference(data.users, *s.signed_off_by));
  return base::OkStatus();
}

// The schema's CHECK constraints on a session row.
bool SessionRowIsValid(const TreatmentSession& s) {
  return s.number >= 1 && s.chart_version >= 0 &&
         (s.status == domain::SessionStatus::kSignedOff) == (s.chart_version >= 1);
}

}  // namespace

Result<TreatmentSession> MemoryTreatmentSessions::Create(const TreatmentSession& s) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::SessionId id(c_.NextId());
  if (!SessionRowIsValid(s)) return base::Fail(SchemaViolation());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckSessionReferences(data, s));
  if (s.appointment_id) {
    for (const auto& [other_id, other] : data.treatment_sessions) {
      if (other.appointment_id == s.appointment_id && other.date == s.date) {
        return base::Fail(DuplicateKey());
      }
    }
  }
  TreatmentSession stored = s;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.created_at = stored.updated_at = c_.Now();
  stored.version = 1;
  c_.Mutable().treatment_sessions[id] = stored;
  return stored;
}

Result<TreatmentSession> MemoryTreatmentSessions::Get(base::SessionId id) {
  return FindRow(c_.data().treatment_sessions, id, "treatment session");
}

Result<std::optional<TreatmentSession>> MemoryTreatmentSessions::FindForAppointment(
    base::AppointmentId appointment, base::CivilDate date) {
  for (const auto& [id, s] : c_.data().treatment_sessions) {
    if (s.appointment_id == appointment && s.date == date) {
      return std::optional<TreatmentSession>(s);
    }
  }
  return std::optional<TreatmentSession>();
}

Result<std::vector<TreatmentSession>> MemoryTreatmentSessions::ListOnDate(base::CivilDate date) {
  std::vector<TreatmentSession> out;
  for (const auto& [id, s] : c_.data().treatment_sessions) {
    if (s.date == date) out.push_back(s);  // the map is in id order
  }
  return out;
}

Result<std::vector<TreatmentSession>> MemoryTreatmentSessions::ListForPatient(
    base::PatientId patient) {
  std::vector<TreatmentSession> out;
  for (const auto& [id, s] : c_.data().treatment_sessions) {
    if (s.patient_id == patient) out.push_back(s);
  }
  std::ranges::stable_sort(out, [](const TreatmentSession& a, const TreatmentSession& b) {
    return std::tuple(a.date, a.id) < std::tuple(b.date, b.id);
  });
  return out;
}

Result<TreatmentSession> MemoryTreatmentSessions::Update(const TreatmentSession& s) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  auto it = c_.data().treatment_sessions.find(s.id);
  if (it == c_.data().treatment_sessions.end()) {
    return base::Fail(base::NotFound("treatment session not found"));
  }
  if (it->second.version != s.version) {
    return base::Fail(base::Conflict("the treatment session was changed by someone else"));
  }
  TreatmentSession next = it->second;  // what the UPDATE leaves alone stays
  next.status = s.status;
  next.check_in = s.check_in;
  next.confirmations = s.confirmations;
  next.started_by = s.started_by;
  next.started_at = s.started_at;
  next.consent_id = s.consent_id;
  next.draft = s.draft;
  next.chart_version = s.chart_version;
  next.signed_off_by = s.signed_off_by;
  next.signed_off_at = s.signed_off_at;
  next.aftercare = s.aftercare;
  if (!SessionRowIsValid(next)) return base::Fail(SchemaViolation());
  NP_RETURN_IF_ERROR(CheckSessionReferences(c_.data(), next));
  next.updated_at = c_.Now();
  next.version = s.version + 1;
  c_.Mutable().treatment_sessions[s.id] = next;
  return next;
}

Result<ChartVersion> MemoryTreatmentSessions::AddChartVersion(const ChartVersion& v) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (v.version < 1 || (v.version == 1) != v.reason.empty()) {
    return base::Fail(SchemaViolation());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.treatment_sessions, v.session_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, v.recorded_by));
  if (data.chart_versions.contains({v.session_id, v.version})) {
    return base::Fail(DuplicateKey());
  }
  ChartVersion stored = v;
  stored.clinic_id = c_.clinic();
  stored.recorded_at = c_.Now();
  c_.Mutable().chart_versions[{v.session_id, v.version}] = stored;
  return stored;
}

Result<std::vector<ChartVersion>> MemoryTreatmentSessions::ListChartVersions(
    base::SessionId session) {
  std::vector<ChartVersion> out;
  for (const auto& [key, v] : c_.data().chart_versions) {
    if (key.first == session) out.push_back(v);  // keyed by (session, version): in order
  }
  return out;
}

Result<Cartridge> MemoryTreatmentSessions::AddCartridge(const Cartridge& cartridge) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::CartridgeId id(c_.NextId());
  if (cartridge.gtin.size() != 14 || cartridge.lot.empty() ||
      (cartridge.serial && cartridge.serial->empty()) ||
      (!cartridge.serial && !cartridge.sealed_pack_confirmed)) {
    return base::Fail(SchemaViolation());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  const ClinicData& data = c_.data();
  NP_RETURN_IF_ERROR(CheckReference(data.treatment_sessions, cartridge.session_id));
  NP_RETURN_IF_ERROR(CheckReference(data.users, cartridge.recorded_by));
  if (cartridge.serial) {  // NULL serials are distinct, as in SQL
    for (const auto& [other_id, other] : data.cartridges) {
      if (other.gtin == cartridge.gtin && other.lot == cartridge.lot &&
          other.serial == cartridge.serial) {
        return base::Fail(DuplicateKey());
      }
    }
  }
  Cartridge stored = cartridge;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.recorded_at = c_.Now();
  c_.Mutable().cartridges[id] = stored;
  return stored;
}

Result<std::optional<Cartridge>> MemoryTreatmentSessions::FindCartridge(std::string_view gtin,
                                                                        std::string_view lot,
                                                                        std::string_view serial) {
  for (const auto& [id, c] : c_.data().cartridges) {
    if (c.gtin == gtin && c.lot == lot && c.serial && *c.serial == serial) {
      return std::optional<Cartridge>(c);
    }
  }
  return std::optional<Cartridge>();
}

Result<std::vector<Cartridge>> MemoryTreatmentSessions::ListCartridges(base::SessionId session) {
  std::vector<Cartridge> out;
  for (const auto& [id, c] : c_.data().cartridges) {
    if (c.session_id == session) out.push_back(c);
  }
  std::ranges::stable_sort(out, [](const Cartridge& a, const Cartridge& b) {
    return std::tuple(a.recorded_at, a.id) < std::tuple(b.recorded_at, b.id);
  });
  return out;
}

Result<ExposurePage> MemoryTreatmentSessions::Exposure(const domain::LotQuery& query,
                                                       const ExposureCursor& cursor) {
  const ClinicData& data = c_.data();
  std::vector<std::pair<domain::Exposure, int64_t>> rows;  // with the order's last key
  auto exposure = [&](const TreatmentSession& s) {
    domain::Exposure e;
    e.session_id = s.id;
    e.date = s.date;
    e.number = s.number;
    e.status = s.status;
    e.patient_id = s.patient_id;
    auto patient = data.patients.find(s.patient_id);
    if (patient != data.patients.end()) {
      e.given_name = patient->second.given_name;
      e.family_name = patient->second.family_name;
      e.birth_date = patient->second.birth_date;
      e.email = patient->second.email;
      e.phone = patient->second.phone;
    }
    e.kind = query.kind;
    return e;
  };
  if (query.kind == domain::LotKind::kCartridge) {
    for (const auto& [id, c] : data.cartridges) {
      if ((!query.lot.empty() && c.lot != query.lot) ||
          (!query.gtin.empty() && c.gtin != query.gtin)) {
        continue;
      }
      domain::Exposure e = exposure(data.treatment_sessions.at(c.session_id));
      e.gtin = c.gtin;
      e.lot = c.lot;
      e.serial = c.serial;
      rows.emplace_back(std::move(e), id.value());
    }
  } else {
    // (session, product) → whether the chart as it stands records it.
    std::map<std::pair<base::SessionId, domain::ProductCode>, bool> found;
    auto scan = [&](base::SessionId session, const domain::Chart& chart, bool current) {
      for (const domain::ProductUse& use : chart.products) {
        if (use.lot != query.lot || (query.product && use.code != *query.product)) continue;
        found[{session, use.code}] |= current;
      }
    };
    for (const auto& [id, s] : data.treatment_sessions) scan(id, s.draft, s.chart_version == 0);
    for (const auto& [key, v] : data.chart_versions) {
      scan(key.first, v.chart, data.treatment_sessions.at(key.first).chart_version == key.second);
    }
    for (const auto& [key, current] : found) {
      domain::Exposure e = exposure(data.treatment_sessions.at(key.first));
      e.product = key.second;
      e.lot = query.lot;
      e.in_current_chart = current;
      rows.emplace_back(std::move(e), static_cast<int64_t>(key.second));
    }
  }
  // As the SQL orders them: products by code name, cartridges in charting order.
  auto code = [](const domain::Exposure& e) {
    return e.product ? domain::CodeName(*e.product) : std::string_view();
  };
  std::ranges::sort(rows, [&](const auto& a, const auto& b) {
    return std::tuple(a.first.date, a.first.session_id, code(a.first), a.second) <
           std::tuple(b.first.date, b.first.session_id, code(b.first), b.second);
  });
  ExposurePage page;
  page.total_rows = static_cast<int64_t>(rows.size());
  std::set<base::SessionId> sessions;
  std::set<base::PatientId> patients;
  for (const auto& [e, key] : rows) {
    sessions.insert(e.session_id);
    patients.insert(e.patient_id);
    const bool after =
        !cursor.after_date ||
        std::tuple(e.date, e.session_id) > std::tuple(*cursor.after_date, cursor.after_session);
    if (after && std::cmp_less(page.items.size(), cursor.limit)) page.items.push_back(e);
  }
  page.total_sessions = static_cast<int64_t>(sessions.size());
  page.total_patients = static_cast<int64_t>(patients.size());
  return page;
}

}  // namespace needlepoint::storage::memory
