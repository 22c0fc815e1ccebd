// Test support for black-box API tests: a real server on a loopback port (in this process,
// so tests can move its clock), a minimal HTTP client, and a clinic seeded with one user per
// role, patients, a consultation and a plan.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <thread>

#include "needlepoint/app/adverse.h"
#include "needlepoint/app/audit_writer.h"
#include "needlepoint/app/auth.h"
#include "needlepoint/app/env.h"
#include "needlepoint/app/treatment_sessions.h"
#include "needlepoint/http/dispatcher.h"
#include "needlepoint/http/router.h"
#include "needlepoint/http/server.h"
#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::http::testing {

struct TestServerOptions {
  std::string backend = "sqlite";
  std::chrono::seconds read_timeout{10};
  std::chrono::seconds idle_timeout{30};
  // Argon2 lowered to the OWASP minimum for test speed; the per-address login limit raised,
  // since every test logs in from 127.0.0.1 while the fake clock stands still.
  app::AuthSettings auth;
  std::vector<std::string> trusted_proxies;  // ServerOptions::trusted_proxies
  int workers = 8;                           // ServerOptions::workers
  std::size_t worker_queue = 1024;           // ServerOptions::worker_queue
  TestServerOptions() {
    auth.argon2 = {19 * 1024, 2};
    auth.address_attempts_per_minute = 1'000'000;
  }
};

class TestServer {
 public:
  // Opens the backend's test store and starts serving on 127.0.0.1:<free port>.
  static base::Result<std::unique_ptr<TestServer>> Start(const TestServerOptions& options = {});
  ~TestServer();

  uint16_t port() const { return server_->port(); }
  base::FakeClock& clock() { return clock_; }
  storage::testing::TestStore& store() { return *store_; }
  storage::Database& db() { return store_->db(); }
  app::AppEnv& env() { return *env_; }
  // The directory the server keeps photo files in (its own, removed when it is destroyed).
  const std::filesystem::path& photo_dir() const { return photo_store_->dir(); }
  // Stops the server (waits for Run to return).
  void Stop();
  // Requests the server is handling (Server::in_flight).
  int in_flight() const { return server_->in_flight(); }

 private:
  TestServer() = default;
  base::FakeClock clock_{storage::testing::At(0)};
  std::unique_ptr<storage::testing::TestStore> store_;
  app::ProtocolCache protocols_;
  std::unique_ptr<imaging::PhotoEngine> photo_engine_;
  std::unique_ptr<app::PhotoStore> photo_store_;
  std::unique_ptr<app::AppEnv> env_;
  std::unique_ptr<app::Authenticator> auth_;
  std::unique_ptr<app::AuditWriter> audit_;
  std::unique_ptr<Router> router_;
  std::unique_ptr<Dispatcher> dispatcher_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

struct HttpResult {
  int status = 0;                              // 0: the connection closed without a response
  std::map<std::string, std::string> headers;  // lower-case names (the last of repeated ones)
  std::vector<std::string> set_cookies;        // every Set-Cookie value, in order
  std::string body;

  // The value that a Set-Cookie of this response gives the cookie `name` ("" if none).
  std::string Cookie(std::string_view name) const;

  nlohmann::json Json() const;
  std::string Header(const std::string& lower_name) const;
};

// One request per connection unless told otherwise; enough for tests.
class Client {
 public:
  explicit Client(uint16_t port) : port_(port) {}
  HttpResult Send(std::string_view method, const std::string& target, const std::string& body = "",
                  const std::map<std::string, std::string>& headers = {}) const;
  // Sends `bytes` as-is and returns whatever comes back before the server closes or
  // `timeout` passes.
  std::string SendRaw(const std::string& bytes, std::chrono::milliseconds timeout) const;
  uint16_t port() const { return port_; }

 private:
  uint16_t port_;
};

// `Authorization: Bearer <token>` (+ JSON content type when `json`).
std::map<std::string, std::string> Bearer(const std::string& token, bool json = true);

inline constexpr std::string_view kTestPassword = "correct horse battery staple 7";

struct SeededApiClinic {
  storage::testing::SeededClinic seed;        // owner, providers, front desk, rooms, two patients
  domain::User patient_user;                  // portal account of seed.patient
  domain::Consultation consultation;          // of seed.patient
  domain::TreatmentPlan plan;                 // of seed.patient
  std::map<std::string, std::string> tokens;  // role name -> bearer token
};

// Seeds a clinic through the app layer (passwords set to kTestPassword) and logs every role
// in over HTTP.
base::Result<SeededApiClinic> SeedApiClinic(TestServer& server, std::string_view prefix);

// Logs in over HTTP; returns the login response.
HttpResult Login(const Client& client, const std::string& clinic, const std::string& email,
                 std::string_view password = kTestPassword,
                 const std::map<std::string, std::string>& headers = {});

// ---- Helpers for the security suites -------------------------------------------------------

using storage::testing::BackendAvailable;

// `Cookie: __Host-np_session=<token>`, plus `X-CSRF-Token` when `csrf` is not empty and a
// JSON content type when `json`.
std::map<std::string, std::string> SessionCookie(const std::string& token,
                                                 const std::string& csrf = "", bool json = true);

// A token of the right shape ("<clinic>.<43 base64url characters>") that names no session.
std::string UnknownToken(base::ClinicId clinic);

// "GET /api/v1/patients/{id}": the route's method and pattern.
std::string RouteKey(const Route& route);

// One HTTP/1.1 response parsed from raw bytes (status 0 when there is no complete one).
HttpResult ParseHttpResponse(std::string_view raw);

// Whether 127.0.0.1:`port` accepts a TCP connection.
bool CanConnect(uint16_t port);

// A TCP connection driven byte by byte, for what Client cannot do: half-sent requests,
// oversized ones, kept-alive connections.
class RawConnection {
 public:
  // Connects to 127.0.0.1:`port`; null if the connection is refused.
  static std::unique_ptr<RawConnection> Open(uint16_t port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Writes all of `bytes`; false once the server has closed or reset the connection.
  bool Write(std::string_view bytes);
  // Reads one response (by Content-Length); status 0 if none arrives within `timeout` or
  // the connection closes first.
  HttpResult ReadResponse(std::chrono::milliseconds timeout);
  // Reads until the server closes the connection or `timeout` passes (0: only what has
  // already arrived); returns the bytes.
  std::string ReadUntilClosed(std::chrono::milliseconds timeout);
  // True once the server closed (end of stream or reset) the connection.
  bool closed() const { return closed_; }

 private:
  explicit RawConnection(int fd) : fd_(fd) {}
  // Reads what is available within `timeout` into buffer_; false on timeout or close.
  bool ReadSome(std::chrono::milliseconds timeout);

  int fd_;
  bool closed_ = false;
  std::string buffer_;
};

// A request for `route` that reaches its handler as `clinic`'s owner would send it: ids of
// the clinic's own objects, current versions, fresh e-mail addresses and protocol versions.
// (DELETE /api/v1/session ends the session that sends it: send it with a spare one.)
struct ExampleRequest {
  std::string method;
  std::string path;
  std::string body;          // "" for routes without a body
  std::string content_type;  // "" for routes without a body
};
ExampleRequest ExampleFor(TestServer& server, const Route& route, const SeededApiClinic& clinic);

// A new patient of `clinic`, with a name and e-mail no other call returns.
base::Result<domain::Patient> FreshPatient(TestServer& server, const SeededApiClinic& clinic);
// A new booking request of `clinic` (status new, version 1), stored directly.
base::Result<domain::BookingRequest> FreshBookingRequest(TestServer& server,
                                                         const SeededApiClinic& clinic);
// The body of a valid request to the public booking form.
std::string BookingFormBody();
// The body of a valid conversion of a booking request of `clinic`: a new person, a
// consultation with its provider on a day no other call books.
std::string ConversionBody(const SeededApiClinic& clinic, int64_t version);
// The portal account (no password set yet) of a new patient of `clinic`.
base::Result<domain::User> FreshPortalAccount(TestServer& server, const SeededApiClinic& clinic);
// The set-password link token of a new staff invitation of `clinic`, as its owner issues it.
base::Result<std::string> FreshInvitationToken(TestServer& server, const SeededApiClinic& clinic);
// A request context acting as `user` of `clinic` (for seeding through the app layer).
app::RequestContext ContextOf(const SeededApiClinic& clinic, const domain::User& user);

// A consultation of `clinic`'s second patient with its second provider today (the test
// clock's UTC date, from 12:00 on), so that it can be checked in.
std::string TodaysAppointment(TestServer& server, const SeededApiClinic& clinic);

// A POST /plans/{id}/series body booking the sessions the clinic's owner is proposed for
// `plan`.
nlohmann::json SeriesBody(TestServer& server, const SeededApiClinic& clinic, base::PlanId plan);

// A new consultation and plan of `clinic`'s seeded patient (or `patient`), activated by its
// provider, so that its series can be booked.
base::Result<domain::TreatmentPlan> FreshActivePlan(TestServer& server,
                                                    const SeededApiClinic& clinic,
                                                    std::optional<base::PatientId> patient = {});

// The clinic's newest photography consent text, published by its owner if it has none.
base::Result<domain::ConsentText> PhotoConsentText(TestServer& server,
                                                   const SeededApiClinic& clinic);
// Makes sure `patient` of `clinic` has signed the newest photography consent text.
base::Status EnsurePhotoConsent(TestServer& server, const SeededApiClinic& clinic,
                                base::PatientId patient);
// A small phantom photo (640×480 JPEG with skin features and a colour card), rendered once.
const std::string& PhantomJpeg();
// A new photo of `patient` of `clinic` (baseline, front), uploaded by its provider after
// making sure of the consent.
base::Result<domain::Photo> FreshPhoto(TestServer& server, const SeededApiClinic& clinic,
                                       base::PatientId patient);
// The first overlay image stored by comparing two fresh photos of `patient`.
base::Result<domain::PhotoOverlay> FreshOverlay(TestServer& server, const SeededApiClinic& clinic,
                                                base::PatientId patient);

// How far FreshSession takes a session: open; checked in (the treatment consent signed, the
// required actions not yet confirmed); in progress; charted (a complete chart and a fresh
// cartridge); signed off.
enum class SessionStage { kOpen, kCheckedIn, kInProgress, kCharted, kSignedOff };
// A day-of check-in with every answer "no" and the prep followed.
nlohmann::json CleanCheckIn();
// A complete chart for `clinic`'s plans (cheeks at `depth_mm`, the seeded pen, 25 minutes of
// numbing ending at `now`, hyaluronic acid of lot HA-2026-11).
nlohmann::json CompleteChart(const SeededApiClinic& clinic, base::Timestamp now,
                             double depth_mm = 1.0);
// The shallowest depth the plan of `d` allows on the cheeks (what CompleteChart charts), or
// 1.0 mm when the plan does not treat them.
double CheeksDepth(const app::SessionDetail& d);
// A GS1 element string of a cartridge no other call returns (lot LOT-A, expiry 2030-12-31).
std::string FreshCartridgeBarcode();
// A treatment appointment (session 1) today, the clinic's local date on the test clock, of a
// new active plan of `clinic`'s seeded patient (or `patient`), with its provider.
base::Result<domain::Appointment> FreshTreatmentAppointment(
    TestServer& server, const SeededApiClinic& clinic, std::optional<base::PatientId> patient = {});
// A session of a FreshTreatmentAppointment opened by the clinic's provider and taken to `stage`
// through the app layer with `check_in` as the day-of answers.
base::Result<app::SessionDetail> FreshSession(TestServer& server, const SeededApiClinic& clinic,
                                              SessionStage stage,
                                              std::optional<base::PatientId> patient = {},
                                              const nlohmann::json& check_in = CleanCheckIn());
// An urgent concern (pus) reported by the provider about a fresh signed session.
base::Result<app::ConcernView> FreshConcern(TestServer& server, const SeededApiClinic& clinic,
                                            std::optional<base::PatientId> patient = {});

// A local date no other call returns (from 4 January 2027 on, one day each), for booking a
// visit that takes no one else's slot.
base::CivilDate NextBookingDay();

// The total of a patient search for "" as the holder of `token` (-1 on failure).
int64_t PatientTotal(const Client& client, const std::string& token);

// The fixture of API tests that run on every backend (the test parameter): SetUp starts a
// server on that backend and seeds the clinic `prefix` as a_, or skips the test when the
// PostgreSQL test cluster is not there. A fixture that needs more calls ServerTest::SetUp()
// first and returns if it skipped or failed.
class ServerTest : public ::testing::TestWithParam<std::string> {
 protected:
  explicit ServerTest(std::string prefix) : prefix_(std::move(prefix)) {}
  void SetUp() override;
  bool Stopped() const { return IsSkipped() || HasFatalFailure(); }
  // (Re)starts the server with `options` on this test's backend and seeds a_ anew.
  void StartServer(TestServerOptions options);
  Client client() const { return Client(server_->port()); }

  std::unique_ptr<TestServer> server_;
  SeededApiClinic a_;

 private:
  std::string prefix_;
};

}  // namespace needlepoint::http::testing
