// The storage behind accounts and patient records, on every backend (SQLite, PostgreSQL and
// the in-memory twin): renaming a clinic's login name, set-password links (one per account,
// stored by hash, single use), one portal account per patient, archived records hidden from
// search, likely-duplicate lookup, merging a duplicate (nothing left behind) and audit
// searches that follow merged records.
#include <gtest/gtest.h>

#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

using base::StatusCode;
using std::chrono::hours;

class AccountRepositories : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) {
      GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
    }
    auto store = OpenTestStore(GetParam(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().ToString();
    store_ = std::move(*store);
    auto seed = SeedClinic(db(), "accounts");
    ASSERT_TRUE(seed.has_value()) << seed.error().ToString();
    seed_ = *seed;
  }

  Database& db() { return store_->db(); }
  std::unique_ptr<Transaction> Write() {
    return db().Begin(seed_.clinic.id, Access::kWrite).value();
  }
  std::unique_ptr<Transaction> Read() { return db().Begin(seed_.clinic.id, Access::kRead).value(); }

  domain::User Portal(base::PatientId patient, const std::string& email) {
    domain::User user;
    user.email = email;
    user.display_name = "Portal " + email;
    user.role = domain::Role::kPatient;
    user.patient_id = patient;
    user.password_hash = std::string(domain::kNoPassword);
    return user;
  }

  domain::Patient NewPatient(const std::string& given, const std::string& family,
                             base::CivilDate born, const std::string& email = "") {
    domain::Patient patient;
    patient.given_name = given;
    patient.family_name = family;
    patient.birth_date = born;
    patient.email = email;
    return patient;
  }

  base::FakeClock clock_{At(0)};
  std::unique_ptr<TestStore> store_;
  SeededClinic seed_;
};

TEST_P(AccountRepositories, AClinicsLoginNameCanBeRenamedButNotToAnotherClinicsName) {
  SeededClinic other = SeedClinic(db(), "accounts-other").value();
  const std::string renamed = UniqueSlug("renamed");
  {
    auto tx = Write();
    domain::Clinic clinic = tx->clinic_settings().Get().value();
    clinic.slug = renamed;
    ASSERT_EQ(tx->clinic_settings().Update(clinic).value().slug, renamed);
    ASSERT_TRUE(tx->Commit().ok());
  }
  EXPECT_EQ(db().FindClinic(renamed).value(), seed_.clinic.id);
  EXPECT_EQ(db().FindClinic(seed_.clinic.slug).error().code(), StatusCode::kNotFound);
  EXPECT_EQ(Read()->clinic_settings().Get().value().slug, renamed);
  {
    auto tx = Write();
    domain::Clinic clinic = tx->clinic_settings().Get().value();
    clinic.slug = other.clinic.slug;
    clinic.name = "Taken";
    base::Result<domain::Clinic> taken = tx->clinic_settings().Update(clinic);
    ASSERT_FALSE(taken.has_value());
    EXPECT_EQ(taken.error().code(), StatusCode::kConflict);
  }
  EXPECT_EQ(db().FindClinic(other.clinic.slug).value(), other.clinic.id);
  EXPECT_EQ(db().FindClinic(renamed).value(), seed_.clinic.id);
  EXPECT_EQ(Read()->clinic_settings().Get().value().name, "Harbour Skin");
  // The clinic's own name again, and its old one back: both fine.
  auto tx = Write();
  domain::Clinic clinic = tx->clinic_settings().Get().value();
  clinic.slug = seed_.clinic.slug;
  ASSERT_TRUE(tx->clinic_settings().Update(clinic).has_value());
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_EQ(db().FindClinic(seed_.clinic.slug).value(), seed_.clinic.id);
  EXPECT_EQ(db().FindClinic(renamed).error().code(), StatusCode::kNotFound);
}

TEST_P(AccountRepositories, AnAccountHasOneSetPasswordLinkThatCanBeUsedOnce) {
  auto tx = Write();
  domain::PasswordToken first{.user_id = seed_.provider.id,
                              .token_hash = std::string(64, 'a'),
                              .purpose = domain::PasswordTokenPurpose::kInvitation,
                              .created_by = seed_.owner.id,
                              .created_at = clock_.Now(),
                              .expires_at = clock_.Now() + hours(72)};
  ASSERT_TRUE(tx->password_tokens().Put(first).ok());
  domain::PasswordToken found = tx->password_tokens().Get(first.token_hash).value();
  EXPECT_EQ(found.user_id, seed_.provider.id);
  EXPECT_EQ(found.created_by, seed_.owner.id);
  EXPECT_EQ(found.purpose, domain::PasswordTokenPurpose::kInvitation);
  EXPECT_EQ(found.expires_at, first.expires_at);
  // A second link for the same account voids the first.
  domain::PasswordToken second = first;
  second.token_hash = std::string(64, 'b');
  second.purpose = domain::PasswordTokenPurpose::kReset;
  second.created_by.reset();
  ASSERT_TRUE(tx->password_tokens().Put(second).ok());
  EXPECT_EQ(tx->password_tokens().Get(first.token_hash).error().code(), StatusCode::kNotFound);
  EXPECT_FALSE(tx->password_tokens().Get(second.token_hash)->created_by.has_value());
  // Another account cannot reuse the hash.
  domain::PasswordToken clash = second;
  clash.user_id = seed_.front_desk.id;
  EXPECT_EQ(tx->password_tokens().Put(clash).code(), StatusCode::kConflict);
  tx.reset();  // after a failed call: discard, do not commit
  auto put = Write();
  ASSERT_TRUE(put->password_tokens().Put(second).ok());
  ASSERT_TRUE(put->Commit().ok());
  put.reset();

  auto use = Write();
  EXPECT_TRUE(use->password_tokens().Consume(second.token_hash).value());
  EXPECT_FALSE(use->password_tokens().Consume(second.token_hash).value()) << "single use";
  ASSERT_TRUE(use->Commit().ok());
  use.reset();
  EXPECT_EQ(Read()->password_tokens().Get(second.token_hash).error().code(), StatusCode::kNotFound);

  auto again = Write();
  ASSERT_TRUE(again->password_tokens().Put(first).ok());
  ASSERT_TRUE(again->password_tokens().DeleteForUser(seed_.provider.id).ok());
  EXPECT_EQ(again->password_tokens().Get(first.token_hash).error().code(), StatusCode::kNotFound);
}

TEST_P(AccountRepositories, APatientHasAtMostOnePortalAccount) {
  auto tx = Write();
  EXPECT_EQ(tx->users().FindPortalAccount(seed_.patient.id).error().code(), StatusCode::kNotFound);
  domain::User account = tx->users().Create(Portal(seed_.patient.id, "ada@portal.test")).value();
  EXPECT_EQ(tx->users().FindPortalAccount(seed_.patient.id).value().id, account.id);
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();
  auto twice = Write();
  base::Result<domain::User> second =
      twice->users().Create(Portal(seed_.patient.id, "x@portal.test"));
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code(), StatusCode::kConflict);
  twice.reset();

  auto more = Write();
  ASSERT_TRUE(more->users().Create(Portal(seed_.patient2.id, "grace@portal.test")).has_value());
  std::vector<domain::User> accounts = more->users().ListPortalAccounts().value();
  ASSERT_EQ(accounts.size(), 2u);
  EXPECT_EQ(accounts[0].email, "ada@portal.test");  // by display name
  const std::vector<domain::User> staff_list = more->users().ListStaff().value();
  for (const domain::User& staff : staff_list) {
    EXPECT_FALSE(staff.patient_id.has_value());
  }
  // E-mail changes are checked for uniqueness too.
  account.email = "Ada.New@Portal.test";
  EXPECT_EQ(more->users().Update(account).value().email, "ada.new@portal.test");
  account.email = "GRACE@portal.test";
  EXPECT_EQ(more->users().Update(account).error().code(), StatusCode::kConflict);
}

TEST_P(AccountRepositories, ArchivedRecordsAreHiddenFromSearchButStillRead) {
  {
    auto tx = Write();
    domain::Patient grace = tx->patients().Get(seed_.patient2.id).value();
    grace.archived = true;
    EXPECT_TRUE(tx->patients().Update(grace).value().archived);
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto read = Read();
  EXPECT_EQ(read->patients().Search({"hopper", 10, 0}).value().total, 0);
  EXPECT_EQ(read->patients().Search({"", 10, 0}).value().total, 1);
  PatientQuery hidden{"hopper", 10, 0};
  hidden.include_hidden = true;
  ASSERT_EQ(read->patients().Search(hidden).value().total, 1);
  EXPECT_TRUE(read->patients().Search(hidden)->items[0].archived);
  EXPECT_TRUE(read->patients().Get(seed_.patient2.id).value().archived);
}

TEST_P(AccountRepositories, LikelyDuplicatesMatchNormalisedNameAndBirthDateOrEmail) {
  const base::CivilDate born = *base::CivilDate::FromYmd(1988, 3, 14);
  auto tx = Write();
  // Ada Lovelace, 1988-03-14, ada@example.test is seeded; Grace Hopper shares the birth date.
  domain::Patient same_name = NewPatient("  ADA ", "lovelace ", born);
  std::vector<domain::Patient> found = tx->patients().FindLikelyDuplicates(same_name).value();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, seed_.patient.id);
  domain::Patient same_email =
      NewPatient("Augusta", "King", *base::CivilDate::FromYmd(1990, 1, 1), "ADA@Example.Test");
  found = tx->patients().FindLikelyDuplicates(same_email).value();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, seed_.patient.id);
  EXPECT_TRUE(tx->patients()
                  .FindLikelyDuplicates(NewPatient("Ada", "Lovelace", born.AddDays(1)))
                  .value()
                  .empty());
  EXPECT_TRUE(tx->patients()
                  .FindLikelyDuplicates(NewPatient("Ada", "Byron", born, "other@example.test"))
                  .value()
                  .empty());
  // A record is not its own duplicate; a merged record is nobody's.
  EXPECT_TRUE(tx->patients().FindLikelyDuplicates(seed_.patient).value().empty());
  domain::Patient copy = tx->patients().Create(NewPatient("Ada", "Lovelace", born)).value();
  EXPECT_EQ(tx->patients().FindLikelyDuplicates(same_name).value().size(), 2u);
  ASSERT_TRUE(tx->patients().Merge(copy.id, seed_.patient.id).has_value());
  EXPECT_EQ(tx->patients().FindLikelyDuplicates(same_name).value().size(), 1u);
}

TEST_P(AccountRepositories, AMergeMovesEverythingAndKeepsTheDuplicate) {
  auto tx = Write();
  domain::Patient duplicate =
      tx->patients()
          .Create(NewPatient("Ada", "Lovelace", *base::CivilDate::FromYmd(1988, 3, 14)))
          .value();
  const domain::Consultation consultation =
      tx->consultations().Create(SampleConsultation(duplicate.id, seed_.provider.id)).value();
  const domain::TreatmentPlan plan = tx->plans().Create(SamplePlan(consultation)).value();
  domain::Appointment appointment;
  appointment.patient_id = duplicate.id;
  appointment.provider_id = seed_.provider.id;
  appointment.start = At(60);
  appointment.end = At(120);
  appointment = tx->appointments().Create(appointment).value();
  domain::User account = tx->users().Create(Portal(duplicate.id, "dup@portal.test")).value();
  ASSERT_TRUE(tx->Commit().ok());
  tx.reset();

  auto merge = Write();
  MergeCounts counts = merge->patients().Merge(duplicate.id, seed_.patient.id).value();
  EXPECT_EQ(counts.consultations, 1);
  EXPECT_EQ(counts.plans, 1);
  EXPECT_EQ(counts.appointments, 1);
  EXPECT_TRUE(counts.portal_account);
  ASSERT_TRUE(merge->Commit().ok());
  merge.reset();

  auto read = Read();
  domain::Patient kept = read->patients().Get(duplicate.id).value();
  EXPECT_EQ(kept.merged_into, seed_.patient.id);
  EXPECT_EQ(kept.version, duplicate.version + 1);
  EXPECT_EQ(kept.given_name, "Ada") << "nothing of the duplicate is deleted";
  EXPECT_EQ(read->consultations().Get(consultation.id)->patient_id, seed_.patient.id);
  EXPECT_EQ(read->plans().Get(plan.id)->patient_id, seed_.patient.id);
  EXPECT_EQ(read->appointments().Get(appointment.id)->patient_id, seed_.patient.id);
  EXPECT_EQ(read->users().Get(account.id)->patient_id, seed_.patient.id);
  EXPECT_TRUE(read->consultations().ListForPatient(duplicate.id)->empty());
  EXPECT_TRUE(read->plans().ListForPatient(duplicate.id)->empty());
  EXPECT_TRUE(read->appointments().ListForPatient(duplicate.id)->empty());
  EXPECT_EQ(read->patients().ListMergedInto(seed_.patient.id).value(),
            std::vector<base::PatientId>{duplicate.id});
  // Hidden from search like an archived record.
  EXPECT_EQ(read->patients().Search({"lovelace", 10, 0}).value().total, 1);
  read.reset();

  // Merging another record whose target already has a portal account leaves that account
  // where it was.
  auto third = Write();
  domain::Patient again =
      third->patients()
          .Create(NewPatient("Ada", "Lovelace", *base::CivilDate::FromYmd(1988, 3, 14)))
          .value();
  domain::User second = third->users().Create(Portal(again.id, "again@portal.test")).value();
  MergeCounts none = third->patients().Merge(again.id, seed_.patient.id).value();
  EXPECT_FALSE(none.portal_account);
  EXPECT_EQ(none.consultations, 0);
  EXPECT_EQ(third->users().Get(second.id)->patient_id, again.id);
}

TEST_P(AccountRepositories, AuditSearchesCanIncludeMergedRecords) {
  auto tx = Write();
  for (base::PatientId patient : {seed_.patient.id, seed_.patient2.id, seed_.patient.id}) {
    domain::AuditEntry entry;
    entry.action = "patient.read";
    entry.object_type = "patient";
    entry.patient_id = patient;
    ASSERT_TRUE(tx->audit().Append(entry).has_value());
  }
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Read();
  AuditQuery query;
  query.patient_id = seed_.patient.id;
  EXPECT_EQ(read->audit().List(query).value().size(), 2u);
  query.merged_patients = {seed_.patient2.id};
  EXPECT_EQ(read->audit().List(query).value().size(), 3u);
  query.patient_id = seed_.patient2.id;
  query.merged_patients.clear();
  EXPECT_EQ(read->audit().List(query).value().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountRepositories,
                         ::testing::Values("sqlite", "postgres", "memory"), BackendName);

}  // namespace
}  // namespace needlepoint::storage::testing
