// Booking requests through the API on every backend (issue 11 §6): the public form stores a
// request and never echoes it; bad input names its field and stores nothing; a filled
// honeypot is answered alike and stores nothing; an unknown clinic is a plain 404; each
// client address has a limit (429 with Retry-After; behind a trusted proxy, per forwarded
// address). The front desk's inbox lists, reads and moves requests with versions; converting
// one registers the patient and books the consultation in one transaction — a slot taken or a
// likely duplicate not confirmed stores nothing. One audit row per request, the public form's
// included; portal accounts are refused.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/app/booking.h"
#include "needlepoint/http/testing/test_server.h"

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

class BookingRequests : public ServerTest {
 protected:
  BookingRequests() : ServerTest("requests") {}

  HttpResult As(const std::string& role, std::string_view method, const std::string& path,
                const json& body = nullptr) const {
    return client().Send(method, "/api/v1" + path, body.is_null() ? "" : body.dump(),
                         Bearer(a_.tokens.at(role), !body.is_null()));
  }
  HttpResult Submit(const json& body, const std::string& slug = "",
                    std::map<std::string, std::string> headers = {}) const {
    headers["Content-Type"] = "application/json";
    return client().Send("POST",
                         "/api/v1/public/clinics/" + (slug.empty() ? a_.seed.clinic.slug : slug) +
                             "/booking-requests",
                         body.dump(), headers);
  }
  static json Form() { return json::parse(BookingFormBody()); }

  std::vector<domain::BookingRequest> Stored() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->booking_requests().List(std::nullopt, base::BookingRequestId(0), 1000).value();
  }
  std::vector<domain::AuditRecord> AuditRows(std::string_view action = "") const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->audit().List({.action = std::string(action), .limit = 100000}).value();
  }
  // The audit rows the request with this response wrote.
  int64_t AuditRowsOf(const HttpResult& result) const {
    const std::string id = result.Header("x-request-id");
    EXPECT_FALSE(id.empty());
    int64_t rows = 0;
    for (const domain::AuditRecord& row : AuditRows()) rows += row.entry.request_id == id ? 1 : 0;
    return rows;
  }
  int64_t Patients() const { return PatientTotal(client(), a_.tokens.at("owner")); }
};

TEST_P(BookingRequests, ThePublicFormStoresARequestAndNeverEchoesIt) {
  if (Stopped()) return;
  json form = Form();
  form["email"] = "mary@example.test";
  form["message"] = "I have a wedding in June";
  const HttpResult result = Submit(form);
  ASSERT_EQ(result.status, 202) << result.body;
  EXPECT_EQ(result.Json(), json({{"status", "received"}}));
  for (const char* echo : {"Seacole", "mary@", "7946", "wedding", "acne"}) {
    EXPECT_EQ(result.body.find(echo), std::string::npos) << echo;
  }
  EXPECT_TRUE(result.set_cookies.empty());
  const std::vector<domain::BookingRequest> stored = Stored();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].name, "Mary Seacole");
  EXPECT_EQ(stored[0].email, "mary@example.test");
  EXPECT_EQ(stored[0].phone, "+44 20 7946 0000");
  EXPECT_EQ(stored[0].message, "I have a wedding in June");
  EXPECT_EQ(stored[0].status, domain::BookingRequestStatus::kNew);
  // Exactly one audit row, naming the request and no one's details.
  const std::vector<domain::AuditRecord> rows = AuditRows("booking_request.create");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].entry.object_id, stored[0].id.ToString());
  EXPECT_EQ(rows[0].entry.request_id, result.Header("x-request-id"));
  EXPECT_EQ(rows[0].entry.detail.find("Seacole"), std::string::npos);
}

TEST_P(BookingRequests, BadInputNamesItsFieldAndStoresNothing) {
  if (Stopped()) return;
  struct Case {
    std::string name;
    json body;
    std::set<std::string> pointers;
  };
  json no_name = Form();
  no_name.erase("name");
  json blank_name = Form();
  blank_name["name"] = "   ";
  json no_contact = Form();
  no_contact.erase("phone");
  json no_consent = Form();
  no_consent["consent_to_contact"] = false;
  json consent_missing = Form();
  consent_missing.erase("consent_to_contact");
  json bad_email = Form();
  bad_email["email"] = "not-an-address";
  json bad_phone = Form();
  bad_phone["phone"] = "call me maybe";
  json unknown = Form();
  unknown["colour"] = "blue";
  json control = Form();
  control["interest"] = "acne\u0007scars";
  json long_name = Form();
  long_name["name"] = std::string(201, 'x');
  const std::vector<Case> cases = {
      {"no name", no_name, {"/name"}},
      {"blank name", blank_name, {"/name"}},
      {"neither phone nor e-mail", no_contact, {"/phone"}},
      {"consent false", no_consent, {"/consent_to_contact"}},
      {"consent missing", consent_missing, {"/consent_to_contact"}},
      {"bad e-mail", bad_email, {"/email"}},
      {"bad phone", bad_phone, {"/phone"}},
      {"unknown field", unknown, {"/colour"}},
      {"control character", control, {"/interest"}},
      {"name too long", long_name, {"/name"}},
  };
  server_->env().public_form_limit->Configure(1000, std::chrono::seconds(600));
  for (const Case& c : cases) {
    const HttpResult result = Submit(c.body);
    EXPECT_EQ(result.status, 400) << c.name << ": " << result.body;
    EXPECT_EQ(Pointers(result), c.pointers) << c.name << ": " << result.body;
    for (const char* echo : {"not-an-address", "call me maybe", "xxxxxxxxxx", "Seacole"}) {
      EXPECT_EQ(result.body.find(echo), std::string::npos) << c.name << " echoes " << echo;
    }
  }
  EXPECT_EQ(Submit(json::array()).status, 400);
  EXPECT_EQ(client()
                .Send("POST", "/api/v1/public/clinics/" + a_.seed.clinic.slug + "/booking-requests",
                      "name=Mary", {{"Content-Type", "application/x-www-form-urlencoded"}})
                .status,
            415);
  EXPECT_TRUE(Stored().empty());
  EXPECT_TRUE(AuditRows("booking_request.create").empty());
}

TEST_P(BookingRequests, AFilledHoneypotIsAnsweredAlikeAndStoresNothing) {
  if (Stopped()) return;
  json robot = Form();
  robot["website"] = "https://cheap-pills.example";
  const HttpResult result = Submit(robot);
  EXPECT_EQ(result.status, 202) << result.body;
  EXPECT_EQ(result.Json(), json({{"status", "received"}}));
  EXPECT_TRUE(Stored().empty());
  EXPECT_TRUE(AuditRows("booking_request.create").empty());
}

TEST_P(BookingRequests, AnUnknownClinicIsAPlain404) {
  if (Stopped()) return;
  const HttpResult unknown = Submit(Form(), "no-such-clinic-anywhere");
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  const HttpResult no_route = client().Send("GET", "/api/v1/no-such-thing");
  EXPECT_EQ(unknown.Json()["detail"], no_route.Json()["detail"]);
  EXPECT_EQ(unknown.Json()["title"], no_route.Json()["title"]);
  EXPECT_FALSE(unknown.Json().contains("errors"));
  EXPECT_EQ(Submit(Form(), "UPPER").status, 404);  // not even a slug
}

TEST_P(BookingRequests, EachAddressHasALimit) {
  if (Stopped()) return;
  server_->env().public_form_limit->Configure(2, std::chrono::seconds(600));
  EXPECT_EQ(Submit(Form()).status, 202);
  EXPECT_EQ(Submit(Form()).status, 202);
  const HttpResult limited = Submit(Form());
  EXPECT_EQ(limited.status, 429) << limited.body;
  const std::string retry = limited.Header("retry-after");
  ASSERT_FALSE(retry.empty());
  EXPECT_GT(std::stoi(retry), 0);
  EXPECT_LE(std::stoi(retry), 600);
  EXPECT_EQ(Stored().size(), 2u);
  // The window passes.
  server_->clock().Advance(std::chrono::seconds(601));
  EXPECT_EQ(Submit(Form()).status, 202);
  EXPECT_EQ(Stored().size(), 3u);
}

TEST_P(BookingRequests, BehindATrustedProxyTheLimitIsPerForwardedAddress) {
  if (Stopped()) return;
  TestServerOptions options;
  options.trusted_proxies = {"127.0.0.1/32"};
  StartServer(options);
  if (Stopped()) return;
  server_->env().public_form_limit->Configure(1, std::chrono::seconds(600));
  EXPECT_EQ(Submit(Form(), "", {{"X-Forwarded-For", "203.0.113.7"}}).status, 202);
  EXPECT_EQ(Submit(Form(), "", {{"X-Forwarded-For", "203.0.113.7"}}).status, 429);
  EXPECT_EQ(Submit(Form(), "", {{"X-Forwarded-For", "198.51.100.9"}}).status, 202);
  EXPECT_EQ(Stored().size(), 2u);
}

TEST_P(BookingRequests, TheInboxListsReadsAndMovesRequestsWithVersions) {
  if (Stopped()) return;
  ASSERT_EQ(Submit(Form()).status, 202);
  const int64_t id = Stored().at(0).id.value();
  const std::string path = "/booking-requests/" + std::to_string(id);

  const HttpResult list = As("front_desk", "GET", "/booking-requests?status=new");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.Json()["items"].size(), 1u);
  EXPECT_EQ(list.Json()["items"][0]["name"], "Mary Seacole");
  EXPECT_EQ(AuditRowsOf(list), 1);
  EXPECT_EQ(As("front_desk", "GET", "/booking-requests?status=closed").Json()["items"].size(), 0u);
  EXPECT_EQ(As("front_desk", "GET", "/booking-requests?status=lost").status, 400);

  const HttpResult one = As("provider", "GET", path);
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.Json()["phone"], "+44 20 7946 0000");
  EXPECT_EQ(one.Json()["version"], 1);
  EXPECT_EQ(AuditRowsOf(one), 1);

  const HttpResult moved =
      As("front_desk", "PATCH", path, {{"version", 1}, {"status", "contacted"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.Json()["status"], "contacted");
  EXPECT_EQ(moved.Json()["version"], 2);
  EXPECT_EQ(AuditRowsOf(moved), 1);
  const HttpResult stale = As("front_desk", "PATCH", path, {{"version", 1}, {"status", "closed"}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(AuditRowsOf(stale), 1);
  const HttpResult booked =
      As("front_desk", "PATCH", path, {{"version", 2}, {"status", "consultation_booked"}});
  EXPECT_EQ(booked.status, 400) << booked.body;
  EXPECT_EQ(Pointers(booked), (std::set<std::string>{"/status"}));
  EXPECT_EQ(Stored().at(0).status, domain::BookingRequestStatus::kContacted);

  // Portal accounts are refused; another clinic's request or a missing one is not found.
  EXPECT_EQ(As("patient", "GET", "/booking-requests").status, 403);
  EXPECT_EQ(As("patient", "GET", path).status, 403);
  EXPECT_EQ(As("patient", "PATCH", path, {{"version", 2}, {"status", "closed"}}).status, 403);
  EXPECT_EQ(As("front_desk", "GET", "/booking-requests/999999999999").status, 404);
  auto b = SeedApiClinic(*server_, "requests-b");
  ASSERT_TRUE(b.has_value());
  const auto other = FreshBookingRequest(*server_, *b).value();
  EXPECT_EQ(As("owner", "GET", "/booking-requests/" + other.id.ToString()).status, 404);
}

TEST_P(BookingRequests, ConvertingRegistersAndBooksInOneTransaction) {
  if (Stopped()) return;
  const domain::BookingRequest request = FreshBookingRequest(*server_, a_).value();
  const std::string path = "/booking-requests/" + request.id.ToString() + "/convert";
  const int64_t patients = Patients();
  const json body = json::parse(ConversionBody(a_, 1));
  const HttpResult converted = As("front_desk", "POST", path, body);
  ASSERT_EQ(converted.status, 201) << converted.body;
  const json answer = converted.Json();
  EXPECT_EQ(answer["appointment"]["kind"], "consultation");
  EXPECT_EQ(answer["appointment"]["status"], "booked");
  EXPECT_EQ(answer["appointment"]["patient_id"], answer["patient_id"]);
  EXPECT_EQ(answer["appointment"]["start_local"], body["consultation"]["start"]);
  EXPECT_EQ(answer["request"]["status"], "consultation_booked");
  EXPECT_EQ(answer["request"]["patient_id"], answer["patient_id"]);
  EXPECT_EQ(answer["request"]["appointment_id"], answer["appointment"]["id"]);
  EXPECT_EQ(answer["request"]["version"], 2);
  EXPECT_EQ(Patients(), patients + 1);
  EXPECT_EQ(AuditRowsOf(converted), 1);
  // Converting again: the request is already booked.
  EXPECT_EQ(As("front_desk", "POST", path, json::parse(ConversionBody(a_, 2))).status, 409);
  EXPECT_EQ(Patients(), patients + 1);
}

TEST_P(BookingRequests, ATakenSlotStoresNothing) {
  if (Stopped()) return;
  const domain::BookingRequest request = FreshBookingRequest(*server_, a_).value();
  json body = json::parse(ConversionBody(a_, 1));
  // Someone books the provider at that time first.
  const std::string start = body["consultation"]["start"];
  app::RequestContext owner = ContextOf(a_, a_.seed.owner);
  const auto local = contract::ParseLocalDateTime(start).value();
  ASSERT_TRUE(app::BookVisit(
                  server_->env(), owner,
                  {.patient = a_.seed.patient2.id, .start = local, .provider = a_.seed.provider.id})
                  .has_value());
  const int64_t patients = Patients();
  const HttpResult taken =
      As("front_desk", "POST", "/booking-requests/" + request.id.ToString() + "/convert", body);
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(AuditRowsOf(taken), 1);
  EXPECT_EQ(Patients(), patients);
  const HttpResult search =
      As("owner", "POST", "/patients/search", {{"q", body["patient"]["given_name"]}});
  EXPECT_EQ(search.Json()["total"], 0) << search.body;
  auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
  const domain::BookingRequest after = tx->booking_requests().Get(request.id).value();
  EXPECT_EQ(after.status, domain::BookingRequestStatus::kNew);
  EXPECT_EQ(after.version, 1);
  EXPECT_FALSE(after.patient_id.has_value());
}

TEST_P(BookingRequests, ALikelyDuplicateMustBeConfirmed) {
  if (Stopped()) return;
  const domain::BookingRequest request = FreshBookingRequest(*server_, a_).value();
  const std::string path = "/booking-requests/" + request.id.ToString() + "/convert";
  json body = json::parse(ConversionBody(a_, 1));
  body["patient"]["given_name"] = a_.seed.patient.given_name;
  body["patient"]["family_name"] = a_.seed.patient.family_name;
  body["patient"]["birth_date"] = a_.seed.patient.birth_date.ToString();
  const int64_t patients = Patients();
  const HttpResult duplicate = As("front_desk", "POST", path, body);
  EXPECT_EQ(duplicate.status, 409) << duplicate.body;
  ASSERT_TRUE(duplicate.Json().contains("candidates"));
  EXPECT_EQ(duplicate.Json()["candidates"][0]["id"], a_.seed.patient.id.value());
  EXPECT_EQ(AuditRowsOf(duplicate), 1);
  EXPECT_EQ(Patients(), patients);
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    EXPECT_EQ(tx->booking_requests().Get(request.id).value().version, 1);
  }
  body["patient"]["confirm_not_duplicate"] = true;
  const HttpResult confirmed = As("front_desk", "POST", path, body);
  EXPECT_EQ(confirmed.status, 201) << confirmed.body;
  EXPECT_EQ(Patients(), patients + 1);
}

TEST_P(BookingRequests, BadConversionsNameTheirFieldAndStoreNothing) {
  if (Stopped()) return;
  const domain::BookingRequest request = FreshBookingRequest(*server_, a_).value();
  const std::string path = "/booking-requests/" + request.id.ToString() + "/convert";
  json body = json::parse(ConversionBody(a_, 1));
  body["patient"].erase("birth_date");
  body["consultation"]["start"] = "tomorrow";
  const HttpResult bad = As("front_desk", "POST", path, body);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(Pointers(bad), (std::set<std::string>{"/patient/birth_date", "/consultation/start"}));
  json future = json::parse(ConversionBody(a_, 1));
  future["patient"]["birth_date"] = "2999-01-01";
  const HttpResult unborn = As("front_desk", "POST", path, future);
  EXPECT_EQ(unborn.status, 400) << unborn.body;
  EXPECT_EQ(Pointers(unborn), (std::set<std::string>{"/patient/birth_date"}));
  const int64_t patients = Patients();
  EXPECT_EQ(As("front_desk", "POST", path, json::parse(ConversionBody(a_, 7))).status, 409);
  EXPECT_EQ(Patients(), patients);
  EXPECT_EQ(As("patient", "POST", path, json::parse(ConversionBody(a_, 1))).status, 403);
  EXPECT_EQ(Patients(), patients);
}

INSTANTIATE_TEST_SUITE_P(Backends, BookingRequests, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
