// The consultation and plan use cases on the in-memory twin: what app/ adds to the engines —
// binding an intake to its patient, keeping the skin-type history, choosing the protocol
// version, the override role rule, optimistic versions, audit rows in the same transaction,
// and nothing stored when something is refused.
#include "needlepoint/app/consultations.h"

#include <gtest/gtest.h>

#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::app {
namespace {

using base::StatusCode;
using nlohmann::json;

class ConsultationsTest : public storage::memory::testing::MemoryDatabaseTest {
 protected:
  ConsultationsTest() {
    auto tx = Write(harbour_);
    provider_ =
        tx->users().Create(NewStaff("p@harbour.test", domain::Role::kProvider, "P")).value();
    owner_ = tx->users().Create(NewStaff("o@harbour.test", domain::Role::kOwner, "O")).value();
    patient_ = tx->patients().Create(NewPatient("Ada", "Lovelace")).value();  // born 1990-05-17
    EXPECT_TRUE(tx->Commit().ok());
  }

  RequestContext As(const domain::User& user) {
    RequestContext context;
    context.principal = {harbour_, user.id, user.role, {}, "", {}};
    context.request_id = "test";
    return context;
  }
  static json Intake(json extra = json::object()) {
    json intake = {{"assessed_on", "2025-03-01"},
                   {"areas", {"cheeks"}},
                   {"concerns", {{{"code", "texture"}, {"severity", 2}}}}};
    intake.update(extra);
    return intake;
  }
  size_t Count(const std::string& action) {
    storage::AuditQuery query = AllRows();
    query.action = action;
    return Read(harbour_)->audit().List(query)->size();
  }
  ProtocolCache protocols_;
  AppEnv env_{db_, clock_, protocols_};
  domain::User provider_, owner_;
  domain::Patient patient_;
};

TEST_F(ConsultationsTest, TheRecordSuppliesTheBirthDateAndAMismatchStoresNothing) {
  RequestContext context = As(provider_);
  auto refused =
      SubmitConsultation(env_, context, patient_.id,
                         Intake({{"patient", {{"birth_date", "2001-01-01"}, {"fitzpatrick", 3}}}}));
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(refused.error().problems().at(0).path, "/intake/patient/birth_date");
  EXPECT_TRUE(Read(harbour_)->consultations().ListForPatient(patient_.id)->empty());
  EXPECT_EQ(Count("consultation.create"), 0u);

  auto stored =
      SubmitConsultation(env_, context, patient_.id, Intake({{"patient", {{"fitzpatrick", 3}}}}));
  ASSERT_TRUE(stored.has_value()) << stored.error().ToString();
  EXPECT_EQ(stored->consultation.intake.birth_date, patient_.birth_date);
  EXPECT_EQ(Count("consultation.create"), 1u);
}

TEST_F(ConsultationsTest, WithoutAnAssessedTypeTheFitzpatrickTypeIsRequired) {
  RequestContext context = As(provider_);
  auto refused = SubmitConsultation(env_, context, patient_.id, Intake());
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(refused.error().problems().at(0).path, "/intake/patient");
}

TEST_F(ConsultationsTest, ASkinTypeChangeUpdatesTheRecordAndKeepsTheHistory) {
  RequestContext provider = As(provider_);
  ASSERT_TRUE(
      SubmitConsultation(env_, provider, patient_.id, Intake({{"patient", {{"fitzpatrick", 3}}}}))
          .has_value());
  clock_.Advance(std::chrono::hours(1));
  RequestContext owner = As(owner_);
  auto changed =
      SubmitConsultation(env_, owner, patient_.id, Intake({{"patient", {{"fitzpatrick", 5}}}}));
  ASSERT_TRUE(changed.has_value()) << changed.error().ToString();
  ASSERT_TRUE(changed->skin_type_change.has_value());
  EXPECT_EQ(changed->skin_type_change->previous, 3);
  EXPECT_EQ(Read(harbour_)->patients().Get(patient_.id)->fitzpatrick, 5);
  auto history = ListSkinTypes(env_, owner, patient_.id).value();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].assessed_by, owner_.id);
  EXPECT_EQ(history[1].assessed_at, storage::memory::testing::kMonday9am + std::chrono::hours(1));
  EXPECT_EQ(owner.read_audit.size(), 1u);  // the history read is audited
}

TEST_F(ConsultationsTest, OnlyAProviderMayOverrideAndTheEditIsAuditedOnce) {
  RequestContext provider = As(provider_);
  auto consultation = SubmitConsultation(
      env_, provider, patient_.id,
      Intake({{"patient", {{"fitzpatrick", 3}}},
              {"medications", {{{"code", "isotretinoin"}, {"last_dose", "2025-01-10"}}}}}));
  ASSERT_TRUE(consultation.has_value()) << consultation.error().ToString();
  auto plan = CreatePlan(env_, provider, consultation->consultation.id);
  ASSERT_TRUE(plan.has_value()) << plan.error().ToString();
  EXPECT_EQ(plan->protocol, consultation->consultation.screening.protocol);
  EXPECT_EQ(plan->plan.schedule.front().date.ToString(), "2025-07-10");  // waits for the window

  domain::PlanEdit edit;
  edit.overrides.push_back({domain::FindingCode::kIsotretinoin, "dermatologist agrees"});
  RequestContext owner = As(owner_);
  auto denied = EditPlan(env_, owner, plan->id, plan->version, edit);
  ASSERT_FALSE(denied.has_value());
  EXPECT_EQ(denied.error().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(Count("plan.update"), 0u);

  auto edited = EditPlan(env_, provider, plan->id, plan->version, edit);
  ASSERT_TRUE(edited.has_value()) << edited.error().ToString();
  ASSERT_EQ(edited->plan.overrides.size(), 1u);
  EXPECT_EQ(edited->plan.overrides[0].by, provider_.id);
  EXPECT_EQ(Count("plan.update"), 1u);
  // A stale version is a conflict, and nothing more is written.
  auto stale = EditPlan(env_, provider, plan->id, plan->version, edit);
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code(), StatusCode::kConflict);
  EXPECT_EQ(Count("plan.update"), 1u);
}

TEST_F(ConsultationsTest, NoPlanForANotEligibleScreening) {
  RequestContext provider = As(provider_);
  auto consultation = SubmitConsultation(
      env_, provider, patient_.id,
      Intake({{"patient", {{"fitzpatrick", 3}}}, {"history", {"keloid_tendency"}}}));
  ASSERT_TRUE(consultation.has_value());
  auto plan = CreatePlan(env_, provider, consultation->consultation.id);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(Count("plan.create"), 0u);
}

TEST_F(ConsultationsTest, AnAssessmentInTheClinicsFutureIsRefused) {
  RequestContext provider = As(provider_);
  auto refused = SubmitConsultation(env_, provider, patient_.id,
                                    Intake({{"patient", {{"fitzpatrick", 3}}},
                                            {"assessed_on", "2025-03-04"}}));  // clock: 3 March
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().problems().at(0).path, "/intake/assessed_on");
}

}  // namespace
}  // namespace needlepoint::app
