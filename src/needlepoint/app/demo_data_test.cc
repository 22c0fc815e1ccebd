// The demo clinic (`make run`'s first start) is bookable as a real clinic is: its providers
// have working hours, its pens serial numbers, its visits lengths, so a free-slot search and
// a series proposal find starts on it, and none of its generated appointments overlaps.
#include "needlepoint/app/demo_data.h"

#include <gtest/gtest.h>

#include "needlepoint/app/booking.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/security/token.h"
#include "needlepoint/storage/memory/memory_test_support.h"

namespace needlepoint::app {
namespace {

class DemoData : public storage::memory::testing::MemoryDatabaseTest {
 protected:
  ProtocolCache protocols_;
  AppEnv env_{db_, clock_, protocols_};
};

TEST_F(DemoData, TheDemoClinicHasHoursPensAndVisitLengthsSoSlotsAreFound) {
  const DemoDataOptions options{.clinics = 1,
                                .patients_per_clinic = 12,
                                .seed = 7,
                                .slug_prefix = "demo",
                                .first_day = base::Today(clock_, base::TimeZone::Utc()),
                                .days = 120};
  base::Result<DemoDataReport> report =
      GenerateDemoData(db_, *protocol::DefaultProtocol(), clock_, options, nullptr);
  ASSERT_TRUE(report.has_value()) << report.error().ToString();
  ASSERT_EQ(report->clinics, 1);
  base::Result<base::ClinicId> clinic = db_.FindClinic("demo-1");
  ASSERT_TRUE(clinic.has_value()) << clinic.error().ToString();
  auto tx = Read(*clinic);

  std::vector<domain::User> staff = tx->users().ListStaff().value();
  const auto provider = std::find_if(staff.begin(), staff.end(), [](const domain::User& u) {
    return u.role == domain::Role::kProvider;
  });
  ASSERT_NE(provider, staff.end());
  EXPECT_EQ(tx->calendars().WorkingHours(provider->id)->size(), 6u);  // Monday to Saturday
  int pens = 0, rooms = 0;
  const std::vector<domain::Resource> resources = tx->resources().List().value();
  for (const domain::Resource& r : resources) {
    if (r.kind == domain::ResourceKind::kDevice) {
      ++pens;
      EXPECT_FALSE(r.serial.empty()) << r.name;
    } else {
      ++rooms;
    }
  }
  EXPECT_EQ(pens, 2);
  EXPECT_GE(rooms, 2);
  std::vector<domain::ServiceType> services = tx->calendars().ServiceTypes().value();
  ASSERT_EQ(services.size(), 3u);
  // Consent texts for treatment and photography, each hashed as published, marked as demo.
  for (const domain::ConsentKind kind :
       {domain::ConsentKind::kTreatment, domain::ConsentKind::kPhotography}) {
    const base::Result<domain::ConsentText> text = tx->consents().LatestText(kind);
    ASSERT_TRUE(text.has_value()) << text.error().ToString();
    EXPECT_EQ(text->sha256, security::Sha256Hex(text->body));
    EXPECT_NE(text->body.find("DEMO"), std::string::npos);
  }

  // No two generated appointments overlap on a provider, room or device.
  std::vector<domain::Appointment> all =
      tx->appointments()
          .ListBetween(clock_.Now() - std::chrono::days(400), clock_.Now() + std::chrono::days(400))
          .value();
  ASSERT_FALSE(all.empty());
  int overlaps = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = i + 1; j < all.size(); ++j) {
      const domain::Appointment& a = all[i];
      const domain::Appointment& b = all[j];
      if (!domain::HoldsSlot(a.status) || !domain::HoldsSlot(b.status)) continue;
      if (!(a.start < b.end && b.start < a.end)) continue;
      overlaps += a.provider_id == b.provider_id;
      overlaps += a.room_id && a.room_id == b.room_id;
      overlaps += a.device_id && a.device_id == b.device_id;
    }
  }
  EXPECT_EQ(overlaps, 0);

  // A treatment can be found a slot on, as the front desk would search.
  RequestContext context;
  context.principal = {*clinic, provider->id, domain::Role::kProvider, {}, "", {}};
  context.request_id = "demo";
  base::Result<FreeSlots> slots =
      FindSlots(env_, context,
                {.kind = domain::AppointmentKind::kTreatment,
                 .from = base::Today(clock_, base::TimeZone::Utc()).AddDays(30),
                 .days = 14,
                 .count = 3});
  ASSERT_TRUE(slots.has_value()) << slots.error().ToString();
  EXPECT_EQ(slots->slots.size(), 3u);
  EXPECT_EQ(slots->service.minutes, 60);
  for (const schedule::Slot& slot : slots->slots) {
    EXPECT_TRUE(slot.device.has_value());
    EXPECT_TRUE(slot.room.has_value());
  }
}

}  // namespace
}  // namespace needlepoint::app
