// What can be booked, through the API on every backend (issue 11 §1): rooms and devices with
// serial numbers, providers' weekly working hours (the owner's, or a provider's own), time off
// given in the clinic's local time and stored in UTC (across a daylight-saving change in a
// northern and a southern zone), and visit lengths. Bad input names the field and stores
// nothing; each change leaves exactly one settings audit row.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

class Calendars : public ServerTest {
 protected:
  Calendars() : ServerTest("calendars") {}

  HttpResult As(const std::string& role, std::string_view method, const std::string& path,
                const json& body = nullptr) {
    return client().Send(method, "/api/v1" + path, body.is_null() ? "" : body.dump(),
                         Bearer(a_.tokens.at(role), !body.is_null()));
  }
  // Successful changes recorded under `action` (refusals by role are recorded as denials).
  int64_t AuditCount(const std::string& action) {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const std::vector<domain::AuditRecord> rows =
        tx->audit().List({.action = action, .limit = 10000}).value();
    return std::count_if(rows.begin(), rows.end(), [](const domain::AuditRecord& row) {
      return row.entry.outcome == domain::AuditOutcome::kSuccess;
    });
  }
  std::string Provider() const { return std::to_string(a_.seed.provider.id.value()); }
  std::string Provider2() const { return std::to_string(a_.seed.provider2.id.value()); }
  void SetZone(const std::string& zone) {
    const HttpResult set = As("owner", "PATCH", "/clinic", {{"time_zone", zone}});
    ASSERT_EQ(set.status, 200) << set.body;
  }
};

// The pointers of a 400's problems.
std::set<std::string> Pointers(const HttpResult& result) {
  std::set<std::string> pointers;
  const json body = result.Json();
  if (body.contains("errors")) {
    for (const json& error : body["errors"]) pointers.insert(error.value("path", ""));
  }
  return pointers;
}

TEST_P(Calendars, DevicesCarryTheirSerialAndOnlyTheOwnerAddsThem) {
  if (Stopped()) return;
  const HttpResult created =
      As("owner", "POST", "/resources",
         {{"kind", "device"}, {"name", " SkinPen #A113 "}, {"serial", "A113-2291"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["name"], "SkinPen #A113");
  EXPECT_EQ(created.Json()["serial"], "A113-2291");
  EXPECT_EQ(created.Json()["kind"], "device");
  const int64_t id = created.Json()["id"];

  const HttpResult listed = As("front_desk", "GET", "/resources");
  ASSERT_EQ(listed.status, 200) << listed.body;
  bool found = false;
  const json items = listed.Json()["items"];
  for (const json& item : items) {
    if (item["id"] == id) found = item["serial"] == "A113-2291" && item["active"] == true;
  }
  EXPECT_TRUE(found) << listed.body;

  EXPECT_EQ(As("front_desk", "POST", "/resources", {{"kind", "room"}, {"name", "R"}}).status, 403);
  EXPECT_EQ(As("provider", "POST", "/resources", {{"kind", "room"}, {"name", "R"}}).status, 403);

  // Bad input names every field and stores nothing.
  const size_t before = items.size();
  const HttpResult bad =
      As("owner", "POST", "/resources",
         {{"kind", "pen"}, {"name", "  "}, {"serial", std::string(101, 'x')}, {"extra", 1}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(Pointers(bad), (std::set<std::string>{"/kind", "/extra"})) << bad.body;
  const HttpResult blank =
      As("owner", "POST", "/resources",
         {{"kind", "room"}, {"name", "  "}, {"serial", std::string(101, 'x')}});
  ASSERT_EQ(blank.status, 400) << blank.body;
  EXPECT_EQ(Pointers(blank), (std::set<std::string>{"/name", "/serial"})) << blank.body;
  EXPECT_EQ(As("owner", "GET", "/resources").Json()["items"].size(), before);

  // Retired: still listed, inactive.
  const HttpResult retired =
      As("owner", "PATCH", "/resources/" + std::to_string(id), {{"active", false}});
  ASSERT_EQ(retired.status, 200) << retired.body;
  EXPECT_EQ(retired.Json()["active"], false);
  EXPECT_EQ(AuditCount("resource.create"), 1);
  EXPECT_EQ(AuditCount("resource.update"), 1);
}

TEST_P(Calendars, WorkingHoursAreTheOwnersOrTheProvidersOwn) {
  if (Stopped()) return;
  const json week = {
      {"hours",
       {{"mon", {{{"from", "09:00"}, {"to", "12:30"}}, {{"from", "13:30"}, {"to", "18:00"}}}},
        {"sat", {{{"from", "09:00"}, {"to", "24:00"}}}}}}};
  const HttpResult set = As("owner", "PUT", "/providers/" + Provider() + "/hours", week);
  ASSERT_EQ(set.status, 200) << set.body;
  const HttpResult read = As("front_desk", "GET", "/providers/" + Provider() + "/hours");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.Json()["hours"]["mon"].size(), 2u);
  EXPECT_EQ(read.Json()["hours"]["mon"][1]["from"], "13:30");
  EXPECT_EQ(read.Json()["hours"]["sat"][0]["to"], "24:00");
  EXPECT_TRUE(read.Json()["hours"]["tue"].empty());

  // A provider sets their own week, not a colleague's; the front desk sets none.
  const json short_week = {{"hours", {{"tue", {{{"from", "10:00"}, {"to", "16:00"}}}}}}};
  EXPECT_EQ(As("provider", "PUT", "/providers/" + Provider() + "/hours", short_week).status, 200);
  EXPECT_EQ(As("provider", "PUT", "/providers/" + Provider2() + "/hours", short_week).status, 403);
  EXPECT_EQ(As("front_desk", "PUT", "/providers/" + Provider() + "/hours", short_week).status, 403);
  // Not a provider: the owner's own id.
  EXPECT_EQ(As("owner", "PUT", "/providers/" + std::to_string(a_.seed.owner.id.value()) + "/hours",
               short_week)
                .status,
            404);

  // Overlapping or malformed spans name their place; nothing changes.
  const json bad = {
      {"hours",
       {{"mon", {{{"from", "09:00"}, {"to", "12:00"}}, {{"from", "11:00"}, {"to", "13:00"}}}},
        {"wed", {{{"from", "9am"}, {"to", "25:00"}}}},
        {"someday", json::array()}}}};
  const HttpResult refused = As("owner", "PUT", "/providers/" + Provider() + "/hours", bad);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(Pointers(refused),
            (std::set<std::string>{"/hours/wed/0/from", "/hours/wed/0/to", "/hours/someday"}))
      << refused.body;
  const json overlapping = {
      {"hours",
       {{"mon", {{{"from", "09:00"}, {"to", "12:00"}}, {{"from", "11:00"}, {"to", "13:00"}}}}}}};
  const HttpResult overlap = As("owner", "PUT", "/providers/" + Provider() + "/hours", overlapping);
  ASSERT_EQ(overlap.status, 400) << overlap.body;
  EXPECT_EQ(Pointers(overlap), (std::set<std::string>{"/hours/mon/1"})) << overlap.body;
  const HttpResult after = As("owner", "GET", "/providers/" + Provider() + "/hours");
  EXPECT_EQ(after.Json()["hours"]["tue"][0]["from"], "10:00") << after.body;
  EXPECT_TRUE(after.Json()["hours"]["mon"].empty()) << after.body;
  EXPECT_EQ(AuditCount("staff.hours.update"), 2);
}

TEST_P(Calendars, TimeOffIsGivenInLocalTimeAndStoredInUtcAcrossDaylightSaving) {
  if (Stopped()) return;
  SetZone("Europe/London");
  // 29 March 2027 is the day after the clocks go forward: local midnight is 23:00 UTC.
  const HttpResult added =
      As("owner", "POST", "/providers/" + Provider() + "/time-off",
         {{"from", "2027-03-29T00:00"}, {"to", "2027-03-31T00:00"}, {"note", "training"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Json()["from"], "2027-03-28T23:00:00Z");
  EXPECT_EQ(added.Json()["from_local"], "2027-03-29T00:00");
  EXPECT_EQ(added.Json()["time_zone"], "Europe/London");
  EXPECT_TRUE(added.Json()["overlapping_appointment_ids"].empty());
  // In winter local time is UTC.
  const HttpResult winter = As("provider", "POST", "/providers/" + Provider() + "/time-off",
                               {{"from", "2027-01-11T09:00"}, {"to", "2027-01-11T12:00"}});
  ASSERT_EQ(winter.status, 201) << winter.body;
  EXPECT_EQ(winter.Json()["from"], "2027-01-11T09:00:00Z");

  // A time the clock skips is refused at its field; to before from too. Nothing stored.
  const HttpResult skipped = As("owner", "POST", "/providers/" + Provider() + "/time-off",
                                {{"from", "2027-03-28T01:30"}, {"to", "2027-03-28T05:00"}});
  ASSERT_EQ(skipped.status, 400) << skipped.body;
  EXPECT_EQ(Pointers(skipped), (std::set<std::string>{"/from"})) << skipped.body;
  const HttpResult backwards = As("owner", "POST", "/providers/" + Provider() + "/time-off",
                                  {{"from", "2027-05-02T10:00"}, {"to", "2027-05-02T09:00"}});
  ASSERT_EQ(backwards.status, 400) << backwards.body;
  EXPECT_EQ(Pointers(backwards), (std::set<std::string>{"/to"})) << backwards.body;
  const HttpResult malformed = As("owner", "POST", "/providers/" + Provider() + "/time-off",
                                  {{"from", "2027-05-02 10:00"}, {"note", 3}});
  ASSERT_EQ(malformed.status, 400) << malformed.body;
  EXPECT_EQ(Pointers(malformed), (std::set<std::string>{"/from", "/to", "/note"}))
      << malformed.body;

  // Listed by local dates; only the provider themself or the owner may add or remove.
  const HttpResult listed =
      As("front_desk", "GET", "/providers/" + Provider() + "/time-off?from=2027-03-28&days=3");
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.Json()["items"].size(), 1u) << listed.body;
  EXPECT_EQ(listed.Json()["items"][0]["to_local"], "2027-03-31T00:00");
  EXPECT_EQ(As("front_desk", "GET", "/providers/" + Provider() + "/time-off?days=0").status, 400);
  EXPECT_EQ(As("provider", "POST", "/providers/" + Provider2() + "/time-off",
               {{"from", "2027-01-11T09:00"}, {"to", "2027-01-11T12:00"}})
                .status,
            403);
  const std::string id = std::to_string(added.Json()["id"].get<int64_t>());
  EXPECT_EQ(As("front_desk", "DELETE", "/time-off/" + id).status, 403);
  EXPECT_EQ(As("provider", "DELETE", "/time-off/" + id).status, 204);
  EXPECT_EQ(As("provider", "DELETE", "/time-off/" + id).status, 404);
  EXPECT_TRUE(As("owner", "GET", "/providers/" + Provider() + "/time-off?from=2027-03-28&days=3")
                  .Json()["items"]
                  .empty());
  EXPECT_EQ(AuditCount("staff.time_off.create"), 2);
  EXPECT_EQ(AuditCount("staff.time_off.delete"), 1);

  // Southern hemisphere: Sydney's clocks go back on 4 April 2027 (UTC+11 → UTC+10).
  SetZone("Australia/Sydney");
  const HttpResult before_change = As("owner", "POST", "/providers/" + Provider() + "/time-off",
                                      {{"from", "2027-04-03T09:00"}, {"to", "2027-04-05T09:00"}});
  ASSERT_EQ(before_change.status, 201) << before_change.body;
  EXPECT_EQ(before_change.Json()["from"], "2027-04-02T22:00:00Z");
  EXPECT_EQ(before_change.Json()["to"], "2027-04-04T23:00:00Z");
  EXPECT_EQ(before_change.Json()["to_local"], "2027-04-05T09:00");
}

TEST_P(Calendars, VisitLengthsAreTheOwnersAndValidated) {
  if (Stopped()) return;
  const HttpResult defaults = As("provider", "GET", "/service-types");
  ASSERT_EQ(defaults.status, 200) << defaults.body;
  ASSERT_EQ(defaults.Json()["items"].size(), 3u) << defaults.body;
  EXPECT_EQ(defaults.Json()["items"][1]["kind"], "treatment");
  EXPECT_EQ(defaults.Json()["items"][1]["needs_device"], true);

  const json treatment = {{"items",
                           {{{"kind", "treatment"},
                             {"name", "Microneedling"},
                             {"minutes", 90},
                             {"needs_room", true},
                             {"needs_device", true}}}}};
  EXPECT_EQ(As("front_desk", "PUT", "/service-types", treatment).status, 403);
  const HttpResult set = As("owner", "PUT", "/service-types", treatment);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.Json()["items"][1]["minutes"], 90);
  EXPECT_EQ(set.Json()["items"][0]["kind"], "consultation");  // the others keep theirs

  const json bad = {{"items",
                     {{{"kind", "treatment"},
                       {"name", "Quick"},
                       {"minutes", 5},
                       {"needs_room", true},
                       {"needs_device", false}},
                      {{"kind", "treatment"},
                       {"name", ""},
                       {"minutes", 60},
                       {"needs_room", true},
                       {"needs_device", true}}}}};
  const HttpResult refused = As("owner", "PUT", "/service-types", bad);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(Pointers(refused), (std::set<std::string>{"/items/0/minutes", "/items/0",
                                                      "/items/1/name", "/items/1/kind"}))
      << refused.body;
  EXPECT_EQ(As("owner", "GET", "/service-types").Json()["items"][1]["minutes"], 90);
  EXPECT_EQ(AuditCount("clinic.service_types.update"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, Calendars, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
