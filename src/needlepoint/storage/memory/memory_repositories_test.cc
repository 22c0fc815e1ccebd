// The twin's repositories: versions, overlaps, search, users and plans, as the SQL ones behave.
#include "needlepoint/storage/memory/memory_repositories.h"

#include <gtest/gtest.h>

#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::storage::memory::testing {
namespace {

using base::StatusCode;
using domain::AppointmentStatus;
using domain::Role;
using namespace std::chrono_literals;  // NOLINT(google-build-using-namespace)

TEST_F(MemoryDatabaseTest, PatientUpdateNeedsTheCurrentVersion) {
  const domain::Patient ada = AddPatient(harbour_, "Ada", "Lovelace");
  auto txn = Write(harbour_);
  domain::Patient edit = ada;
  edit.phone = "+44 20 7946 0000";
  clock_.Advance(1s);
  const domain::Patient updated = txn->patients().Update(edit).value();
  EXPECT_EQ(updated.version, 2);
  EXPECT_EQ(updated.updated_at, kMonday9am + 1s);
  EXPECT_EQ(updated.created_at, kMonday9am);
  auto stale = txn->patients().Update(edit);  // still version 1
  EXPECT_EQ(stale.error().code(), StatusCode::kConflict);
  EXPECT_NE(stale.error().message().find("changed by someone else"), std::string::npos);
  edit.id = base::PatientId(12345);
  EXPECT_EQ(txn->patients().Update(edit).error().code(), StatusCode::kNotFound);
  edit = updated;
  edit.fitzpatrick = 7;
  EXPECT_EQ(txn->patients().Update(edit).error().code(), StatusCode::kInvalidArgument);
}

TEST_F(MemoryDatabaseTest, PatientSearchMatchesEveryWordInNameOrder) {
  auto txn = Write(harbour_);
  domain::Patient ada = NewPatient("Ada", "Lovelace");
  ada.email = "ada@engine.org";
  ada.phone = "+44 (20) 7946-0001";
  ASSERT_TRUE(txn->patients().Create(ada).has_value());
  ASSERT_TRUE(txn->patients().Create(NewPatient("Grace", "Hopper")).has_value());
  ASSERT_TRUE(txn->patients().Create(NewPatient("Alan", "Hopper")).has_value());
  auto names = [&](PatientQuery query) {
    std::vector<std::string> out;
    const Page<domain::Patient> page = txn->patients().Search(query).value();
    for (const domain::Patient& p : page.items) out.push_back(p.given_name);
    return out;
  };
  EXPECT_EQ(names({}), (std::vector<std::string>{"Alan", "Grace", "Ada"}));
  EXPECT_EQ(names(Find("HOP")), (std::vector<std::string>{"Alan", "Grace"}));
  EXPECT_EQ(names(Find("  hopper  gra ")), (std::vector<std::string>{"Grace"}));
  EXPECT_EQ(names(Find("20794600")), (std::vector<std::string>{"Ada"}));
  EXPECT_EQ(names(Find("engine.org")), (std::vector<std::string>{"Ada"}));
  EXPECT_EQ(names(Find("%")), (std::vector<std::string>{}));
  const Page<domain::Patient> page = txn->patients().Search(Find("", 0, -3)).value();
  EXPECT_EQ(page.items.size(), 1u);  // limit clamped to 1, offset to 0
  EXPECT_EQ(page.total, 3);
  EXPECT_EQ(names(Find("", 50, 2)), (std::vector<std::string>{"Ada"}));
}

TEST_F(MemoryDatabaseTest, UsersHaveUniqueLowerCaseEmailsAndStaffIsOrdered) {
  const domain::Patient ada = AddPatient(harbour_, "Ada", "Lovelace");
  auto txn = Write(harbour_);
  auto& users = txn->users();
  const domain::User owner =
      users.Create(NewStaff("Owner@Harbour.Test", Role::kOwner, "Olive")).value();
  EXPECT_EQ(owner.email, "owner@harbour.test");
  EXPECT_EQ(users.FindByEmail("OWNER@harbour.test")->id, owner.id);
  EXPECT_EQ(users.Create(NewStaff("owner@harbour.TEST", Role::kProvider, "X")).error().code(),
            StatusCode::kConflict);
  ASSERT_TRUE(users.Create(NewStaff("p2@h.test", Role::kProvider, "Zoe")).has_value());
  ASSERT_TRUE(users.Create(NewStaff("p1@h.test", Role::kProvider, "Amy")).has_value());
  ASSERT_TRUE(users.Create(NewStaff("desk@h.test", Role::kFrontDesk, "Dan")).has_value());
  domain::User portal = NewStaff("ada@h.test", Role::kPatient, "Ada");
  EXPECT_EQ(users.Create(portal).error().code(), StatusCode::kInvalidArgument);
  portal.patient_id = base::PatientId(4242);
  EXPECT_EQ(users.Create(portal).error().code(), StatusCode::kFailedPrecondition);
  portal.patient_id = ada.id;
  ASSERT_TRUE(users.Create(portal).has_value());
  std::vector<std::string> staff;
  const std::vector<domain::User> listed = users.ListStaff().value();
  for (const domain::User& user : listed) staff.push_back(user.display_name);
  EXPECT_EQ(staff, (std::vector<std::string>{"Dan", "Olive", "Amy", "Zoe"}));  // role text order
  domain::User promoted = owner;
  promoted.role = Role::kPatient;  // a patient role needs a patient
  EXPECT_EQ(users.Update(promoted).error().code(), StatusCode::kInvalidArgument);
}

class MemoryScheduleTest : public MemoryDatabaseTest {
 protected:
  void SetUp() override {
    auto txn = Write(harbour_);
    patient_ = txn->patients().Create(NewPatient("Ada", "Lovelace"))->id;
    provider_ = txn->users().Create(NewStaff("p@h.test", Role::kProvider, "Amy"))->id;
    other_provider_ = txn->users().Create(NewStaff("q@h.test", Role::kProvider, "Bo"))->id;
    domain::Resource room;
    room.name = "Room 1";
    room_ = txn->resources().Create(room)->id;
    ASSERT_TRUE(txn->Commit().ok());
  }

  domain::Appointment Slot(base::Timestamp start, base::Timestamp end) const {
    domain::Appointment appointment;
    appointment.patient_id = patient_;
    appointment.provider_id = provider_;
    appointment.start = start;
    appointment.end = end;
    return appointment;
  }

  base::PatientId patient_;
  base::UserId provider_;
  base::UserId other_provider_;
  base::ResourceId room_;
};

TEST_F(MemoryScheduleTest, OverlapsConflictAndCancelledSlotsAreFree) {
  auto txn = Write(harbour_);
  auto& appointments = txn->appointments();
  const domain::Appointment first = appointments.Create(Slot(kMonday9am, kMonday9am + 1h)).value();
  EXPECT_EQ(appointments.Create(Slot(kMonday9am + 30min, kMonday9am + 2h)).error().code(),
            StatusCode::kConflict);
  // [start, end): back to back is fine.
  ASSERT_TRUE(appointments.Create(Slot(kMonday9am + 1h, kMonday9am + 2h)).has_value());
  // The same room with another provider conflicts too.
  domain::Appointment roomed = Slot(kMonday9am + 3h, kMonday9am + 4h);
  roomed.room_id = room_;
  ASSERT_TRUE(appointments.Create(roomed).has_value());
  roomed.provider_id = other_provider_;
  EXPECT_EQ(appointments.Create(roomed).error().code(), StatusCode::kConflict);

  EXPECT_EQ(appointments.SetStatus(first.id, AppointmentStatus::kCancelled)->version, 2);
  EXPECT_EQ(appointments.SetStatus(first.id, AppointmentStatus::kCancelled)->version, 2);
  const domain::Appointment replacement =
      appointments.Create(Slot(kMonday9am + 30min, kMonday9am + 1h)).value();
  EXPECT_EQ(appointments.SetStatus(first.id, AppointmentStatus::kBooked).error().code(),
            StatusCode::kConflict);
  ASSERT_TRUE(appointments.SetStatus(replacement.id, AppointmentStatus::kNoShow).has_value());
  EXPECT_TRUE(appointments.SetStatus(first.id, AppointmentStatus::kConfirmed).has_value());

  std::vector<base::AppointmentId> day;
  const std::vector<domain::Appointment> listed =
      appointments.ListForProvider(provider_, kMonday9am, kMonday9am + 3h).value();
  for (const domain::Appointment& a : listed) day.push_back(a.id);
  EXPECT_EQ(day.size(), 3u);
  EXPECT_EQ(day.front(), first.id);
  EXPECT_EQ(appointments.ListForPatient(patient_)->size(), 4u);
}

TEST_F(MemoryScheduleTest, IntervalsAreCheckedAndRescheduleNeedsTheCurrentVersion) {
  auto txn = Write(harbour_);
  auto& appointments = txn->appointments();
  EXPECT_EQ(appointments.Create(Slot(kMonday9am, kMonday9am)).error().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(appointments.Create(Slot(kMonday9am, kMonday9am + 12h + 1us)).error().code(),
            StatusCode::kInvalidArgument);
  domain::Appointment dangling = Slot(kMonday9am, kMonday9am + 1h);
  dangling.device_id = base::ResourceId(999);
  EXPECT_EQ(appointments.Create(dangling).error().code(), StatusCode::kFailedPrecondition);

  const domain::Appointment a = appointments.Create(Slot(kMonday9am, kMonday9am + 1h)).value();
  const domain::Appointment b = appointments.Create(Slot(kMonday9am + 2h, kMonday9am + 3h)).value();
  EXPECT_EQ(
      appointments.Reschedule(a.id, kMonday9am + 2h, kMonday9am + 3h, a.version).error().code(),
      StatusCode::kConflict);
  const domain::Appointment moved =
      appointments.Reschedule(a.id, kMonday9am + 30min, kMonday9am + 2h, a.version).value();
  EXPECT_EQ(moved.version, 2);
  auto stale = appointments.Reschedule(a.id, kMonday9am, kMonday9am + 1h, a.version);
  EXPECT_EQ(stale.error().code(), StatusCode::kConflict);
  EXPECT_EQ(appointments.Reschedule(base::AppointmentId(999), kMonday9am, kMonday9am + 1h, 1)
                .error()
                .code(),
            StatusCode::kNotFound);
  EXPECT_EQ(b.version, 1);
}

TEST_F(MemoryScheduleTest, PlansKeepZonesSortedAndCheckTheirVersion) {
  auto txn = Write(harbour_);
  domain::Consultation consultation;
  consultation.patient_id = patient_;
  consultation.recorded_by = provider_;
  consultation = txn->consultations().Create(consultation).value();
  auto zone = [](domain::Zone z, int min_um, int max_um) {
    domain::StoredZone stored;
    stored.zone = z;
    stored.depth = {domain::Depth::FromMicrometres(min_um), domain::Depth::FromMicrometres(max_um)};
    stored.protocol_depth = stored.depth;
    return stored;
  };
  domain::TreatmentPlan plan;
  plan.patient_id = patient_;
  plan.consultation_id = consultation.id;
  plan.created_by = provider_;
  plan.zones = {zone(domain::Zone::kNeck, 500, 1000), zone(domain::Zone::kForehead, 250, 500)};
  const domain::TreatmentPlan stored = txn->plans().Create(plan).value();
  EXPECT_EQ(stored.zones.front().zone, domain::Zone::kForehead);
  plan.zones.push_back(zone(domain::Zone::kNeck, 500, 1000));
  EXPECT_EQ(txn->plans().Create(plan).error().code(), StatusCode::kConflict);
  plan.zones = {zone(domain::Zone::kBack, 500, 3000)};
  EXPECT_EQ(txn->plans().Create(plan).error().code(), StatusCode::kInvalidArgument);

  domain::TreatmentPlan edit = stored;
  edit.status = domain::PlanStatus::kActive;
  clock_.Advance(1s);
  EXPECT_EQ(txn->plans().Update(edit)->version, 2);
  EXPECT_EQ(txn->plans().Update(edit).error().code(), StatusCode::kConflict);
  clock_.Advance(1s);
  plan.zones.clear();
  const domain::TreatmentPlan newer = txn->plans().Create(plan).value();
  const auto listed = txn->plans().ListForPatient(patient_).value();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed.front().id, newer.id);  // newest first
}

}  // namespace
}  // namespace needlepoint::storage::memory::testing
