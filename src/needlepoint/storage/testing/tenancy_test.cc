// Tenant isolation: with two clinics, no repository call for one returns, counts or modifies
// the other's rows; on PostgreSQL the database itself hides rows without a tenant.
#include <gtest/gtest.h>

#include "needlepoint/storage/postgres/pg_connection.h"
#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;

class TenancyTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    base::Result<std::unique_ptr<TestStore>> store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    a_ = SeedClinic(store_->db(), "tenant-a").value();
    b_ = SeedClinic(store_->db(), "tenant-b").value();
    // Give B some history of every kind.
    auto tx = store_->db().Begin(b_.clinic.id, Access::kWrite).value();
    b_consultation_ =
        tx->consultations().Create(SampleConsultation(b_.patient.id, b_.provider.id)).value();
    b_plan_ = tx->plans().Create(SamplePlan(b_consultation_)).value();
    domain::Appointment appointment;
    appointment.patient_id = b_.patient.id;
    appointment.provider_id = b_.provider.id;
    appointment.start = At(600);
    appointment.end = At(660);
    b_appointment_ = tx->appointments().Create(appointment).value();
    domain::AuditEntry entry;
    entry.action = "patient.read";
    entry.object_type = "patient";
    entry.patient_id = b_.patient.id;
    ASSERT_TRUE(tx->audit().Append(entry).has_value());
    ASSERT_TRUE(tx->Commit().ok());
  }

  std::unique_ptr<Transaction> InA(Access access = Access::kWrite) {
    return store_->db().Begin(a_.clinic.id, access).value();
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic a_, b_;
  domain::Consultation b_consultation_;
  domain::TreatmentPlan b_plan_;
  domain::Appointment b_appointment_;
};

TEST_P(TenancyTest, AnotherClinicsIdsAnswerLikeMissingOnes) {
  auto tx = InA();
  EXPECT_EQ(tx->patients().Get(b_.patient.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->users().Get(b_.provider.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->users().FindByEmail("nurse@example.test").value().id, a_.provider.id);
  EXPECT_EQ(tx->resources().Get(b_.room.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->consultations().Get(b_consultation_.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->plans().Get(b_plan_.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->appointments().Get(b_appointment_.id).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->clinic_settings().Get().value().id, a_.clinic.id);
}

TEST_P(TenancyTest, ListsAndCountsSeeOnlyTheOwnClinic) {
  auto tx = InA(Access::kRead);
  Page<domain::Patient> everyone = tx->patients().Search({"", 500, 0}).value();
  EXPECT_EQ(everyone.total, 2);
  for (const domain::Patient& p : everyone.items) EXPECT_EQ(p.clinic_id, a_.clinic.id);
  EXPECT_EQ(tx->users().ListStaff().value().size(), 4u);
  EXPECT_EQ(tx->resources().List().value().size(), 3u);
  EXPECT_TRUE(tx->consultations().ListForPatient(b_.patient.id).value().empty());
  EXPECT_TRUE(tx->plans().ListForPatient(b_.patient.id).value().empty());
  EXPECT_TRUE(tx->appointments().ListForPatient(b_.patient.id).value().empty());
  EXPECT_TRUE(tx->appointments()
                  .ListForProvider(b_.provider.id, base::Timestamp::min(), base::Timestamp::max())
                  .value()
                  .empty());
  EXPECT_TRUE(tx->audit().List({.limit = 1000}).value().empty());
  EXPECT_EQ(tx->audit().Head().value().first, 0);
}

TEST_P(TenancyTest, WritesCannotReachAnotherClinic) {
  auto tx = InA();
  domain::Patient stolen = b_.patient;
  stolen.given_name = "Mallory";
  EXPECT_EQ(tx->patients().Update(stolen).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(tx->appointments()
                .SetStatus(b_appointment_.id, domain::AppointmentStatus::kCancelled)
                .error()
                .code(),
            StatusCode::kNotFound);
  EXPECT_EQ(tx->appointments()
                .Reschedule(b_appointment_.id, At(0), At(30), b_appointment_.version)
                .error()
                .code(),
            StatusCode::kNotFound);
  domain::TreatmentPlan plan = b_plan_;
  EXPECT_EQ(tx->plans().Update(plan).error().code(), StatusCode::kNotFound);
  domain::User user = b_.provider;
  user.role = domain::Role::kOwner;
  EXPECT_EQ(tx->users().Update(user).error().code(), StatusCode::kNotFound);
  // Booking in A with B's patient and provider fails: they do not exist in A.
  domain::Appointment cross;
  cross.patient_id = b_.patient.id;
  cross.provider_id = b_.provider.id;
  cross.start = At(600);
  cross.end = At(660);
  EXPECT_EQ(tx->appointments().Create(cross).error().code(), StatusCode::kFailedPrecondition);
  // On PostgreSQL a failed statement aborts the transaction, and Commit says so.
  EXPECT_EQ(tx->Commit().ok(), GetParam() != "postgres");

  auto in_b = store_->db().Begin(b_.clinic.id, Access::kRead).value();
  EXPECT_EQ(in_b->patients().Get(b_.patient.id).value().given_name, "Ada");
  EXPECT_EQ(in_b->appointments().Get(b_appointment_.id).value().status,
            domain::AppointmentStatus::kBooked);
  EXPECT_EQ(in_b->users().Get(b_.provider.id).value().role, domain::Role::kProvider);
  EXPECT_EQ(in_b->audit().Head().value().first, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, TenancyTest, ::testing::Values("sqlite", "postgres", "memory"),
                         BackendName);

// PostgreSQL enforces the tenant a second time, below the application.
class PostgresRowSecurityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (TestPostgresUrl().empty()) GTEST_SKIP() << "no PostgreSQL test cluster";
    store_ = OpenTestStore("postgres", clock_).value();
    a_ = SeedClinic(store_->db(), "rls-a").value();
    b_ = SeedClinic(store_->db(), "rls-b").value();
    app_ = postgres::PgConnection::Connect(TestPostgresUrl()).value();
    ASSERT_TRUE(app_->Exec("SET ROLE needlepoint_app").ok());
  }

  std::string Count(const std::string& table) {
    auto rows = app_->Query("SELECT count(*) FROM " + table, {});
    return rows ? std::to_string(rows->front().Int(0)) : rows.error().message();
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic a_, b_;
  std::unique_ptr<postgres::PgConnection> app_;
};

TEST_F(PostgresRowSecurityTest, RawQueriesWithoutATenantSeeNothing) {
  for (const char* table :
       {"clinics", "patients", "users", "resources", "appointments", "consultations",
        "treatment_plans", "plan_zones", "audit_log", "audit_heads"}) {
    EXPECT_EQ(Count(table), "0") << table;
  }
}

TEST_F(PostgresRowSecurityTest, ATenantSeesOnlyItsOwnRowsAndCannotWriteOthers) {
  ASSERT_TRUE(app_->Exec("BEGIN").ok());
  ASSERT_TRUE(app_->SetTenant(a_.clinic.id).ok());
  EXPECT_EQ(Count("patients"), "2");
  auto stolen =
      app_->Execute("UPDATE patients SET given_name = 'x' WHERE clinic_id = ?", {b_.clinic.id});
  ASSERT_TRUE(stolen.has_value());
  EXPECT_EQ(*stolen, 0);  // invisible, so untouched
  auto forged = app_->Execute(
      "INSERT INTO resources (clinic_id, id, kind, name, active) VALUES (?, ?, 'room', 'x', 1)",
      {b_.clinic.id, int64_t{990000001}});
  EXPECT_FALSE(forged.has_value());  // violates the policy's WITH CHECK
  ASSERT_TRUE(app_->Exec("ROLLBACK").ok());
}

TEST_F(PostgresRowSecurityTest, EveryTenantTableHasForcedRowSecurity) {
  auto owner = postgres::PgConnection::Connect(TestPostgresUrl()).value();
  auto rows = owner
                  ->Query(
                      "SELECT c.relname, c.relrowsecurity::text, c.relforcerowsecurity::text "
                      "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                      "WHERE a.attname = 'clinic_id' AND c.relkind = 'r' "
                      "AND n.nspname = 'public' AND c.relname <> 'clinic_directory'",
                      {})
                  .value();
  EXPECT_GE(rows.size(), 10u);
  for (const auto& row : rows) {
    EXPECT_EQ(row.Text(1), "true") << row.Text(0) << " lacks row-level security";
    EXPECT_EQ(row.Text(2), "true") << row.Text(0) << " does not force row-level security";
  }
}

TEST_F(PostgresRowSecurityTest, TheApplicationRoleCannotRewriteTheAuditLog) {
  ASSERT_TRUE(app_->Exec("BEGIN").ok());
  ASSERT_TRUE(app_->SetTenant(a_.clinic.id).ok());
  EXPECT_FALSE(app_->Execute("DELETE FROM audit_log", {}).has_value());
  ASSERT_TRUE(app_->Exec("ROLLBACK").ok());
}

}  // namespace
}  // namespace needlepoint::storage::testing
