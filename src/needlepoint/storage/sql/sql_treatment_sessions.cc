// Treatment sessions, their signed chart versions and charted cartridges. The check-in, the
// confirmations, the draft chart and the aftercare are stored as JSON through contract/ (the
// stored forms of session_json.h, the chart as the API writes it); single use of a cartridge
// is the unique key session_cartridges_single_use, so the database decides a race.
#include <nlohmann/json.hpp>

#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/session_json.h"
#include "needlepoint/storage/sql/sql_repositories.h"
#include "needlepoint/storage/sql/stored_json.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Cartridge;
using domain::ChartVersion;
using domain::TreatmentSession;

constexpr std::string_view kSessionColumns =
    "clinic_id, id, patient_id, plan_id, appointment_id, number, session_date, status, "
    "protocol_name, protocol_version, check_in, confirmations, started_by, started_us, "
    "consent_id, draft, chart_version, signed_off_by, signed_off_us, aftercare, created_by, "
    "created_us, updated_us, version";

std::string SelectSessions(std::string_view rest) {
  return "SELECT " + std::string(kSessionColumns) + " FROM treatment_sessions " + std::string(rest);
}

std::optional<base::Timestamp> OptTime(const SqlRow& row, std::size_t i) {
  if (row.IsNull(i)) return std::nullopt;
  return row.Time(i);
}

Result<TreatmentSession> ReadSession(const SqlRow& row) {
  TreatmentSession s;
  s.clinic_id = row.Id<base::ClinicId>(0);
  s.id = row.Id<base::SessionId>(1);
  const std::string record = "treatment session " + s.id.ToString();
  s.patient_id = row.Id<base::PatientId>(2);
  s.plan_id = row.Id<base::PlanId>(3);
  s.appointment_id = row.OptId<base::AppointmentId>(4);
  s.number = static_cast<int>(row.Int(5));
  s.date = row.Date(6);
  const std::optional<domain::SessionStatus> status =
      domain::ParseCode<domain::SessionStatus>(row.Text(7));
  if (!status) return base::Fail(base::Internal(record + ": unknown status " + row.Text(7)));
  s.status = *status;
  s.protocol = {row.Text(8), row.Text(9)};
  if (!row.IsNull(10)) {
    NP_ASSIGN_OR_RETURN(s.check_in, ReadStored<domain::CheckIn>(row.Text(10), record, [](auto& d) {
                          return contract::ParseStoredCheckIn(d);
                        }));
  }
  NP_ASSIGN_OR_RETURN(s.confirmations, ReadStored<std::vector<domain::ActionConfirmation>>(
                                           row.Text(11), record, [](const auto& d) {
                                             return contract::ParseConfirmations(d);
                                           }));
  s.started_by = row.OptId<base::UserId>(12);
  s.started_at = OptTime(row, 13);
  s.consent_id = row.OptId<base::ConsentSignatureId>(14);
  NP_ASSIGN_OR_RETURN(s.draft, ReadStored<domain::Chart>(row.Text(15), record, [](auto& d) {
                        return contract::ParseChart(d);
                      }));
  s.chart_version = static_cast<int>(row.Int(16));
  s.signed_off_by = row.OptId<base::UserId>(17);
  s.signed_off_at = OptTime(row, 18);
  NP_ASSIGN_OR_RETURN(
      s.aftercare,
      (ReadStored<std::vector<domain::TimelineEntry<domain::AftercareCode>>>(
          row.Text(19), record, [](const auto& d) { return contract::ParseAftercare(d); })));
  s.created_by = row.Id<base::UserId>(20);
  s.created_at = row.Time(21);
  s.updated_at = row.Time(22);
  s.version = row.Int(23);
  return s;
}

Result<std::vector<TreatmentSession>> ReadSessions(const SqlRows& rows) {
  std::vector<TreatmentSession> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(TreatmentSession s, ReadSession(row));
    out.push_back(std::move(s));
  }
  return out;
}

// The check-in column: its stored JSON, or NULL before check-in.
std::optional<std::string> CheckInText(const TreatmentSession& s) {
  if (!s.check_in) return std::nullopt;
  return contract::CheckInToJson(*s.check_in).dump();
}

constexpr std::string_view kChartVersionColumns =
    "clinic_id, session_id, version, chart, reason, recorded_by, recorded_us";

Result<ChartVersion> ReadChartVersion(const SqlRow& row) {
  ChartVersion v;
  v.clinic_id = row.Id<base::ClinicId>(0);
  v.session_id = row.Id<base::SessionId>(1);
  v.version = static_cast<int>(row.Int(2));
  const std::string record =
      "chart version " + v.session_id.ToString() + "/" + std::to_string(v.version);
  NP_ASSIGN_OR_RETURN(v.chart, ReadStored<domain::Chart>(row.Text(3), record, [](auto& d) {
                        return contract::ParseChart(d);
                      }));
  v.reason = row.Text(4);
  v.recorded_by = row.Id<base::UserId>(5);
  v.recorded_at = row.Time(6);
  return v;
}

constexpr std::string_view kCartridgeColumns =
    "clinic_id, id, session_id, gtin, lot, serial, expiry, production_date, "
    "sealed_pack_confirmed, recorded_by, recorded_us";

Cartridge ReadCartridge(const SqlRow& row) {
  Cartridge c;
  c.clinic_id = row.Id<base::ClinicId>(0);
  c.id = row.Id<base::CartridgeId>(1);
  c.session_id = row.Id<base::SessionId>(2);
  c.gtin = row.Text(3);
  c.lot = row.Text(4);
  if (!row.IsNull(5)) c.serial = row.Text(5);
  c.expiry = row.Date(6);
  c.production_date = row.OptDate(7);
  c.sealed_pack_confirmed = row.Int(8) != 0;
  c.recorded_by = row.Id<base::UserId>(9);
  c.recorded_at = row.Time(10);
  return c;
}

std::string SelectCartridges(std::string_view rest) {
  return "SELECT " + std::string(kCartridgeColumns) + " FROM session_cartridges " +
         std::string(rest);
}

// The recall index of one chart version's products (0: the draft): its rows replaced.
base::Status WriteProducts(SqlSession& session, base::ClinicId clinic, base::SessionId id,
                           int chart_version, const domain::Chart& chart) {
  NP_RETURN_IF_ERROR(session.Execute(
      "DELETE FROM session_products WHERE clinic_id = ? AND session_id = ? AND chart_version = ?",
      {clinic, id, chart_version}));
  for (std::size_t i = 0; i < chart.products.size(); ++i) {
    NP_RETURN_IF_ERROR(session.Execute(
        "INSERT INTO session_products (clinic_id, session_id, chart_version, position, code, lot) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {clinic, id, chart_version, static_cast<int64_t>(i),
         domain::CodeName(chart.products[i].code), chart.products[i].lot}));
  }
  return base::OkStatus();
}

// What every exposure row reads: the session, its patient, then the lot's own columns.
constexpr std::string_view kExposureColumns =
    "ts.id, ts.session_date, ts.number, ts.status, p.id, p.given_name, p.family_name, "
    "p.birth_date, p.email, p.phone";

Result<domain::Exposure> ReadExposure(const SqlRow& row, domain::LotKind kind) {
  domain::Exposure e;
  e.session_id = row.Id<base::SessionId>(0);
  e.date = row.Date(1);
  e.number = static_cast<int>(row.Int(2));
  const std::optional<domain::SessionStatus> status =
      domain::ParseCode<domain::SessionStatus>(row.Text(3));
  if (!status) return base::Fail(base::Internal("exposure: unknown session status"));
  e.status = *status;
  e.patient_id = row.Id<base::PatientId>(4);
  e.given_name = row.Text(5);
  e.family_name = row.Text(6);
  e.birth_date = row.Date(7);
  e.email = row.Text(8);
  e.phone = row.Text(9);
  e.kind = kind;
  if (kind == domain::LotKind::kCartridge) {
    e.gtin = row.Text(10);
    e.lot = row.Text(11);
    if (!row.IsNull(12)) e.serial = row.Text(12);
  } else {
    e.product = domain::ParseCode<domain::ProductCode>(row.Text(10));
    if (!e.product) return base::Fail(base::Internal("exposure: unknown product code"));
    e.lot = row.Text(11);
    e.in_current_chart = row.Int(12) != 0;
  }
  return e;
}

}  // namespace

Result<TreatmentSession> SqlTreatmentSessions::Create(const TreatmentSession& s) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO treatment_sessions (" + std::string(kSessionColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {c_.clinic,
       id,
       s.patient_id,
       s.plan_id,
       s.appointment_id,
       s.number,
       s.date,
       domain::CodeName(s.status),
       s.protocol.name,
       s.protocol.version,
       CheckInText(s),
       contract::ConfirmationsToJson(s.confirmations).dump(),
       s.started_by,
       s.started_at,
       s.consent_id,
       contract::ChartToJson(s.draft).dump(),
       s.chart_version,
       s.signed_off_by,
       s.signed_off_at,
       contract::AftercareToJson(s.aftercare).dump(),
       s.created_by,
       now,
       now}));
  NP_RETURN_IF_ERROR(WriteProducts(c_.session, c_.clinic, base::SessionId(id), 0, s.draft));
  return Get(base::SessionId(id));
}

Result<TreatmentSession> SqlTreatmentSessions::Get(base::SessionId id) {
  static const std::string sql = SelectSessions("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::NotFound("treatment session not found"));
  return ReadSession(rows.front());
}

Result<std::optional<TreatmentSession>> SqlTreatmentSessions::FindForAppointment(
    base::AppointmentId appointment, base::CivilDate date) {
  static const std::string sql =
      SelectSessions("WHERE clinic_id = ? AND appointment_id = ? AND session_date = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, appointment, date}));
  if (rows.empty()) return std::optional<TreatmentSession>();
  NP_ASSIGN_OR_RETURN(TreatmentSession s, ReadSession(rows.front()));
  return std::optional<TreatmentSession>(std::move(s));
}

Result<std::vector<TreatmentSession>> SqlTreatmentSessions::ListOnDate(base::CivilDate date) {
  static const std::string sql =
      SelectSessions("WHERE clinic_id = ? AND session_date = ? ORDER BY id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, date}));
  return ReadSessions(rows);
}

Result<std::vector<TreatmentSession>> SqlTreatmentSessions::ListForPatient(
    base::PatientId patient) {
  static const std::string sql =
      SelectSessions("WHERE clinic_id = ? AND patient_id = ? ORDER BY session_date, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, patient}));
  return ReadSessions(rows);
}

Result<TreatmentSession> SqlTreatmentSessions::Update(const TreatmentSession& s) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE treatment_sessions SET status = ?, check_in = ?, confirmations = ?, "
          "started_by = ?, started_us = ?, consent_id = ?, draft = ?, chart_version = ?, "
          "signed_off_by = ?, signed_off_us = ?, aftercare = ?, updated_us = ?, "
          "version = version + 1 WHERE clinic_id = ? AND id = ? AND version = ?",
          {domain::CodeName(s.status), CheckInText(s),
           contract::ConfirmationsToJson(s.confirmations).dump(), s.started_by, s.started_at,
           s.consent_id, contract::ChartToJson(s.draft).dump(), s.chart_version, s.signed_off_by,
           s.signed_off_at, contract::AftercareToJson(s.aftercare).dump(), c_.clock.Now(),
           c_.clinic, s.id, s.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(Get(s.id));  // kNotFound if it is not there at all
    return base::Fail(base::Conflict("the treatment session was changed by someone else"));
  }
  NP_RETURN_IF_ERROR(WriteProducts(c_.session, c_.clinic, s.id, 0, s.draft));
  return Get(s.id);
}

Result<ChartVersion> SqlTreatmentSessions::AddChartVersion(const ChartVersion& v) {
  NP_RETURN_IF_ERROR(
      c_.session.Execute("INSERT INTO chart_versions (" + std::string(kChartVersionColumns) +
                             ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                         {c_.clinic, v.session_id, v.version, contract::ChartToJson(v.chart).dump(),
                          v.reason, v.recorded_by, c_.clock.Now()}));
  NP_RETURN_IF_ERROR(WriteProducts(c_.session, c_.clinic, v.session_id, v.version, v.chart));
  static const std::string sql = "SELECT " + std::string(kChartVersionColumns) +
                                 " FROM chart_versions WHERE clinic_id = ? AND session_id = ? "
                                 "AND version = ?";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, v.session_id, v.version}));
  if (rows.empty()) {
    return base::Fail(base::Internal("a chart version just written cannot be read"));
  }
  return ReadChartVersion(rows.front());
}

Result<std::vector<ChartVersion>> SqlTreatmentSessions::ListChartVersions(base::SessionId session) {
  static const std::string sql = "SELECT " + std::string(kChartVersionColumns) +
                                 " FROM chart_versions WHERE clinic_id = ? AND session_id = ? "
                                 "ORDER BY version";
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, session}));
  std::vector<ChartVersion> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(ChartVersion v, ReadChartVersion(row));
    out.push_back(std::move(v));
  }
  return out;
}

Result<Cartridge> SqlTreatmentSessions::AddCartridge(const Cartridge& c) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO session_cartridges (" + std::string(kCartridgeColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, c.session_id, c.gtin, c.lot, c.serial, c.expiry, c.production_date,
       c.sealed_pack_confirmed, c.recorded_by, c_.clock.Now()}));
  static const std::string sql = SelectCartridges("WHERE clinic_id = ? AND id = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, id}));
  if (rows.empty()) return base::Fail(base::Internal("a cartridge just charted cannot be read"));
  return ReadCartridge(rows.front());
}

Result<std::optional<Cartridge>> SqlTreatmentSessions::FindCartridge(std::string_view gtin,
                                                                     std::string_view lot,
                                                                     std::string_view serial) {
  static const std::string sql =
      SelectCartridges("WHERE clinic_id = ? AND gtin = ? AND lot = ? AND serial = ?");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, gtin, lot, serial}));
  if (rows.empty()) return std::optional<Cartridge>();
  return std::optional<Cartridge>(ReadCartridge(rows.front()));
}

Result<std::vector<Cartridge>> SqlTreatmentSessions::ListCartridges(base::SessionId session) {
  static const std::string sql =
      SelectCartridges("WHERE clinic_id = ? AND session_id = ? ORDER BY recorded_us, id");
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(sql, {c_.clinic, session}));
  std::vector<Cartridge> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadCartridge(row));
  return out;
}

Result<ExposurePage> SqlTreatmentSessions::Exposure(const domain::LotQuery& query,
                                                    const ExposureCursor& cursor) {
  const bool cartridges = query.kind == domain::LotKind::kCartridge;
  // The lot's rows drive: an index range on (clinic, lot[, gtin|code]) or, for a GTIN alone,
  // the single-use key (clinic, gtin, ...); then each row's session and patient by primary
  // key. CROSS JOIN fixes that order on SQLite, whose planner (without statistics) may
  // otherwise walk every session of the clinic; PostgreSQL plans it from its statistics.
  std::string tables = cartridges ? " FROM session_cartridges x CROSS JOIN treatment_sessions ts"
                                  : " FROM session_products x CROSS JOIN treatment_sessions ts";
  std::string where = " WHERE x.clinic_id = ?";
  std::vector<SqlParam> params = {c_.clinic};
  if (!query.lot.empty() || !cartridges) {
    where += " AND x.lot = ?";
    params.emplace_back(query.lot);
  }
  if (cartridges && !query.gtin.empty()) {
    where += " AND x.gtin = ?";
    params.emplace_back(query.gtin);
  }
  if (!cartridges && query.product) {
    where += " AND x.code = ?";
    params.emplace_back(domain::CodeName(*query.product));
  }
  where += " AND ts.clinic_id = x.clinic_id AND ts.id = x.session_id";
  ExposurePage page;
  {
    const std::string count =
        (cartridges ? "SELECT count(*), count(DISTINCT ts.id), count(DISTINCT ts.patient_id)"
                    : "SELECT count(DISTINCT ts.id || '/' || x.code), count(DISTINCT ts.id), "
                      "count(DISTINCT ts.patient_id)") +
        tables + where;
    NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(count, params));
    if (!rows.empty()) {
      page.total_rows = rows.front().Int(0);
      page.total_sessions = rows.front().Int(1);
      page.total_patients = rows.front().Int(2);
    }
  }
  std::string full = "SELECT " + std::string(kExposureColumns) +
                     (cartridges ? ", x.gtin, x.lot, x.serial"
                                 : ", x.code, x.lot, max(CASE WHEN x.chart_version = "
                                   "ts.chart_version THEN 1 ELSE 0 END)") +
                     tables + " CROSS JOIN patients p" + where +
                     " AND p.clinic_id = ts.clinic_id AND p.id = ts.patient_id";
  if (cursor.after_date) {  // keyset paging
    full += " AND (ts.session_date > ? OR (ts.session_date = ? AND ts.id > ?))";
    params.emplace_back(*cursor.after_date);
    params.emplace_back(*cursor.after_date);
    params.emplace_back(cursor.after_session);
  }
  if (!cartridges) {
    full +=
        " GROUP BY ts.id, ts.session_date, ts.number, ts.status, p.id, p.given_name, "
        "p.family_name, p.birth_date, p.email, p.phone, x.code, x.lot";
  }
  full += cartridges ? " ORDER BY ts.session_date, ts.id, x.id LIMIT ?"
                     : " ORDER BY ts.session_date, ts.id, x.code LIMIT ?";
  params.emplace_back(static_cast<int64_t>(cursor.limit));
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query(full, params));
  page.items.reserve(rows.size());
  for (const SqlRow& row : rows) {
    NP_ASSIGN_OR_RETURN(domain::Exposure e, ReadExposure(row, query.kind));
    page.items.push_back(std::move(e));
  }
  return page;
}

}  // namespace needlepoint::storage::sql
