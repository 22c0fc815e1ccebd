// A plan's whole series through the API on every backend (issue 11 §3-5): proposed on the
// clinic's real calendars, booked all-or-nothing (one taken slot books none), the contract's
// spacing and preference rules, reschedule with the spacing re-checked against both
// neighbours, cancel one or all remaining, check-in / completion / no-show with the
// maintenance window opened by the last session, the reminders queued once and kept in step,
// and calendar files (parsed back with libical) that keep their local wall-clock time across
// daylight-saving changes in three zones. Then a randomised multi-thread run of bookings,
// series, reschedules and cancellations that must leave no overlap on any provider, room or
// device.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "needlepoint/contract/time_text.h"
#include "needlepoint/http/testing/test_server.h"
#include "needlepoint/ical/calendar_reader.h"
#include "needlepoint/schedule/weekday.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

std::set<std::string> Pointers(const HttpResult& result) {
  std::set<std::string> pointers;
  const json body = result.Json();
  if (body.contains("errors")) {
    for (const json& error : body["errors"]) pointers.insert(error.value("path", ""));
  }
  return pointers;
}

std::set<std::string> WarningCodes(const json& body) {
  std::set<std::string> codes;
  for (const json& w : body.value("warnings", json::array())) codes.insert(w["code"]);
  return codes;
}

base::CivilDate DateOf(const std::string& local) {
  return base::CivilDate::Parse(local.substr(0, 10)).value();
}

class Series : public ServerTest {
 protected:
  Series() : ServerTest("series") {}

  HttpResult As(const std::string& role, std::string_view method, const std::string& path,
                const json& body = nullptr) const {
    return client().Send(method, "/api/v1" + path, body.is_null() ? "" : body.dump(),
                         Bearer(a_.tokens.at(role), !body.is_null()));
  }
  // After the test clock moved: sessions idle out, so every role logs in again.
  void Relogin() {
    const std::vector<std::pair<std::string, std::string>> logins = {
        {"owner", a_.seed.owner.email},
        {"provider", a_.seed.provider.email},
        {"front_desk", a_.seed.front_desk.email},
        {"patient", a_.patient_user.email}};
    for (const auto& [role, email] : logins) {
      const HttpResult login = Login(client(), a_.seed.clinic.slug, email);
      ASSERT_EQ(login.status, 201) << login.body;
      a_.tokens[role] = login.Json()["token"];
    }
  }
  domain::TreatmentPlan NewPlan(std::optional<base::PatientId> patient = {}) {
    base::Result<domain::TreatmentPlan> plan = FreshActivePlan(*server_, a_, patient);
    EXPECT_TRUE(plan.has_value()) << plan.error().ToString();
    return plan.value_or(domain::TreatmentPlan{});
  }
  std::string PlanPath(const domain::TreatmentPlan& plan) const {
    return "/plans/" + plan.id.ToString();
  }
  json Propose(const domain::TreatmentPlan& plan, const json& body = json::object()) const {
    const HttpResult result = As("front_desk", "POST", PlanPath(plan) + "/series/proposal", body);
    EXPECT_EQ(result.status, 200) << result.body;
    return result.Json();
  }
  static json Choices(const json& proposal) {
    json sessions = json::array();
    for (const json& s : proposal["sessions"]) {
      sessions.push_back({{"session", s["session"]},
                          {"start", s["start_local"]},
                          {"provider_id", s["provider_id"]}});
    }
    return sessions;
  }
  json BookProposed(const domain::TreatmentPlan& plan) const {
    const json proposal = Propose(plan);
    const HttpResult booked =
        As("front_desk", "POST", PlanPath(plan) + "/series", {{"sessions", Choices(proposal)}});
    EXPECT_EQ(booked.status, 201) << booked.body;
    return booked.Json();
  }
  // Sessions starting at `first` local `time`, `gap` days apart.
  static json Dated(int sessions, base::CivilDate first, int gap, const std::string& time,
                    const domain::User& provider) {
    json out = json::array();
    for (int k = 0; k < sessions; ++k) {
      out.push_back({{"session", k + 1},
                     {"start", first.AddDays(k * gap).ToString() + "T" + time},
                     {"provider_id", provider.id.value()}});
    }
    return out;
  }
  json PlanJson(const domain::TreatmentPlan& plan) const {
    const HttpResult result = As("provider", "GET", PlanPath(plan));
    EXPECT_EQ(result.status, 200) << result.body;
    return result.Json();
  }
  std::vector<domain::Appointment> OfPlan(const domain::TreatmentPlan& plan) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->appointments().ListForPlan(plan.id).value();
  }
  std::vector<domain::OutboxMessage> Messages(int64_t appointment) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->outbox().ListForAppointment(base::AppointmentId(appointment)).value();
  }
  // By key less the appointment ("prep_1d", "photo_follow_up/2"): each exists at most once.
  std::map<std::string, domain::OutboxMessage> MessagesByKind(int64_t appointment) const {
    std::map<std::string, domain::OutboxMessage> out;
    for (const domain::OutboxMessage& m : Messages(appointment)) {
      const std::string key = m.key.substr(m.key.find('/') + 1);
      EXPECT_EQ(m.key, "a" + std::to_string(appointment) + "/" + key);
      EXPECT_FALSE(out.contains(key)) << "two messages " << key;
      out[key] = m;
    }
    return out;
  }
  std::vector<ical::ReadEvent> Ics(int64_t appointment, const std::string& role = "patient") {
    const HttpResult file =
        As(role, "GET", "/appointments/" + std::to_string(appointment) + "/calendar.ics");
    EXPECT_EQ(file.status, 200) << file.body;
    EXPECT_EQ(file.Header("content-type"), "text/calendar; charset=utf-8");
    base::Result<std::vector<ical::ReadEvent>> events = ical::ReadCalendar(file.body);
    EXPECT_TRUE(events.has_value()) << events.error().ToString() << "\n" << file.body;
    return events.value_or(std::vector<ical::ReadEvent>{});
  }
};

TEST_P(Series, ProposeThenBookTheWholeSeriesAndThePlanFollows) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const int sessions = plan.plan.sessions;
  ASSERT_GE(sessions, 2);
  const json proposal = Propose(plan);
  EXPECT_EQ(proposal["plan_id"], plan.id.value());
  EXPECT_EQ(proposal["minutes"], 75);
  EXPECT_TRUE(proposal["unplaceable"].is_null()) << proposal.dump();
  ASSERT_EQ(proposal["sessions"].size(), static_cast<size_t>(sessions)) << proposal.dump();
  for (size_t k = 1; k < proposal["sessions"].size(); ++k) {
    const int gap = proposal["sessions"][k]["gap_days"];
    EXPECT_GE(gap, plan.plan.interval.min);
    EXPECT_LE(gap, plan.plan.interval.max);
    EXPECT_FALSE(proposal["sessions"][k]["device_id"].is_null());
  }
  // Proposing books nothing.
  EXPECT_TRUE(OfPlan(plan).empty());

  const HttpResult booked =
      As("front_desk", "POST", PlanPath(plan) + "/series", {{"sessions", Choices(proposal)}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  const json items = booked.Json()["items"];
  ASSERT_EQ(items.size(), static_cast<size_t>(sessions));
  EXPECT_TRUE(booked.Json()["warnings"].empty()) << booked.body;
  for (int k = 0; k < sessions; ++k) {
    EXPECT_EQ(items[k]["kind"], "treatment");
    EXPECT_EQ(items[k]["status"], "booked");
    EXPECT_EQ(items[k]["session_number"], k + 1);
    EXPECT_EQ(items[k]["session_count"], sessions);
    EXPECT_EQ(items[k]["plan_id"], plan.id.value());
    EXPECT_EQ(items[k]["start_local"], proposal["sessions"][k]["start_local"]);
  }
  // The plan is re-dated to the booked dates.
  const json stored = PlanJson(plan);
  for (int k = 0; k < sessions; ++k) {
    EXPECT_EQ(stored["schedule"][k]["date"],
              items[k]["start_local"].get<std::string>().substr(0, 10));
  }
  // Booked once: a second booking of the same series is refused.
  const HttpResult again =
      As("front_desk", "POST", PlanPath(plan) + "/series", {{"sessions", Choices(proposal)}});
  EXPECT_EQ(again.status, 422) << again.body;
  EXPECT_EQ(As("front_desk", "POST", PlanPath(plan) + "/series/proposal", json::object()).status,
            422);

  // The patient's list and the clinic's calendar show them (with the patient's name).
  const HttpResult own =
      As("patient", "GET", "/patients/" + a_.seed.patient.id.ToString() + "/appointments");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_GE(own.Json()["items"].size(), static_cast<size_t>(sessions));
  EXPECT_EQ(
      As("patient", "GET", "/patients/" + a_.seed.patient2.id.ToString() + "/appointments").status,
      404);
  const base::CivilDate first = DateOf(items[0]["start_local"]);
  const HttpResult calendar =
      As("front_desk", "GET",
         "/appointments?from=" + first.ToString() + "&to=" + first.AddDays(1).ToString() +
             "&device_id=" + items[0]["device_id"].dump());
  ASSERT_EQ(calendar.status, 200) << calendar.body;
  bool listed = false;
  const json listing = calendar.Json();
  for (const json& a : listing["items"]) {
    EXPECT_EQ(a["device_id"], items[0]["device_id"]);
    if (a["id"] == items[0]["id"]) {
      listed = true;
      EXPECT_EQ(a["patient_name"], "Ada Lovelace");
    }
  }
  EXPECT_TRUE(listed) << calendar.body;
  EXPECT_EQ(As("front_desk", "GET", "/appointments?from=2027-01-01&to=2027-04-01").status, 400);
  EXPECT_EQ(As("front_desk", "GET", "/appointments?from=2027-01-01").status, 400);
  EXPECT_EQ(As("patient", "GET", "/appointments?from=2027-01-01&to=2027-01-02").status, 403);

  // Each session's reminders are queued once, in the same transaction.
  const auto messages = MessagesByKind(items[0]["id"]);
  EXPECT_TRUE(messages.contains("prep_1d"));
  EXPECT_TRUE(messages.contains("aftercare_day7"));
  const HttpResult listed_messages =
      As("front_desk", "GET", "/appointments/" + items[0]["id"].dump() + "/messages");
  ASSERT_EQ(listed_messages.status, 200) << listed_messages.body;
  EXPECT_EQ(listed_messages.Json()["items"].size(), messages.size());
  EXPECT_EQ(listed_messages.Json()["items"][0]["status"], "pending");
}

// One slot taken between proposal and booking: the booking fails with 409 and books none.
TEST_P(Series, OneTakenSlotBooksNone) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const json proposal = Propose(plan);
  ASSERT_GE(proposal["sessions"].size(), 2u);
  const json& last = proposal["sessions"].back();
  const HttpResult visit = As("owner", "POST", "/appointments",
                              {{"patient_id", a_.seed.patient2.id.value()},
                               {"kind", "consultation"},
                               {"start", last["start_local"]},
                               {"provider_id", last["provider_id"]}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  const int64_t plan_version = PlanJson(plan)["version"];
  const HttpResult booked =
      As("front_desk", "POST", PlanPath(plan) + "/series", {{"sessions", Choices(proposal)}});
  EXPECT_EQ(booked.status, 409) << booked.body;
  EXPECT_TRUE(OfPlan(plan).empty());
  EXPECT_EQ(PlanJson(plan)["version"], plan_version);
  // Proposed again, the series goes around the taken slot.
  const json again = Propose(plan);
  EXPECT_NE(again["sessions"].back()["start_local"], last["start_local"]);
  EXPECT_EQ(
      As("front_desk", "POST", PlanPath(plan) + "/series", {{"sessions", Choices(again)}}).status,
      201);
}

TEST_P(Series, TheContractsRulesHoldThroughTheApi) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const int n = plan.plan.sessions;
  const int min = plan.plan.interval.min;
  const int max = plan.plan.interval.max;

  // Preferences: Tuesdays from 10:00, ending by 16:00.
  const json preferred = Propose(
      plan,
      {{"preferences", {{"weekdays", {"tue"}}, {"earliest", "10:00"}, {"latest_end", "16:00"}}}});
  ASSERT_EQ(preferred["sessions"].size(), static_cast<size_t>(n)) << preferred.dump();
  for (const json& s : preferred["sessions"]) {
    const std::string local = s["start_local"];
    EXPECT_EQ(schedule::WeekdayOf(DateOf(local)), schedule::Weekday::kTue) << local;
    EXPECT_GE(local.substr(11), "10:00");
    EXPECT_LE(s["end_local"].get<std::string>().substr(11), "16:00");
  }
  // Unplaceable: no 75-minute visit ends by 08:30 when the day starts at 08:00.
  const json none = Propose(plan, {{"preferences", {{"latest_end", "08:30"}}}});
  EXPECT_TRUE(none["sessions"].empty());
  ASSERT_TRUE(none["unplaceable"].is_object()) << none.dump();
  EXPECT_EQ(none["unplaceable"]["session"], 1);
  // Bad input names its field.
  const HttpResult bad =
      As("front_desk", "POST", PlanPath(plan) + "/series/proposal",
         {{"step_minutes", 1}, {"preferences", {{"weekdays", {"funday"}}}}, {"colour", "red"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(Pointers(bad).contains("/step_minutes")) << bad.body;
  EXPECT_TRUE(Pointers(bad).contains("/colour")) << bad.body;
  EXPECT_TRUE(Pointers(bad).contains("/preferences/weekdays/0")) << bad.body;

  // Closer than the minimum: refused for the front desk and for a provider without a reason.
  const base::CivilDate first = base::CivilDate::FromYmd(2027, 2, 1).value();
  const json close = Dated(n, first, min - 1, "09:00", a_.seed.provider);
  for (const std::string role : {"front_desk", "provider"}) {
    const HttpResult refused = As(role, "POST", PlanPath(plan) + "/series", {{"sessions", close}});
    EXPECT_EQ(refused.status, 422) << role << ": " << refused.body;
    EXPECT_EQ(Pointers(refused), (std::set<std::string>{"/override_reason"})) << refused.body;
  }
  const HttpResult incomplete =
      As("front_desk", "POST", PlanPath(plan) + "/series",
         {{"sessions", Dated(n - 1, first, min, "09:00", a_.seed.provider)}});
  EXPECT_EQ(incomplete.status, 400) << incomplete.body;
  EXPECT_TRUE(OfPlan(plan).empty());
  const HttpResult overridden =
      As("provider", "POST", PlanPath(plan) + "/series",
         {{"sessions", close}, {"override_reason", "patient travels abroad"}});
  ASSERT_EQ(overridden.status, 201) << overridden.body;
  EXPECT_TRUE(WarningCodes(overridden.Json()).contains("spacing_override")) << overridden.body;
  EXPECT_EQ(PlanJson(plan)["interval_override_reason"], "patient travels abroad");

  // Further than the maximum: booked, with a warning.
  const domain::TreatmentPlan far_plan = NewPlan();
  const HttpResult far = As("front_desk", "POST", PlanPath(far_plan) + "/series",
                            {{"sessions", Dated(far_plan.plan.sessions, first.AddDays(3), max + 2,
                                                "13:00", a_.seed.provider2)}});
  ASSERT_EQ(far.status, 201) << far.body;
  EXPECT_EQ(WarningCodes(far.Json()), (std::set<std::string>{"spacing_too_far"})) << far.body;
}

TEST_P(Series, RescheduleChecksBothNeighboursAndKeepsRemindersInStep) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const int n = plan.plan.sessions;
  ASSERT_GE(n, 3);
  const int min = plan.plan.interval.min;
  const int max = plan.plan.interval.max;
  const base::CivilDate first = base::CivilDate::FromYmd(2027, 3, 1).value();
  const HttpResult booked = As("front_desk", "POST", PlanPath(plan) + "/series",
                               {{"sessions", Dated(n, first, min + 2, "10:00", a_.seed.provider)}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  const json second = booked.Json()["items"][1];
  const std::string path = "/appointments/" + second["id"].dump();
  const auto before = MessagesByKind(second["id"]);
  ASSERT_TRUE(before.contains("prep_1d"));

  // Two days earlier is min days after session 1 and min + 4 before session 3: fine.
  const base::CivilDate was = DateOf(second["start_local"]);
  const HttpResult moved =
      As("front_desk", "POST", path + "/reschedule",
         {{"version", second["version"]}, {"start", was.AddDays(-2).ToString() + "T11:00"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.Json()["start_local"], was.AddDays(-2).ToString() + "T11:00");
  EXPECT_TRUE(moved.Json()["warnings"].empty()) << moved.body;
  EXPECT_EQ(PlanJson(plan)["schedule"][1]["date"], was.AddDays(-2).ToString());
  // The same reminder row, re-dated; not a second one.
  const auto after = MessagesByKind(second["id"]);
  EXPECT_EQ(after.at("prep_1d").id, before.at("prep_1d").id);
  EXPECT_EQ(after.at("prep_1d").due_at, before.at("prep_1d").due_at - std::chrono::days(2));
  EXPECT_EQ(after.at("prep_1d").status, domain::MessageStatus::kPending);

  // A stale version: 409.
  EXPECT_EQ(As("front_desk", "POST", path + "/reschedule",
               {{"version", second["version"]}, {"start", was.ToString() + "T11:00"}})
                .status,
            409);
  int64_t version = moved.Json()["version"];
  // Too close to session 3 (the later neighbour): a provider's override with a reason.
  const base::CivilDate third = DateOf(booked.Json()["items"][2]["start_local"]);
  const json close = {{"version", version}, {"start", third.AddDays(-1).ToString() + "T11:00"}};
  const HttpResult refused = As("front_desk", "POST", path + "/reschedule", close);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(Pointers(refused), (std::set<std::string>{"/override_reason"}));
  json with_reason = close;
  with_reason["override_reason"] = "only free day before travel";
  const HttpResult overridden = As("provider", "POST", path + "/reschedule", with_reason);
  ASSERT_EQ(overridden.status, 200) << overridden.body;
  EXPECT_TRUE(WarningCodes(overridden.Json()).contains("spacing_override"));
  version = overridden.Json()["version"];

  // Session 1 moved far from session 2: allowed with a warning.
  const json one = booked.Json()["items"][0];
  const base::CivilDate session2 = third.AddDays(-1);
  const HttpResult early = As(
      "front_desk", "POST", "/appointments/" + one["id"].dump() + "/reschedule",
      {{"version", one["version"]}, {"start", session2.AddDays(-(max + 3)).ToString() + "T10:00"}});
  ASSERT_EQ(early.status, 200) << early.body;
  EXPECT_EQ(WarningCodes(early.Json()), (std::set<std::string>{"spacing_too_far"}));

  // A taken slot: 409, nothing moves.
  const HttpResult visit = As("owner", "POST", "/appointments",
                              {{"patient_id", a_.seed.patient2.id.value()},
                               {"kind", "consultation"},
                               {"start", session2.AddDays(1).ToString() + "T15:00"},
                               {"provider_id", a_.seed.provider.id.value()}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  const HttpResult taken = As("provider", "POST", path + "/reschedule",
                              {{"version", version},
                               {"start", session2.AddDays(1).ToString() + "T15:00"},
                               {"override_reason", "x"}});
  EXPECT_EQ(taken.status, 409) << taken.body;

  // A message already sent is never sent again, whatever happens to the visit.
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite).value();
    const domain::OutboxMessage pending = MessagesByKind(second["id"]).at("prep_14d");
    domain::OutboxMessage sent = pending;
    sent.status = domain::MessageStatus::kSent;
    sent.sent_at = server_->clock().Now();
    ASSERT_TRUE(tx->outbox().Transition(pending, sent).value());
    ASSERT_TRUE(tx->Commit().ok());
  }
  const HttpResult later = As("provider", "POST", path + "/reschedule",
                              {{"version", version},
                               {"start", session2.ToString() + "T16:00"},
                               {"override_reason", "same day"}});
  ASSERT_EQ(later.status, 200) << later.body;
  const auto final_messages = MessagesByKind(second["id"]);
  EXPECT_EQ(final_messages.at("prep_14d").status, domain::MessageStatus::kSent);
  const HttpResult cancelled =
      As("front_desk", "POST", path + "/cancel", {{"version", later.Json()["version"]}});
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  for (const auto& [kind, m] : MessagesByKind(second["id"])) {
    EXPECT_EQ(m.status,
              kind == "prep_14d" ? domain::MessageStatus::kSent : domain::MessageStatus::kVoid)
        << kind;
  }
  // Re-booked at a new time, its reminders come back (the sent one stays sent).
  const HttpResult rebooked = As("provider", "POST", path + "/reschedule",
                                 {{"version", cancelled.Json()["version"]},
                                  {"start", session2.ToString() + "T17:00"},
                                  {"override_reason", "same day"}});
  ASSERT_EQ(rebooked.status, 200) << rebooked.body;
  EXPECT_EQ(rebooked.Json()["status"], "booked");
  const auto revived = MessagesByKind(second["id"]);
  EXPECT_EQ(revived.at("prep_1d").status, domain::MessageStatus::kPending);
  EXPECT_EQ(revived.at("prep_14d").status, domain::MessageStatus::kSent);
}

TEST_P(Series, CancelTheRemainingSessionsVoidsTheirReminders) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const json booked = BookProposed(plan);
  const json items = booked["items"];
  ASSERT_GE(items.size(), 2u);
  // One session cancelled on its own first.
  const HttpResult one =
      As("front_desk", "POST", "/appointments/" + items[0]["id"].dump() + "/cancel",
         {{"version", items[0]["version"]}});
  ASSERT_EQ(one.status, 200) << one.body;
  const HttpResult rest =
      As("front_desk", "POST", PlanPath(plan) + "/series/cancel", json::object());
  ASSERT_EQ(rest.status, 200) << rest.body;
  EXPECT_EQ(rest.Json()["items"].size(), items.size() - 1);
  for (const domain::Appointment& a : OfPlan(plan)) {
    EXPECT_EQ(a.status, domain::AppointmentStatus::kCancelled);
    for (const domain::OutboxMessage& m : Messages(a.id.value())) {
      EXPECT_EQ(m.status, domain::MessageStatus::kVoid) << domain::CodeName(m.kind);
    }
  }
  EXPECT_EQ(PlanJson(plan)["status"], "active");
  // Closing the plan is clinical.
  EXPECT_EQ(
      As("front_desk", "POST", PlanPath(plan) + "/series/cancel", {{"close_plan", true}}).status,
      403);
  const HttpResult closed =
      As("provider", "POST", PlanPath(plan) + "/series/cancel", {{"close_plan", true}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_TRUE(closed.Json()["items"].empty());
  EXPECT_EQ(PlanJson(plan)["status"], "cancelled");
}

TEST_P(Series, StatusChangesAndTheMaintenanceWindow) {
  if (Stopped()) return;
  const domain::TreatmentPlan plan = NewPlan();
  const json items = BookProposed(plan)["items"];
  ASSERT_GE(items.size(), 2u);
  auto status = [&](const std::string& role, const json& a, int64_t version,
                    const std::string& to) {
    return As(role, "POST", "/appointments/" + a["id"].dump() + "/status",
              {{"version", version}, {"status", to}});
  };
  // Before the visit's day nothing can be recorded.
  EXPECT_EQ(status("front_desk", items[0], 1, "checked_in").status, 422);
  EXPECT_EQ(status("front_desk", items[0], 1, "no_show").status, 422);
  EXPECT_EQ(status("front_desk", items[0], 1, "cancelled").status, 400);
  EXPECT_EQ(status("front_desk", items[0], 1, "booked").status, 400);

  const int64_t last = static_cast<int64_t>(items.size()) - 1;
  std::optional<json> answer;
  for (int64_t k = 0; k <= last; ++k) {
    server_->clock().Set(*contract::ParseUtcText(items[k]["start"].get<std::string>()) +
                         std::chrono::minutes(5));
    Relogin();
    const HttpResult in = status("front_desk", items[k], items[k]["version"], "checked_in");
    ASSERT_EQ(in.status, 200) << in.body;
    EXPECT_EQ(in.Json()["status"], "checked_in");
    EXPECT_EQ(status("front_desk", items[k], in.Json()["version"], "completed").status, 403);
    EXPECT_EQ(status("front_desk", items[k], in.Json()["version"], "no_show").status, 422);
    const HttpResult done = status("provider", items[k], in.Json()["version"], "completed");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.Json()["status"], "completed");
    if (k < last) {
      EXPECT_FALSE(done.Json().contains("maintenance")) << done.body;
      EXPECT_EQ(PlanJson(plan)["status"], "active");
    } else {
      answer = done.Json();
    }
    // A completed visit can no longer be cancelled or moved.
    EXPECT_EQ(As("front_desk", "POST", "/appointments/" + items[k]["id"].dump() + "/cancel",
                 {{"version", done.Json()["version"]}})
                  .status,
              422);
  }
  ASSERT_TRUE(answer && answer->contains("maintenance")) << (answer ? answer->dump() : "");
  const json plan_now = PlanJson(plan);
  EXPECT_EQ(plan_now["status"], "completed");
  EXPECT_EQ(plan_now["maintenance"], (*answer)["maintenance"]);
  const base::CivilDate last_day = DateOf(items[last]["start_local"]);
  EXPECT_GT(DateOf(plan_now["maintenance"]["from"].get<std::string>() + "T"), last_day);
  // The recall is queued with the last session.
  EXPECT_TRUE(MessagesByKind(items[last]["id"]).contains("maintenance_recall"));

  // A no-show of another visit voids its reminders.
  const HttpResult visit = As("front_desk", "POST", "/appointments",
                              {{"patient_id", a_.seed.patient2.id.value()},
                               {"kind", "consultation"},
                               {"start", last_day.AddDays(3).ToString() + "T09:00"},
                               {"provider_id", a_.seed.provider2.id.value()}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  ASSERT_EQ(Messages(visit.Json()["id"]).size(), 1u);
  server_->clock().Set(*contract::ParseUtcText(visit.Json()["start"].get<std::string>()) +
                       std::chrono::minutes(30));
  Relogin();
  const HttpResult missed = status("front_desk", visit.Json(), 1, "no_show");
  ASSERT_EQ(missed.status, 200) << missed.body;
  for (const domain::OutboxMessage& m : Messages(visit.Json()["id"])) {
    EXPECT_TRUE(m.status == domain::MessageStatus::kVoid) << domain::CodeName(m.status);
  }
  EXPECT_EQ(status("provider", visit.Json(), 1, "completed").status, 409);
}

TEST_P(Series, CalendarFilesHaveAStableUidAndARisingSequence) {
  if (Stopped()) return;
  const HttpResult visit = As("front_desk", "POST", "/appointments",
                              {{"patient_id", a_.seed.patient.id.value()},
                               {"kind", "consultation"},
                               {"start", "2027-02-10T09:00"},
                               {"provider_id", a_.seed.provider.id.value()}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  const int64_t id = visit.Json()["id"];
  const std::vector<ical::ReadEvent> first = Ics(id);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].summary, "Appointment at " + a_.seed.clinic.name);
  EXPECT_EQ(first[0].tzid, "Europe/London");
  EXPECT_EQ(first[0].local_start, "20270210T090000");
  EXPECT_EQ(contract::UtcText(first[0].start), visit.Json()["start"]);
  EXPECT_NE(first[0].status, "CANCELLED");
  // Staff download it for the patient; another patient cannot.
  EXPECT_EQ(Ics(id, "front_desk").at(0).uid, first[0].uid);
  const HttpResult other = As("owner", "POST", "/appointments",
                              {{"patient_id", a_.seed.patient2.id.value()},
                               {"kind", "consultation"},
                               {"start", "2027-02-10T09:00"},
                               {"provider_id", a_.seed.provider2.id.value()}});
  ASSERT_EQ(other.status, 201);
  EXPECT_EQ(
      As("patient", "GET", "/appointments/" + other.Json()["id"].dump() + "/calendar.ics").status,
      404);

  const HttpResult moved =
      As("front_desk", "POST", "/appointments/" + std::to_string(id) + "/reschedule",
         {{"version", 1}, {"start", "2027-02-11T10:30"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  const std::vector<ical::ReadEvent> second = Ics(id);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].uid, first[0].uid);
  EXPECT_GT(second[0].sequence, first[0].sequence);
  EXPECT_EQ(second[0].local_start, "20270211T103000");
  const HttpResult cancelled =
      As("front_desk", "POST", "/appointments/" + std::to_string(id) + "/cancel",
         {{"version", moved.Json()["version"]}});
  ASSERT_EQ(cancelled.status, 200);
  const std::vector<ical::ReadEvent> third = Ics(id);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].uid, first[0].uid);
  EXPECT_GT(third[0].sequence, second[0].sequence);
  EXPECT_EQ(third[0].status, "CANCELLED");

  // A treatment's title names no procedure either.
  const domain::TreatmentPlan plan = NewPlan();
  const HttpResult series =
      As("front_desk", "POST", PlanPath(plan) + "/series",
         {{"sessions", Dated(plan.plan.sessions, *base::CivilDate::FromYmd(2027, 3, 1),
                             plan.plan.interval.min, "09:00", a_.seed.provider)}});
  ASSERT_EQ(series.status, 201) << series.body;
  const std::vector<ical::ReadEvent> session = Ics(series.Json()["items"][0]["id"]);
  ASSERT_EQ(session.size(), 1u);
  EXPECT_EQ(session[0].summary, "Appointment at " + a_.seed.clinic.name);

  // The provider's feed: made by the provider, public by its secret link, revocable.
  const std::string provider_path = "/providers/" + a_.seed.provider.id.ToString();
  EXPECT_EQ(As("front_desk", "POST", provider_path + "/calendar-feed").status, 403);
  EXPECT_EQ(
      As("provider", "POST", "/providers/" + a_.seed.provider2.id.ToString() + "/calendar-feed")
          .status,
      403);
  const HttpResult feed = As("provider", "POST", provider_path + "/calendar-feed");
  ASSERT_EQ(feed.status, 201) << feed.body;
  const std::string url = feed.Json()["url"];
  ASSERT_TRUE(url.starts_with("/calendar/") && url.ends_with(".ics")) << url;
  const HttpResult subscribed = client().Send("GET", url);
  ASSERT_EQ(subscribed.status, 200) << subscribed.body;
  EXPECT_EQ(subscribed.body.find("Lovelace"), std::string::npos);
  EXPECT_EQ(subscribed.body.find("Hopper"), std::string::npos);
  base::Result<std::vector<ical::ReadEvent>> events = ical::ReadCalendar(subscribed.body);
  ASSERT_TRUE(events.has_value()) << events.error().ToString();
  std::set<std::string> uids;
  bool cancelled_listed = false;
  for (const ical::ReadEvent& e : *events) {
    uids.insert(e.uid);
    if (e.uid == first[0].uid) cancelled_listed = e.status == "CANCELLED";
  }
  EXPECT_TRUE(uids.contains(session[0].uid));
  EXPECT_TRUE(cancelled_listed);
  // A new link voids the old one; revoking voids it too; a made-up one is unknown.
  const HttpResult rotated = As("owner", "POST", provider_path + "/calendar-feed");
  ASSERT_EQ(rotated.status, 201);
  EXPECT_EQ(client().Send("GET", url).status, 404);
  EXPECT_EQ(client().Send("GET", rotated.Json()["url"].get<std::string>()).status, 200);
  EXPECT_EQ(As("provider", "DELETE", provider_path + "/calendar-feed").status, 204);
  EXPECT_EQ(client().Send("GET", rotated.Json()["url"].get<std::string>()).status, 404);
  EXPECT_EQ(client().Send("GET", "/calendar/" + UnknownToken(a_.seed.clinic.id) + ".ics").status,
            404);
  EXPECT_EQ(client().Send("GET", "/calendar/not-a-token.ics").status, 404);
}

// Series across the spring and the autumn change in three zones (one southern) keep 09:00
// local in the API and in the .ics, read through the file's own VTIMEZONE by libical.
TEST_P(Series, DaylightSavingKeepsTheLocalWallClockTime) {
  if (Stopped()) return;
  struct Case {
    std::string zone;
    base::CivilDate spring_change, autumn_change;
  };
  const std::vector<Case> cases = {
      {"America/New_York", *base::CivilDate::FromYmd(2027, 3, 14),
       *base::CivilDate::FromYmd(2027, 11, 7)},
      {"Europe/Berlin", *base::CivilDate::FromYmd(2027, 3, 28),
       *base::CivilDate::FromYmd(2027, 10, 31)},
      // Southern hemisphere: summer time ends in April and starts in October.
      {"Australia/Sydney", *base::CivilDate::FromYmd(2027, 10, 3),
       *base::CivilDate::FromYmd(2027, 4, 4)},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.zone);
    const HttpResult zone = As("owner", "PATCH", "/clinic", {{"time_zone", c.zone}});
    ASSERT_EQ(zone.status, 200) << zone.body;
    for (const base::CivilDate change : {c.spring_change, c.autumn_change}) {
      const domain::TreatmentPlan plan = NewPlan();
      const int n = plan.plan.sessions;
      const int gap = plan.plan.interval.min;
      // The change falls between sessions 1 and 2.
      const base::CivilDate first = change.AddDays(-gap / 2);
      const HttpResult booked = As("front_desk", "POST", PlanPath(plan) + "/series",
                                   {{"sessions", Dated(n, first, gap, "09:00", a_.seed.provider)}});
      ASSERT_EQ(booked.status, 201) << booked.body;
      const json items = booked.Json()["items"];
      ASSERT_EQ(booked.Json()["time_zone"], c.zone);
      std::set<std::string> utc_times;
      for (const json& a : items) {
        EXPECT_EQ(a["start_local"].get<std::string>().substr(11), "09:00") << a.dump();
        EXPECT_EQ(a["time_zone"], c.zone);
        utc_times.insert(a["start"].get<std::string>().substr(11));
        const std::vector<ical::ReadEvent> file = Ics(a["id"]);
        ASSERT_EQ(file.size(), 1u);
        EXPECT_EQ(file[0].tzid, c.zone);
        EXPECT_EQ(file[0].local_start.substr(8), "T090000");
        EXPECT_EQ(contract::UtcText(file[0].start), a["start"]) << "VTIMEZONE disagrees";
        EXPECT_EQ(file[0].end - file[0].start, std::chrono::minutes(75));
      }
      // The UTC time changed with the clocks, so the local one could stay.
      EXPECT_EQ(utc_times.size(), 2u) << items.dump();
      // The plan's dates are the local dates.
      const json stored = PlanJson(plan);
      for (int k = 0; k < n; ++k) {
        EXPECT_EQ(stored["schedule"][k]["date"], first.AddDays(k * gap).ToString());
      }
    }
  }
}

// Bookings, whole series, reschedules and cancellations racing from many threads: whatever
// wins, no provider, room or device ends up with two active appointments at once.
TEST_P(Series, RandomisedSeriesAndVisitsNeverOverlap) {
  if (Stopped()) return;
  constexpr int kThreads = 6;
  constexpr int kOperations = 12;
  std::vector<domain::TreatmentPlan> plans;
  for (int i = 0; i < kThreads * 2; ++i) {
    plans.push_back(NewPlan(i % 2 == 0 ? a_.seed.patient.id : a_.seed.patient2.id));
  }
  const std::vector<const domain::User*> providers = {&a_.seed.provider, &a_.seed.provider2};
  std::atomic<int> series_booked{0}, visits{0}, moves{0}, cancels{0}, unexpected{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 random(77 + t + static_cast<int>(GetParam().size()));
      const Client http(server_->port());
      const std::string token = a_.tokens.at(t % 2 == 0 ? "front_desk" : "owner");
      std::vector<std::pair<int64_t, int64_t>> mine;  // id, version
      auto send = [&](const std::string& method, const std::string& path, const json& body) {
        return http.Send(method, "/api/v1" + path, body.dump(), Bearer(token));
      };
      const base::CivilDate day0 = *base::CivilDate::FromYmd(2027, 8, 2);
      for (int op = 0; op < kOperations; ++op) {
        const int roll = static_cast<int>(random() % 10);
        const base::CivilDate day = day0.AddDays(static_cast<int>(random() % 3));
        const std::string start =
            day.ToString() + "T" +
            contract::ClockTimeText(8 * 60 + 15 * static_cast<int>(random() % 12));
        HttpResult result;
        if (roll < 2 && op < 4) {
          const domain::TreatmentPlan& plan = plans[static_cast<size_t>(t * 2 + op % 2)];
          const int gap = plan.plan.interval.min;
          json sessions =
              Dated(plan.plan.sessions, day, gap, start.substr(11), *providers[random() % 2]);
          result =
              send("POST", "/plans/" + plan.id.ToString() + "/series", {{"sessions", sessions}});
          if (result.status == 201) {
            ++series_booked;
            const json body = result.Json();
            for (const json& a : body["items"]) mine.emplace_back(a["id"], a["version"]);
          }
        } else if (roll < 4 && !mine.empty()) {
          auto& [id, version] = mine[random() % mine.size()];
          result = send("POST", "/appointments/" + std::to_string(id) + "/reschedule",
                        {{"version", version}, {"start", start}, {"override_reason", "race"}});
          if (result.status == 200) {
            ++moves;
            version = result.Json()["version"];
          }
        } else if (roll < 5 && !mine.empty()) {
          const size_t pick = random() % mine.size();
          result = send("POST", "/appointments/" + std::to_string(mine[pick].first) + "/cancel",
                        {{"version", mine[pick].second}});
          if (result.status == 200) {
            ++cancels;
            mine.erase(mine.begin() + static_cast<std::ptrdiff_t>(pick));
          }
        } else {
          json body = {{"patient_id", (t % 2 == 0 ? a_.seed.patient : a_.seed.patient2).id.value()},
                       {"kind", random() % 2 ? "consultation" : "follow_up"},
                       {"start", start},
                       {"provider_id", providers[random() % 2]->id.value()}};
          result = send("POST", "/appointments", body);
          if (result.status == 201) {
            ++visits;
            mine.emplace_back(result.Json()["id"], result.Json()["version"]);
          }
        }
        // 409: taken; 422: spacing or a plan already booked; 403: an override from a
        // non-provider. Anything else is a bug.
        if (result.status >= 500 || result.status == 400 || result.status == 0) {
          ++unexpected;
          ADD_FAILURE() << result.status << " " << result.body;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(unexpected.load(), 0);
  EXPECT_GT(visits.load() + series_booked.load(), 3);
  base::Result<int64_t> overlaps = server_->store().CountOverlaps();
  ASSERT_TRUE(overlaps.has_value()) << overlaps.error().ToString();
  EXPECT_EQ(*overlaps, 0) << series_booked.load() << " series, " << visits.load() << " visits, "
                          << moves.load() << " moves, " << cancels.load() << " cancels";
}

INSTANTIATE_TEST_SUITE_P(Backends, Series, ::testing::Values("sqlite", "postgres", "memory"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
