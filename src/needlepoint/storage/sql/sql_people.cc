// Clinic settings, staff users, rooms and devices, and patients.
#include <algorithm>
#include <array>
#include <cctype>

#include "needlepoint/storage/sql/sql_repositories.h"

namespace needlepoint::storage::sql {
namespace {

using base::Result;
using domain::Clinic;
using domain::Patient;
using domain::Resource;
using domain::User;

// Escapes LIKE wildcards so user text matches literally (with ESCAPE '\').
std::string LikeLiteral(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

template <typename T>
Result<T> Single(Result<SqlRows> rows, T (*read)(const SqlRow&), std::string_view what) {
  if (!rows) return base::Fail(std::move(rows).error());
  if (rows->empty()) return base::Fail(base::NotFound(std::string(what) + " not found"));
  return read(rows->front());
}

template <typename T>
Result<std::vector<T>> Many(Result<SqlRows> rows, T (*read)(const SqlRow&)) {
  if (!rows) return base::Fail(std::move(rows).error());
  std::vector<T> out;
  out.reserve(rows->size());
  for (const SqlRow& row : *rows) out.push_back(read(row));
  return out;
}

constexpr std::string_view kClinicColumns = "clinic_id, slug, name, time_zone, created_us, phone";

Clinic ReadClinic(const SqlRow& row) {
  return {.id = row.Id<base::ClinicId>(0),
          .slug = row.Text(1),
          .name = row.Text(2),
          .time_zone = row.Text(3),
          .created_at = row.Time(4),
          .phone = row.Text(5)};
}

constexpr std::string_view kUserColumns =
    "clinic_id, id, email, display_name, role, title, patient_id, password_hash, active, "
    "created_us";

User ReadUser(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::UserId>(1),
          .email = row.Text(2),
          .display_name = row.Text(3),
          .role = domain::ParseCode<domain::Role>(row.Text(4)).value_or(domain::Role::kFrontDesk),
          .title = row.Text(5),
          .patient_id = row.OptId<base::PatientId>(6),
          .password_hash = row.Text(7),
          .active = row.Int(8) != 0,
          .created_at = row.Time(9)};
}

constexpr std::string_view kResourceColumns = "clinic_id, id, kind, name, serial, active";

Resource ReadResource(const SqlRow& row) {
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::ResourceId>(1),
          .kind = domain::ParseCode<domain::ResourceKind>(row.Text(2))
                      .value_or(domain::ResourceKind::kRoom),
          .name = row.Text(3),
          .serial = row.Text(4),
          .active = row.Int(5) != 0};
}

constexpr std::string_view kPatientColumns =
    "clinic_id, id, given_name, family_name, birth_date, email, phone, fitzpatrick, created_us, "
    "updated_us, version, archived, merged_into";

Patient ReadPatient(const SqlRow& row) {
  std::optional<int64_t> fitzpatrick = row.OptInt(7);
  return {.clinic_id = row.Id<base::ClinicId>(0),
          .id = row.Id<base::PatientId>(1),
          .given_name = row.Text(2),
          .family_name = row.Text(3),
          .birth_date = row.Date(4),
          .email = row.Text(5),
          .phone = row.Text(6),
          .fitzpatrick =
              fitzpatrick ? std::optional<int>(static_cast<int>(*fitzpatrick)) : std::nullopt,
          .created_at = row.Time(8),
          .updated_at = row.Time(9),
          .version = row.Int(10),
          .archived = row.Int(11) != 0,
          .merged_into = row.OptId<base::PatientId>(12)};
}

std::string Select(std::string_view columns, std::string_view rest) {
  return "SELECT " + std::string(columns) + " " + std::string(rest);
}

}  // namespace

// ---- Clinic ---------------------------------------------------------------------------------

Result<Clinic> SqlClinics::Get() {
  static const std::string sql = Select(kClinicColumns, "FROM clinics WHERE clinic_id = ?");
  return Single(c_.session.Query(sql, {c_.clinic}), ReadClinic, "clinic");
}

Result<Clinic> SqlClinics::Update(const Clinic& clinic) {
  NP_ASSIGN_OR_RETURN(Clinic current, Get());
  if (clinic.slug != current.slug) {
    // The directory row first (a taken slug fails here), then the clinic's copy; the
    // foreign key between them is checked at commit.
    NP_RETURN_IF_ERROR(c_.session.DeferForeignKeys());
    NP_RETURN_IF_ERROR(c_.session.Execute(
        "UPDATE clinic_directory SET slug = ? WHERE clinic_id = ?", {clinic.slug, c_.clinic}));
  }
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute("UPDATE clinics SET name = ?, time_zone = ?, slug = ?, "
                         "phone = ? WHERE clinic_id = ?",
                         {clinic.name, clinic.time_zone, clinic.slug, clinic.phone, c_.clinic}));
  if (changed == 0) return base::Fail(base::NotFound("clinic not found"));
  return Get();
}

// ---- Users ----------------------------------------------------------------------------------

Result<User> SqlUsers::Create(const User& user) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO users (clinic_id, id, email, display_name, role, title, "
      "patient_id, password_hash, active, created_us) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c_.clinic, id, AsciiLower(user.email), user.display_name, domain::CodeName(user.role),
       user.title, user.patient_id, user.password_hash, user.active, now}));
  return Get(base::UserId(id));
}

Result<User> SqlUsers::Get(base::UserId id) {
  static const std::string sql = Select(kUserColumns, "FROM users WHERE clinic_id = ? AND id = ?");
  return Single(c_.session.Query(sql, {c_.clinic, id}), ReadUser, "user");
}

Result<User> SqlUsers::FindByEmail(std::string_view email) {
  static const std::string sql =
      Select(kUserColumns, "FROM users WHERE clinic_id = ? AND email = ?");
  return Single(c_.session.Query(sql, {c_.clinic, AsciiLower(email)}), ReadUser, "user");
}

Result<std::vector<User>> SqlUsers::ListStaff() {
  static const std::string sql = Select(
      kUserColumns,
      "FROM users WHERE clinic_id = ? AND role <> 'patient' ORDER BY role, display_name, id");
  return Many(c_.session.Query(sql, {c_.clinic}), ReadUser);
}

base::Status SqlUsers::LockStaff() {
  // The clinic's id names it among every resource (ids come from one sequence).
  const std::array<int64_t, 1> clinic = {c_.clinic.value()};
  return c_.session.LockResources(clinic);
}

Result<User> SqlUsers::FindPortalAccount(base::PatientId patient) {
  static const std::string sql =
      Select(kUserColumns, "FROM users WHERE clinic_id = ? AND patient_id = ?");
  return Single(c_.session.Query(sql, {c_.clinic, patient}), ReadUser, "portal account");
}

Result<std::vector<User>> SqlUsers::ListPortalAccounts() {
  static const std::string sql =
      Select(kUserColumns,
             "FROM users WHERE clinic_id = ? AND patient_id IS NOT NULL ORDER BY display_name, id");
  return Many(c_.session.Query(sql, {c_.clinic}), ReadUser);
}

Result<User> SqlUsers::Update(const User& user) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute("UPDATE users SET email = ?, display_name = ?, role = ?, title = ?, "
                         "password_hash = ?, active = ? WHERE clinic_id = ? AND id = ?",
                         {AsciiLower(user.email), user.display_name, domain::CodeName(user.role),
                          user.title, user.password_hash, user.active, c_.clinic, user.id}));
  if (changed == 0) return base::Fail(base::NotFound("user not found"));
  return Get(user.id);
}

// ---- Resources ------------------------------------------------------------------------------

Result<Resource> SqlResources::Create(const Resource& resource) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  NP_RETURN_IF_ERROR(
      c_.session.Execute("INSERT INTO resources (clinic_id, id, kind, name, serial, active) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         {c_.clinic, id, domain::CodeName(resource.kind), resource.name,
                          resource.serial, resource.active}));
  return Get(base::ResourceId(id));
}

Result<Resource> SqlResources::Update(const Resource& resource) {
  NP_ASSIGN_OR_RETURN(int64_t changed,
                      c_.session.Execute("UPDATE resources SET name = ?, serial = ?, active = ? "
                                         "WHERE clinic_id = ? AND id = ?",
                                         {resource.name, resource.serial, resource.active,
                                          c_.clinic, resource.id}));
  if (changed == 0) return base::Fail(base::NotFound("resource not found"));
  return Get(resource.id);
}

Result<Resource> SqlResources::Get(base::ResourceId id) {
  static const std::string sql =
      Select(kResourceColumns, "FROM resources WHERE clinic_id = ? AND id = ?");
  return Single(c_.session.Query(sql, {c_.clinic, id}), ReadResource, "resource");
}

Result<std::vector<Resource>> SqlResources::List() {
  static const std::string sql =
      Select(kResourceColumns, "FROM resources WHERE clinic_id = ? ORDER BY kind, name, id");
  return Many(c_.session.Query(sql, {c_.clinic}), ReadResource);
}

// ---- Patients -------------------------------------------------------------------------------

Result<Patient> SqlPatients::Create(const Patient& patient) {
  NP_ASSIGN_OR_RETURN(int64_t id, c_.session.NextId());
  const base::Timestamp now = c_.clock.Now();
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "INSERT INTO patients (clinic_id, id, given_name, family_name, birth_date, "
      "email, phone, fitzpatrick, search_key, created_us, updated_us, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {c_.clinic, id, patient.given_name, patient.family_name, patient.birth_date, patient.email,
       patient.phone, patient.fitzpatrick, PatientSearchKey(patient), now, now}));
  return Get(base::PatientId(id));
}

Result<Patient> SqlPatients::Get(base::PatientId id) {
  static const std::string sql =
      Select(kPatientColumns, "FROM patients WHERE clinic_id = ? AND id = ?");
  return Single(c_.session.Query(sql, {c_.clinic, id}), ReadPatient, "patient");
}

Result<Patient> SqlPatients::Update(const Patient& patient) {
  NP_ASSIGN_OR_RETURN(
      int64_t changed,
      c_.session.Execute(
          "UPDATE patients SET given_name = ?, family_name = ?, birth_date = ?, "
          "email = ?, phone = ?, fitzpatrick = ?, search_key = ?, archived = ?, updated_us = ?, "
          "version = version + 1 "
          "WHERE clinic_id = ? AND id = ? AND version = ?",
          {patient.given_name, patient.family_name, patient.birth_date, patient.email,
           patient.phone, patient.fitzpatrick, PatientSearchKey(patient), patient.archived,
           c_.clock.Now(), c_.clinic, patient.id, patient.version}));
  if (changed == 0) {
    NP_RETURN_IF_ERROR(Get(patient.id));  // kNotFound if missing
    return base::Fail(base::Conflict("the patient was changed by someone else; reload and retry"));
  }
  return Get(patient.id);
}

Result<Page<Patient>> SqlPatients::Search(const PatientQuery& query) {
  std::string where = "FROM patients WHERE clinic_id = ?";
  if (!query.include_hidden) where += " AND archived = 0 AND merged_into IS NULL";
  std::vector<SqlParam> params = {c_.clinic};
  for (const std::string& word : PatientSearchWords(query.text)) {
    where += " AND search_key LIKE ? ESCAPE '\\'";
    params.emplace_back("%" + LikeLiteral(word) + "%");
  }
  NP_ASSIGN_OR_RETURN(SqlRows count, c_.session.Query("SELECT count(*) " + where, params));
  params.emplace_back(std::clamp(query.limit, 1, 500));
  params.emplace_back(std::max(query.offset, 0));
  NP_ASSIGN_OR_RETURN(
      std::vector<Patient> items,
      Many(c_.session.Query(Select(kPatientColumns, where + " ORDER BY family_name, given_name, id "
                                                            "LIMIT ? OFFSET ?"),
                            params),
           ReadPatient));
  return Page<Patient>{std::move(items), count.front().Int(0)};
}

Result<std::vector<Patient>> SqlPatients::FindLikelyDuplicates(const Patient& patient) {
  // The indexes narrow to one birth date or one e-mail; the names are compared in C++ by the
  // rule the twin shares.
  static const std::string sql =
      Select(kPatientColumns,
             "FROM patients WHERE clinic_id = ? AND merged_into IS NULL AND id <> ? "
             "AND (birth_date = ? OR (email <> '' AND lower(email) = lower(CAST(? AS TEXT)))) "
             "ORDER BY id");
  NP_ASSIGN_OR_RETURN(
      std::vector<Patient> candidates,
      Many(c_.session.Query(sql, {c_.clinic, patient.id, patient.birth_date, patient.email}),
           ReadPatient));
  std::erase_if(candidates, [&](const Patient& other) { return !LikelyDuplicate(patient, other); });
  return candidates;
}

Result<MergeCounts> SqlPatients::Merge(base::PatientId duplicate, base::PatientId into) {
  MergeCounts counts;
  const SqlParams move = {into, c_.clinic, duplicate};
  NP_ASSIGN_OR_RETURN(counts.consultations,
                      c_.session.Execute("UPDATE consultations SET patient_id = ? "
                                         "WHERE clinic_id = ? AND patient_id = ?",
                                         move));
  NP_ASSIGN_OR_RETURN(counts.plans, c_.session.Execute("UPDATE treatment_plans SET patient_id = ? "
                                                       "WHERE clinic_id = ? AND patient_id = ?",
                                                       move));
  NP_ASSIGN_OR_RETURN(counts.appointments,
                      c_.session.Execute("UPDATE appointments SET patient_id = ? "
                                         "WHERE clinic_id = ? AND patient_id = ?",
                                         move));
  NP_ASSIGN_OR_RETURN(
      int64_t accounts,
      c_.session.Execute("UPDATE users SET patient_id = ? WHERE clinic_id = ? AND patient_id = ? "
                         "AND NOT EXISTS (SELECT 1 FROM users u WHERE u.clinic_id = ? "
                         "AND u.patient_id = ?)",
                         {into, c_.clinic, duplicate, c_.clinic, into}));
  counts.portal_account = accounts > 0;
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE outbox SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE booking_requests SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE consent_signatures SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE photos SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE photo_overlays SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_ASSIGN_OR_RETURN(
      counts.sessions,
      c_.session.Execute(
          "UPDATE treatment_sessions SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?",
          move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE adverse_reports SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE adverse_events SET patient_id = ? WHERE clinic_id = ? AND patient_id = ?", move));
  // The duplicate's skin-type assessments follow, numbered after the record's own.
  NP_RETURN_IF_ERROR(c_.session.Execute(
      "UPDATE skin_type_assessments SET patient_id = ?, seq = seq + (SELECT coalesce(max(seq), 0) "
      "FROM skin_type_assessments WHERE clinic_id = ? AND patient_id = ?) "
      "WHERE clinic_id = ? AND patient_id = ?",
      {into, c_.clinic, into, c_.clinic, duplicate}));
  NP_ASSIGN_OR_RETURN(int64_t marked,
                      c_.session.Execute("UPDATE patients SET merged_into = ?, updated_us = ?, "
                                         "version = version + 1 WHERE clinic_id = ? AND id = ?",
                                         {into, c_.clock.Now(), c_.clinic, duplicate}));
  if (marked == 0) return base::Fail(base::NotFound("patient not found"));
  return counts;
}

Result<std::vector<base::PatientId>> SqlPatients::ListMergedInto(base::PatientId patient) {
  NP_ASSIGN_OR_RETURN(SqlRows rows, c_.session.Query("SELECT id FROM patients WHERE clinic_id = ? "
                                                     "AND merged_into = ? ORDER BY id",
                                                     {c_.clinic, patient}));
  std::vector<base::PatientId> out;
  for (const SqlRow& row : rows) out.push_back(row.Id<base::PatientId>(0));
  return out;
}

}  // namespace needlepoint::storage::sql
