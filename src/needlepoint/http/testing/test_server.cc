#include "needlepoint/http/testing/test_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <optional>
#include <random>
#include <utility>

#include "needlepoint/app/administration.h"
#include "needlepoint/app/booking.h"
#include "needlepoint/app/calendar_files.h"
#include "needlepoint/app/calendar_input.h"
#include "needlepoint/app/clinic_calendars.h"
#include "needlepoint/app/consents.h"
#include "needlepoint/app/consultations.h"
#include "needlepoint/app/mail_settings.h"
#include "needlepoint/app/photos.h"
#include "needlepoint/app/series.h"
#include "needlepoint/contract/session_json.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/http/asio.h"
#include "needlepoint/http/routes.h"
#include "needlepoint/imaging/opencv/opencv_engine.h"
#include "needlepoint/imaging/testing/phantom.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/security/password.h"

namespace needlepoint::http::testing {
namespace {
// Every day 08:00-20:00, as SeedApiClinic sets it (bookings in the examples need it).
constexpr std::string_view kFullWeek =
    R"({"hours":{"mon":[{"from":"08:00","to":"20:00"}],"tue":[{"from":"08:00","to":"20:00"}],"wed":[{"from":"08:00","to":"20:00"}],"thu":[{"from":"08:00","to":"20:00"}],"fri":[{"from":"08:00","to":"20:00"}],"sat":[{"from":"08:00","to":"20:00"}],"sun":[{"from":"08:00","to":"20:00"}]}})";

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

}  // namespace

base::Result<std::unique_ptr<TestServer>> TestServer::Start(const TestServerOptions& options) {
  spdlog::set_level(spdlog::level::warn);  // one line per request would drown the test output
  std::unique_ptr<TestServer> server(new TestServer());
  NP_ASSIGN_OR_RETURN(server->store_,
                      storage::testing::OpenTestStore(options.backend, server->clock_));
  // Photo files go to a directory of this server's own, removed when it stops.
  char photo_dir[] = "/tmp/np-test-photos-XXXXXX";
  if (::mkdtemp(photo_dir) == nullptr) {
    return base::Fail(base::Unavailable("cannot create a photo directory for the test server"));
  }
  server->photo_store_ = std::make_unique<app::PhotoStore>(photo_dir);
  server->photo_engine_ = imaging::MakeOpenCvPhotoEngine();
  server->env_ = std::make_unique<app::AppEnv>(
      app::AppEnv{server->store_->db(), server->clock_, server->protocols_, options.auth.argon2});
  server->env_->photo_engine = server->photo_engine_.get();
  server->env_->photo_store = server->photo_store_.get();
  {
    const storage::AuditKey& key = storage::testing::TestAuditKey();
    server->env_->seal_key =
        app::MailSealKey(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
  }
  server->auth_ =
      std::make_unique<app::Authenticator>(server->store_->db(), server->clock_, options.auth);
  server->audit_ = std::make_unique<app::AuditWriter>(server->store_->db());
  server->router_ = std::make_unique<Router>(ApiRoutes());
  server->dispatcher_ = std::make_unique<Dispatcher>(*server->router_, *server->env_,
                                                     *server->auth_, *server->audit_);
  ServerOptions server_options;
  server_options.port = 0;
  server_options.threads = 2;
  server_options.read_timeout = options.read_timeout;
  server_options.idle_timeout = options.idle_timeout;
  server_options.handle_signals = false;
  server_options.shutdown_grace = std::chrono::seconds(5);
  server_options.trusted_proxies = options.trusted_proxies;
  server_options.workers = options.workers;
  server_options.worker_queue = options.worker_queue;
  server_options.hash_workers = options.auth.concurrent_hashes;
  server->server_ = std::make_unique<Server>(server_options, *server->dispatcher_);
  NP_RETURN_IF_ERROR(server->server_->Listen());
  server->thread_ = std::thread([raw = server.get()] { raw->server_->Run(); });
  return server;
}

void TestServer::Stop() {
  if (!thread_.joinable()) return;
  server_->Stop();
  thread_.join();
  audit_->Stop();
}

TestServer::~TestServer() {
  Stop();
  if (photo_store_) {
    std::error_code ec;
    std::filesystem::remove_all(photo_store_->dir(), ec);
  }
}

nlohmann::json HttpResult::Json() const {
  return nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
}

std::string HttpResult::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? "" : it->second;
}

std::string HttpResult::Cookie(std::string_view name) const {
  for (const std::string& line : set_cookies) {
    if (line.starts_with(name) && line.size() > name.size() && line[name.size()] == '=') {
      return line.substr(name.size() + 1, line.find(';') - name.size() - 1);
    }
  }
  return "";
}

HttpResult Client::Send(std::string_view method, const std::string& target, const std::string& body,
                        const std::map<std::string, std::string>& headers) const {
  HttpResult result;
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));
    stream.expires_after(std::chrono::seconds(30));
    bhttp::request<bhttp::string_body> request(
        bhttp::string_to_verb(beast::string_view(method.data(), method.size())), target, 11);
    request.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port_));
    for (const auto& [name, value] : headers) request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    bhttp::write(stream, request);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    bhttp::read(stream, buffer, parser);
    const auto& response = parser.get();
    result.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      result.headers[name] = std::string(field.value());
      if (name == "set-cookie") result.set_cookies.emplace_back(field.value());
    }
    result.body = response.body();
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  } catch (const std::exception&) {
    result.status = 0;
  }
  return result;
}

std::string Client::SendRaw(const std::string& bytes, std::chrono::milliseconds timeout) const {
  std::unique_ptr<RawConnection> connection = RawConnection::Open(port_);
  if (connection == nullptr) return "";
  connection->Write(bytes);
  return connection->ReadUntilClosed(timeout);
}

std::map<std::string, std::string> Bearer(const std::string& token, bool json) {
  std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + token}};
  if (json) headers["Content-Type"] = "application/json";
  return headers;
}

HttpResult Login(const Client& client, const std::string& clinic, const std::string& email,
                 std::string_view password, const std::map<std::string, std::string>& headers) {
  std::map<std::string, std::string> all = headers;
  all["Content-Type"] = "application/json";
  const nlohmann::json body = {{"clinic", clinic}, {"email", email}, {"password", password}};
  return client.Send("POST", "/api/v1/session", body.dump(), all);
}

base::Result<SeededApiClinic> SeedApiClinic(TestServer& server, std::string_view prefix) {
  static const std::string hash =
      security::HashPassword(kTestPassword, server.env().argon2).value_or("");
  SeededApiClinic seeded;
  NP_ASSIGN_OR_RETURN(seeded.seed, storage::testing::SeedClinic(server.db(), prefix));
  storage::testing::SeededClinic& s = seeded.seed;
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        server.db().Begin(s.clinic.id, storage::Access::kWrite));
    for (domain::User* user : {&s.owner, &s.provider, &s.provider2, &s.front_desk}) {
      user->password_hash = hash;
      NP_ASSIGN_OR_RETURN(*user, tx->users().Update(*user));
    }
    domain::User portal;
    portal.email = "ada.portal@example.test";
    portal.display_name = "Ada Lovelace";
    portal.role = domain::Role::kPatient;
    portal.patient_id = s.patient.id;
    portal.password_hash = hash;
    NP_ASSIGN_OR_RETURN(seeded.patient_user, tx->users().Create(portal));
    // Both providers work 08:00-20:00 every day, so visits can be booked.
    std::vector<domain::WorkingSpan> week;
    for (int day = 0; day < 7; ++day) week.push_back({day, 8 * 60, 20 * 60});
    NP_RETURN_IF_ERROR(tx->calendars().SetWorkingHours(s.provider.id, week));
    NP_RETURN_IF_ERROR(tx->calendars().SetWorkingHours(s.provider2.id, week));
    NP_RETURN_IF_ERROR(tx->Commit());
  }
  app::RequestContext context;
  context.principal = {s.clinic.id, s.provider.id, domain::Role::kProvider, {}, "", {}};
  context.request_id = "seed";
  const nlohmann::json intake = {
      {"assessed_on", "2026-11-20"},
      {"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
      {"areas", {"cheeks", "forehead"}},
      {"concerns",
       {{{"code", "acne_scars"}, {"subtype", "rolling"}, {"severity", 3}, {"areas", {"cheeks"}}},
        {{"code", "fine_lines"}, {"severity", 2}, {"areas", {"forehead"}}}}}};
  NP_ASSIGN_OR_RETURN(app::RecordedConsultation recorded,
                      app::SubmitConsultation(server.env(), context, s.patient.id, intake));
  seeded.consultation = recorded.consultation;
  NP_ASSIGN_OR_RETURN(seeded.plan, app::CreatePlan(server.env(), context, seeded.consultation.id));

  const Client client(server.port());
  const std::vector<std::pair<std::string, std::string>> logins = {
      {"owner", s.owner.email},
      {"provider", s.provider.email},
      {"front_desk", s.front_desk.email},
      {"patient", seeded.patient_user.email}};
  for (const auto& [role, email] : logins) {
    HttpResult login = Login(client, s.clinic.slug, email);
    if (login.status != 201) {
      return base::Fail(base::Internal("login of " + role + " failed: " + login.body));
    }
    seeded.tokens[role] = login.Json()["token"].get<std::string>();
  }
  return seeded;
}

// ---- Helpers for the security suites -------------------------------------------------------

namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds Left(Clock::time_point deadline) {
  return std::max(std::chrono::milliseconds(0),
                  std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
}

// Parses one response from the front of `raw`; the bytes it took, or nullopt if incomplete.
std::optional<size_t> ParseOne(std::string_view raw, HttpResult& out) {
  const size_t end = raw.find("\r\n\r\n");
  if (end == std::string_view::npos) return std::nullopt;
  HttpResult result;
  std::string_view head = raw.substr(0, end);
  const size_t line_end = std::min(head.find("\r\n"), head.size());
  const std::string_view status_line = head.substr(0, line_end);
  const size_t space = status_line.find(' ');
  if (!status_line.starts_with("HTTP/1.") || space == std::string_view::npos) return std::nullopt;
  const std::string_view code = status_line.substr(space + 1, 3);
  (void)std::from_chars(code.data(), code.data() + code.size(), result.status);
  head.remove_prefix(line_end);
  while (!head.empty()) {
    if (head.starts_with("\r\n")) head.remove_prefix(2);
    const size_t next = std::min(head.find("\r\n"), head.size());
    const std::string_view field = head.substr(0, next);
    head.remove_prefix(next);
    const size_t colon = field.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name(field.substr(0, colon));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view value = field.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    result.headers[name] = std::string(value);
  }
  size_t length = 0;
  const std::string declared = result.Header("content-length");
  (void)std::from_chars(declared.data(), declared.data() + declared.size(), length);
  if (raw.size() < end + 4 + length) return std::nullopt;
  result.body = std::string(raw.substr(end + 4, length));
  out = std::move(result);
  return end + 4 + length;
}

}  // namespace

void ServerTest::SetUp() {
  if (!BackendAvailable(GetParam())) {
    GTEST_SKIP() << "no PostgreSQL test cluster (run through ctest)";
  }
  StartServer(TestServerOptions());
}

void ServerTest::StartServer(TestServerOptions options) {
  options.backend = GetParam();
  server_.reset();
  auto server = TestServer::Start(options);
  ASSERT_TRUE(server.has_value()) << server.error().ToString();
  server_ = std::move(*server);
  auto seeded = SeedApiClinic(*server_, prefix_);
  ASSERT_TRUE(seeded.has_value()) << seeded.error().ToString();
  a_ = *seeded;
}

std::map<std::string, std::string> SessionCookie(const std::string& token, const std::string& csrf,
                                                 bool json) {
  std::map<std::string, std::string> headers = {
      {"Cookie", std::string(kSessionCookie) + "=" + token}};
  if (!csrf.empty()) headers["X-CSRF-Token"] = csrf;
  if (json) headers["Content-Type"] = "application/json";
  return headers;
}

std::string UnknownToken(base::ClinicId clinic) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::random_device random;
  std::string secret;
  for (int i = 0; i < 43; ++i) secret += kAlphabet[random() % kAlphabet.size()];
  return clinic.ToString() + "." + secret;
}

std::string RouteKey(const Route& route) {
  return std::string(MethodName(route.method)) + " " + route.pattern;
}

HttpResult ParseHttpResponse(std::string_view raw) {
  HttpResult result;
  ParseOne(raw, result);
  return result;
}

bool CanConnect(uint16_t port) { return RawConnection::Open(port) != nullptr; }

std::unique_ptr<RawConnection> RawConnection::Open(uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return nullptr;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return nullptr;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  return std::unique_ptr<RawConnection>(new RawConnection(fd));
}

RawConnection::~RawConnection() { ::close(fd_); }

bool RawConnection::Write(std::string_view bytes) {
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(20);
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n > 0) {
      bytes.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    pollfd ready{fd_, POLLOUT, 0};
    if (::poll(&ready, 1, static_cast<int>(Left(deadline).count())) <= 0) return false;
  }
  return true;
}

bool RawConnection::ReadSome(std::chrono::milliseconds timeout) {
  if (closed_) return false;
  pollfd ready{fd_, POLLIN, 0};
  if (::poll(&ready, 1, static_cast<int>(timeout.count())) <= 0) return false;
  char chunk[16384];
  const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
  if (n > 0) {
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return true;
  closed_ = true;  // end of stream, or reset
  return false;
}

HttpResult RawConnection::ReadResponse(std::chrono::milliseconds timeout) {
  const Clock::time_point deadline = Clock::now() + timeout;
  for (;;) {
    HttpResult result;
    if (const std::optional<size_t> used = ParseOne(buffer_, result)) {
      buffer_.erase(0, *used);
      return result;
    }
    if (!ReadSome(Left(deadline))) {
      if (const std::optional<size_t> used = ParseOne(buffer_, result)) {
        buffer_.erase(0, *used);
        return result;
      }
      return HttpResult{};
    }
  }
}

std::string RawConnection::ReadUntilClosed(std::chrono::milliseconds timeout) {
  const Clock::time_point deadline = Clock::now() + timeout;
  do {
    ReadSome(Left(deadline));
  } while (!closed_ && Left(deadline).count() > 0);
  std::string out = std::move(buffer_);
  buffer_.clear();
  return out;
}

base::Result<domain::Patient> FreshPatient(TestServer& server, const SeededApiClinic& clinic) {
  static std::atomic<int> serial{0};
  const std::string n = std::to_string(serial++);
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      server.db().Begin(clinic.seed.clinic.id, storage::Access::kWrite));
  domain::Patient patient;
  patient.given_name = "Fresh" + n;
  patient.family_name = "Patient" + n;
  patient.birth_date = *base::CivilDate::FromYmd(1990, 1, 1);
  patient.email = "fresh" + n + "@example.test";
  NP_ASSIGN_OR_RETURN(patient, tx->patients().Create(patient));
  NP_RETURN_IF_ERROR(tx->Commit());
  return patient;
}

base::Result<domain::BookingRequest> FreshBookingRequest(TestServer& server,
                                                         const SeededApiClinic& clinic) {
  static std::atomic<int> serial{0};
  const std::string n = std::to_string(serial++);
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      server.db().Begin(clinic.seed.clinic.id, storage::Access::kWrite));
  domain::BookingRequest request{.name = "Mary Requester" + n,
                                 .email = "request" + n + "@example.test",
                                 .preferred_times = "weekday mornings",
                                 .interest = "acne scars",
                                 .consented_at = server.clock().Now()};
  NP_ASSIGN_OR_RETURN(request, tx->booking_requests().Create(request));
  NP_RETURN_IF_ERROR(tx->Commit());
  return request;
}

std::string BookingFormBody() {
  return nlohmann::json{{"name", "Mary Seacole"},
                        {"phone", "+44 20 7946 0000"},
                        {"preferred_times", "weekday mornings"},
                        {"interest", "acne scars"},
                        {"consent_to_contact", true},
                        {"website", ""}}
      .dump();
}

std::string ConversionBody(const SeededApiClinic& clinic, int64_t version) {
  static std::atomic<int> serial{0};
  const std::string n = std::to_string(serial++);
  return nlohmann::json{{"version", version},
                        {"patient",
                         {{"given_name", "Converted" + n},
                          {"family_name", "Person" + n},
                          {"birth_date", "1985-05-05"},
                          {"email", "converted" + n + "@example.test"}}},
                        {"consultation",
                         {{"start", NextBookingDay().ToString() + "T11:00"},
                          {"provider_id", clinic.seed.provider.id.value()}}}}
      .dump();
}

base::Result<domain::User> FreshPortalAccount(TestServer& server, const SeededApiClinic& clinic) {
  NP_ASSIGN_OR_RETURN(domain::Patient patient, FreshPatient(server, clinic));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      server.db().Begin(clinic.seed.clinic.id, storage::Access::kWrite));
  domain::User account;
  account.email = "portal." + patient.email;
  account.display_name = patient.given_name + " " + patient.family_name;
  account.role = domain::Role::kPatient;
  account.patient_id = patient.id;
  account.password_hash = std::string(domain::kNoPassword);
  NP_ASSIGN_OR_RETURN(account, tx->users().Create(account));
  NP_RETURN_IF_ERROR(tx->Commit());
  return account;
}

app::RequestContext ContextOf(const SeededApiClinic& clinic, const domain::User& user) {
  app::RequestContext context;
  context.principal = {clinic.seed.clinic.id, user.id, user.role, user.patient_id, "", {}};
  context.request_id = "test";
  return context;
}

base::Result<std::string> FreshInvitationToken(TestServer& server, const SeededApiClinic& clinic) {
  static std::atomic<int> serial{0};
  app::RequestContext context = ContextOf(clinic, clinic.seed.owner);
  app::NewStaff staff;
  staff.email = "invitee" + std::to_string(serial++) + "@example.test";
  staff.display_name = "New Nurse";
  staff.role = domain::Role::kProvider;
  NP_ASSIGN_OR_RETURN(app::InvitedUser invited, app::CreateStaff(server.env(), context, staff));
  return invited.link.token;
}

std::string TodaysAppointment(TestServer& server, const SeededApiClinic& clinic) {
  static std::atomic<int> slot{0};
  app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
  const base::CivilDate today =
      base::CivilDate::FromChrono(std::chrono::floor<std::chrono::days>(server.clock().Now()));
  auto booked = app::BookVisit(server.env(), owner,
                               {.patient = clinic.seed.patient2.id,
                                .start = {today, 12 * 60 + 30 * (slot++ % 16)},
                                .provider = clinic.seed.provider2.id});
  return booked ? booked->appointments.at(0).id.ToString() : "0";
}

nlohmann::json SeriesBody(TestServer& server, const SeededApiClinic& clinic, base::PlanId plan) {
  app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
  const base::Result<app::SeriesProposal> proposal =
      app::ProposePlanSeries(server.env(), owner, plan, {});
  nlohmann::json sessions = nlohmann::json::array();
  if (proposal) {
    for (const schedule::ProposedSession& s : proposal->proposal.sessions) {
      sessions.push_back({{"session", s.session},
                          {"start", contract::LocalDateTimeText(proposal->zone, s.slot.start)},
                          {"provider_id", app::DatabaseId(s.slot.provider)}});
    }
  }
  return {{"sessions", sessions}};
}

ExampleRequest ExampleFor(TestServer& server, const Route& route, const SeededApiClinic& clinic) {
  static std::atomic<int> serial{0};
  const std::string n = std::to_string(serial++);
  const std::string key = RouteKey(route);
  const storage::testing::SeededClinic& s = clinic.seed;
  const std::string patient = s.patient.id.ToString();
  auto version = [&](bool of_plan) -> int64_t {
    auto tx = server.db().Begin(s.clinic.id, storage::Access::kRead);
    if (!tx) return 1;
    if (of_plan) {
      auto plan = (*tx)->plans().Get(clinic.plan.id);
      return plan ? plan->version : 1;
    }
    auto found = (*tx)->patients().Get(s.patient.id);
    return found ? found->version : 1;
  };
  const std::string json = "application/json";
  auto with_id = [&](std::string pattern, const std::string& id) {
    pattern.replace(pattern.find("{id}"), 4, id);
    return pattern;
  };
  const std::string method(MethodName(route.method));
  if (key == "POST /api/v1/session") {
    return {method, route.pattern,
            nlohmann::json{
                {"clinic", s.clinic.slug}, {"email", s.owner.email}, {"password", kTestPassword}}
                .dump(),
            json};
  }
  if (key == "PATCH /api/v1/clinic")
    return {method, route.pattern, R"({"name":"Harbour Skin"})", json};
  if (key == "PUT /api/v1/clinic/mail") {
    return {method, route.pattern,
            R"({"relay":"smtp://127.0.0.1:2525","starttls":"none",)"
            R"("from_address":"desk@example.test","enabled":false})",
            json};
  }
  if (key == "PUT /api/v1/clinic/message-templates/{kind}") {
    return {method, "/api/v1/clinic/message-templates/visit_reminder",
            R"({"subject":"See you at {clinic}","body":"Hello {first_name}"})", json};
  }
  if (key == "DELETE /api/v1/clinic/message-templates/{kind}") {
    return {method, "/api/v1/clinic/message-templates/visit_reminder", "", ""};
  }
  if (key == "POST /api/v1/public/clinics/{slug}/booking-requests") {
    return {method, "/api/v1/public/clinics/" + s.clinic.slug + "/booking-requests",
            BookingFormBody(), json};
  }
  auto fresh_request = [&]() -> std::string {
    auto request = FreshBookingRequest(server, clinic);
    return request ? request->id.ToString() : "0";
  };
  if (key == "GET /api/v1/booking-requests/{id}") {
    return {method, with_id(route.pattern, fresh_request()), "", ""};
  }
  if (key == "PATCH /api/v1/booking-requests/{id}") {
    return {method, with_id(route.pattern, fresh_request()),
            R"({"version":1,"status":"contacted"})", json};
  }
  if (key == "POST /api/v1/booking-requests/{id}/convert") {
    return {method, with_id(route.pattern, fresh_request()), ConversionBody(clinic, 1), json};
  }
  if (key == "POST /api/v1/invitations/accept") {
    return {method, route.pattern,
            nlohmann::json{{"token", FreshInvitationToken(server, clinic).value_or("")},
                           {"password", kTestPassword}}
                .dump(),
            json};
  }
  if (key == "POST /api/v1/staff") {
    return {method, route.pattern,
            nlohmann::json{{"email", "example" + n + "@example.test"},
                           {"display_name", "New Nurse"},
                           {"role", "provider"}}
                .dump(),
            json};
  }
  if (key == "POST /api/v1/staff/{id}/password-reset") {
    return {method, with_id(route.pattern, s.provider2.id.ToString()), "", ""};
  }
  if (key == "POST /api/v1/patients/{id}/merge") {
    const base::Result<domain::Patient> fresh = FreshPatient(server, clinic);
    const int64_t duplicate = fresh ? fresh->id.value() : 0;
    return {method, with_id(route.pattern, patient),
            nlohmann::json{{"duplicate_id", duplicate}}.dump(), json};
  }
  if (key == "DELETE /api/v1/portal-accounts/{id}") {
    const base::Result<domain::User> fresh = FreshPortalAccount(server, clinic);
    const std::string account = fresh ? fresh->id.ToString() : "0";
    return {method, with_id(route.pattern, account), "", ""};
  }
  if (key == "PATCH /api/v1/staff/{id}") {
    return {method, with_id(route.pattern, s.provider2.id.ToString()), R"({"title":"RN"})", json};
  }
  const std::string provider = s.provider.id.ToString();
  if (key == "POST /api/v1/resources") {
    return {method, route.pattern,
            nlohmann::json{{"kind", "device"}, {"name", "Pen " + n}, {"serial", "SN-" + n}}.dump(),
            json};
  }
  if (key == "PATCH /api/v1/resources/{id}") {
    return {method, with_id(route.pattern, s.room.id.ToString()), R"({"name":"Room One"})", json};
  }
  if (key == "PUT /api/v1/providers/{id}/hours") {
    return {method, with_id(route.pattern, provider), std::string(kFullWeek), json};
  }
  if (key == "POST /api/v1/providers/{id}/time-off") {
    return {method, with_id(route.pattern, provider),
            R"({"from":"2031-01-06T09:00","to":"2031-01-06T12:00"})", json};
  }
  if (key == "GET /api/v1/providers/{id}/hours" || key == "GET /api/v1/providers/{id}/time-off") {
    return {method, with_id(route.pattern, provider), "", ""};
  }
  if (key == "DELETE /api/v1/time-off/{id}") {
    static int day = 0;
    const base::CivilDate date = base::CivilDate::FromDays(30000 + day++);
    app::RequestContext owner = ContextOf(clinic, s.owner);
    auto added = app::AddTimeOff(
        server.env(), owner,
        {.provider = s.provider.id, .from = {date, 9 * 60}, .to = {date, 12 * 60}, .note = ""});
    return {method, with_id(route.pattern, added ? added->time_off.id.ToString() : "0"), "", ""};
  }
  if (key == "PUT /api/v1/service-types") {
    return {method, route.pattern,
            R"({"items":[{"kind":"consultation","name":"Consultation","minutes":30,)"
            R"("needs_room":true,"needs_device":false}]})",
            json};
  }
  if (key == "GET /api/v1/slots") {
    return {method, route.pattern + "?kind=consultation&from=2027-02-01&days=2&count=3", "", ""};
  }
  auto fresh_appointment = [&]() -> std::string {
    app::RequestContext owner = ContextOf(clinic, s.owner);
    auto booked = app::BookVisit(
        server.env(), owner,
        {.patient = s.patient.id, .start = {NextBookingDay(), 9 * 60}, .provider = s.provider.id});
    return booked ? booked->appointments.at(0).id.ToString() : "0";
  };
  if (key == "POST /api/v1/appointments") {
    return {method, route.pattern,
            nlohmann::json{{"patient_id", s.patient.id.value()},
                           {"kind", "consultation"},
                           {"start", NextBookingDay().ToString() + "T10:00"},
                           {"provider_id", s.provider.id.value()}}
                .dump(),
            json};
  }
  if (key == "GET /api/v1/appointments/{id}") {
    return {method, with_id(route.pattern, fresh_appointment()), "", ""};
  }
  if (key == "POST /api/v1/appointments/{id}/cancel") {
    return {method, with_id(route.pattern, fresh_appointment()), R"({"version":1})", json};
  }
  if (key == "GET /api/v1/appointments") {
    return {method, route.pattern + "?from=2027-01-04&to=2027-01-11", "", ""};
  }
  if (key == "POST /api/v1/appointments/{id}/reschedule") {
    return {
        method, with_id(route.pattern, fresh_appointment()),
        nlohmann::json{{"version", 1}, {"start", NextBookingDay().ToString() + "T11:00"}}.dump(),
        json};
  }
  if (key == "POST /api/v1/appointments/{id}/status") {
    return {method, with_id(route.pattern, TodaysAppointment(server, clinic)),
            R"({"version":1,"status":"checked_in"})", json};
  }
  if (key == "GET /api/v1/appointments/{id}/messages" ||
      key == "GET /api/v1/appointments/{id}/calendar.ics") {
    return {method, with_id(route.pattern, fresh_appointment()), "", ""};
  }
  if (key == "POST /api/v1/plans/{id}/series/proposal") {
    const base::Result<domain::TreatmentPlan> plan = FreshActivePlan(server, clinic);
    return {method, with_id(route.pattern, plan ? plan->id.ToString() : "0"), "{}", json};
  }
  if (key == "POST /api/v1/plans/{id}/series") {
    const base::Result<domain::TreatmentPlan> plan = FreshActivePlan(server, clinic);
    return {method, with_id(route.pattern, plan ? plan->id.ToString() : "0"),
            plan ? SeriesBody(server, clinic, plan->id).dump() : "{}", json};
  }
  if (key == "POST /api/v1/plans/{id}/series/cancel") {
    return {method, with_id(route.pattern, clinic.plan.id.ToString()), "{}", json};
  }
  if (key == "POST /api/v1/providers/{id}/calendar-feed" ||
      key == "DELETE /api/v1/providers/{id}/calendar-feed") {
    return {method, with_id(route.pattern, s.provider.id.ToString()), "", ""};
  }
  if (key == "GET /calendar/{token}.ics") {
    app::RequestContext owner = ContextOf(clinic, s.owner);
    const base::Result<app::FeedLink> link =
        app::CreateCalendarFeed(server.env(), owner, s.provider.id);
    return {method, link ? link->Path() : "/calendar/none.ics", "", ""};
  }
  if (key == "POST /api/v1/patients") {
    return {method, route.pattern,
            R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01",)"
            R"("confirm_duplicate":true})",
            json};
  }
  if (key == "POST /api/v1/patients/search") return {method, route.pattern, R"({"q":"a"})", json};
  if (key == "PATCH /api/v1/patients/{id}") {
    return {method, with_id(route.pattern, patient),
            nlohmann::json{{"version", version(false)}, {"phone", "123"}}.dump(), json};
  }
  if (key == "POST /api/v1/patients/{id}/portal-account") {
    const base::Result<domain::Patient> fresh = FreshPatient(server, clinic);
    return {method, with_id(route.pattern, fresh ? fresh->id.ToString() : "0"),
            nlohmann::json{{"email", "portal" + n + "@example.test"}}.dump(), json};
  }
  if (key == "POST /api/v1/consultations") {
    return {method, route.pattern,
            nlohmann::json{{"patient_id", s.patient.id.value()},
                           {"intake",
                            {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                             {"areas", {"cheeks"}},
                             {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
                .dump(),
            json};
  }
  if (key == "POST /api/v1/consultations/screen") {
    return {method, route.pattern,
            nlohmann::json{{"patient_id", s.patient.id.value()},
                           {"intake",
                            {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                             {"areas", {"cheeks"}},
                             {"concerns", {{{"code", "texture"}, {"severity", 2}}}}}}}
                .dump(),
            json};
  }
  if (key == "GET /api/v1/consultations/{id}") {
    return {method, with_id(route.pattern, clinic.consultation.id.ToString()), "", ""};
  }
  if (key == "POST /api/v1/plans") {
    return {method, route.pattern,
            nlohmann::json{{"consultation_id", clinic.consultation.id.value()}}.dump(), json};
  }
  if (key == "GET /api/v1/plans/{id}") {
    return {method, with_id(route.pattern, clinic.plan.id.ToString()), "", ""};
  }
  if (key == "PATCH /api/v1/plans/{id}") {
    return {method, with_id(route.pattern, clinic.plan.id.ToString()),
            nlohmann::json{{"version", version(true)}, {"status", "active"}}.dump(), json};
  }
  if (key == "PUT /api/v1/protocol") {
    std::string toml(protocol::DefaultProtocolText());
    const std::string_view original = "version = \"2.0.0\"";
    toml.replace(toml.find(original), original.size(),
                 "version = \"example-" + n + "-" + s.clinic.id.ToString() + "\"");
    return {method, route.pattern, toml, "application/toml"};
  }
  // Consent and photos. A new text is a treatment text: a new photography version would make
  // the patient's photo consent lapse.
  if (key == "POST /api/v1/consent-texts") {
    return {method, route.pattern,
            nlohmann::json{{"kind", "treatment"}, {"text", "Treatment consent " + n}}.dump(), json};
  }
  if (key == "POST /api/v1/patients/{id}/consents") {
    const base::Result<domain::ConsentText> text = PhotoConsentText(server, clinic);
    return {method, with_id(route.pattern, patient),
            nlohmann::json{{"kind", "photography"},
                           {"text_id", text ? text->id.value() : 0},
                           {"typed_name", "Ada Lovelace"}}
                .dump(),
            json};
  }
  if (key == "POST /api/v1/patients/{id}/photos") {
    (void)EnsurePhotoConsent(server, clinic, s.patient.id);
    return {method, with_id(route.pattern, patient) + "?timepoint=session_1&view=left_45",
            PhantomJpeg(), "image/jpeg"};
  }
  auto fresh_photo = [&]() -> std::string {
    const base::Result<domain::Photo> photo = FreshPhoto(server, clinic, s.patient.id);
    return photo ? photo->id.ToString() : "0";
  };
  if (key == "PATCH /api/v1/photos/{id}") {
    return {method, with_id(route.pattern, fresh_photo()), R"({"notes":"window light"})", json};
  }
  if (route.pattern.starts_with("/api/v1/photos/{id}")) {
    return {method, with_id(route.pattern, fresh_photo()), "", ""};
  }
  if (key == "POST /api/v1/photos/compare") {
    const std::string before = fresh_photo();
    return {method, route.pattern,
            R"({"before_id":)" + before + R"(,"after_id":)" + fresh_photo() + "}", json};
  }
  if (key == "GET /api/v1/photo-overlays/{id}") {
    const base::Result<domain::PhotoOverlay> overlay = FreshOverlay(server, clinic, s.patient.id);
    return {method, with_id(route.pattern, overlay ? overlay->id.ToString() : "0"), "", ""};
  }
  // The session day: each request gets a fresh session at the stage it needs.
  auto session_at = [&](SessionStage stage, const nlohmann::json& check_in = CleanCheckIn()) {
    return FreshSession(server, clinic, stage, std::nullopt, check_in);
  };
  auto session_path = [&](const base::Result<app::SessionDetail>& d) {
    return with_id(route.pattern, d ? d->session.id.ToString() : "0");
  };
  auto versioned = [](const base::Result<app::SessionDetail>& d, nlohmann::json body) {
    body["version"] = d ? d->session.version : 1;
    return body.dump();
  };
  if (key == "POST /api/v1/appointments/{id}/session") {
    const auto a = FreshTreatmentAppointment(server, clinic);
    return {method, with_id(route.pattern, a ? a->id.ToString() : "0"), "", ""};
  }
  if (key == "POST /api/v1/sessions/{id}/check-in") {
    const auto d = session_at(SessionStage::kOpen);
    return {method, session_path(d), versioned(d, {{"answers", CleanCheckIn()}}), json};
  }
  if (key == "POST /api/v1/sessions/{id}/gate-override") {
    nlohmann::json sunburn = CleanCheckIn();
    sunburn["sunburn"] = true;
    const auto d = session_at(SessionStage::kCheckedIn, sunburn);
    return {method, session_path(d), versioned(d, {{"reason", "healed"}}), json};
  }
  if (key == "POST /api/v1/sessions/{id}/confirmations") {
    nlohmann::json sun = CleanCheckIn();
    sun["prep"]["sun_avoided"] = false;
    const auto d = session_at(SessionStage::kCheckedIn, sun);
    return {method, session_path(d), versioned(d, {{"action", "strict_photoprotection"}}), json};
  }
  if (key == "POST /api/v1/sessions/{id}/start") {
    const auto d = session_at(SessionStage::kCheckedIn);
    return {method, session_path(d), versioned(d, nlohmann::json::object()), json};
  }
  if (key == "PUT /api/v1/sessions/{id}/chart") {
    const auto d = session_at(SessionStage::kInProgress);
    const double depth = d ? CheeksDepth(*d) : 1.0;
    return {method, session_path(d),
            versioned(d, {{"chart", CompleteChart(clinic, server.clock().Now(), depth)}}), json};
  }
  if (key == "POST /api/v1/sessions/{id}/cartridges") {
    const auto d = session_at(SessionStage::kInProgress);
    return {method, session_path(d), nlohmann::json{{"barcode", FreshCartridgeBarcode()}}.dump(),
            json};
  }
  if (key == "POST /api/v1/sessions/{id}/sign-off") {
    const auto d = session_at(SessionStage::kCharted);
    return {method, session_path(d), versioned(d, nlohmann::json::object()), json};
  }
  if (key == "POST /api/v1/sessions/{id}/amendments") {
    const auto d = session_at(SessionStage::kSignedOff);
    const nlohmann::json chart = d ? nlohmann::json::parse(contract::ChartToJson(d->chart).dump())
                                   : nlohmann::json::object();
    return {method, session_path(d),
            nlohmann::json{{"chart_version", 1}, {"chart", chart}, {"reason", "miscounted"}}.dump(),
            json};
  }
  if (key == "POST /api/v1/sessions/{id}/adverse-reports") {
    return {method, session_path(session_at(SessionStage::kSignedOff)),
            R"({"symptoms":["redness"]})", json};
  }
  if (key == "POST /api/v1/sessions/{id}/adverse-events") {
    const auto d = session_at(SessionStage::kSignedOff);
    return {method, session_path(d),
            nlohmann::json{{"description", "Redness"},
                           {"onset", d ? d->session.date.ToString() : "2026-01-01"},
                           {"severity", "mild"},
                           {"serious", false},
                           {"outcome", "recovering"},
                           {"cause", "procedure"},
                           {"causality", "possible"}}
                .dump(),
            json};
  }
  if (route.pattern.starts_with("/api/v1/sessions/{id}")) {  // reads of a signed session
    return {method, session_path(session_at(SessionStage::kSignedOff)), "", ""};
  }
  if (route.pattern == "/api/v1/adverse-reports/{id}/photo") {
    const auto concern = FreshConcern(server, clinic);
    const std::string id = concern ? concern->report.id.ToString() : "0";
    if (method == "POST") return {method, with_id(route.pattern, id), PhantomJpeg(), "image/jpeg"};
    if (concern) {
      app::RequestContext clinician = ContextOf(clinic, s.provider);
      (void)app::AttachConcernPhoto(server.env(), clinician, concern->report.id, PhantomJpeg());
    }
    return {method, with_id(route.pattern, id), "", ""};
  }
  if (route.pattern.starts_with("/api/v1/adverse-reports/{id}")) {
    const auto concern = FreshConcern(server, clinic);
    return {method, with_id(route.pattern, concern ? concern->report.id.ToString() : "0"),
            method == "GET" ? "" : R"({"version":1})", method == "GET" ? "" : json};
  }
  if (route.pattern.starts_with("/api/v1/adverse-events/{id}")) {
    const auto d = session_at(SessionStage::kSignedOff);
    std::string id = "0";
    std::string onset = "2026-01-01";
    if (d) {
      app::RequestContext clinician = ContextOf(clinic, s.provider);
      const auto event =
          app::RecordAdverseEvent(server.env(), clinician, d->session.id,
                                  {.description = "Redness", .onset = d->session.date});
      if (event) id = event->id.ToString();
      onset = d->session.date.ToString();
    }
    if (method == "GET") return {method, with_id(route.pattern, id), "", ""};
    return {method, with_id(route.pattern, id),
            nlohmann::json{{"version", 1},
                           {"description", "Redness"},
                           {"onset", onset},
                           {"severity", "mild"},
                           {"serious", false},
                           {"outcome", "resolved"},
                           {"cause", "procedure"},
                           {"causality", "possible"}}
                .dump(),
            json};
  }
  if (key == "GET /api/v1/lot-exposure" || key == "GET /api/v1/lot-exposure.csv") {
    return {method, route.pattern + "?lot=LOT-A", "", ""};
  }
  if (route.pattern.find("{id}") != std::string::npos) {
    return {method, with_id(route.pattern, patient), "", ""};  // the patient's sub-resources
  }
  return {method, route.pattern, "", ""};
}

base::Result<domain::ConsentText> PhotoConsentText(TestServer& server,
                                                   const SeededApiClinic& clinic) {
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        server.db().Begin(clinic.seed.clinic.id, storage::Access::kRead));
    base::Result<domain::ConsentText> latest =
        tx->consents().LatestText(domain::ConsentKind::kPhotography);
    if (latest || latest.error().code() != base::StatusCode::kNotFound) return latest;
  }
  app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
  return app::PublishConsentText(
      server.env(), owner,
      {.kind = domain::ConsentKind::kPhotography,
       .title = "",
       .text = "I agree that the clinic photographs my treated areas for my record."});
}

base::Status EnsurePhotoConsent(TestServer& server, const SeededApiClinic& clinic,
                                base::PatientId patient) {
  NP_ASSIGN_OR_RETURN(domain::ConsentText text, PhotoConsentText(server, clinic));
  {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        server.db().Begin(clinic.seed.clinic.id, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(bool current,
                        app::HasCurrentConsent(*tx, patient, domain::ConsentKind::kPhotography));
    if (current) return base::OkStatus();
  }
  app::RequestContext staff = ContextOf(clinic, clinic.seed.front_desk);
  base::Result<domain::ConsentSignature> signed_it =
      app::SignConsent(server.env(), staff, patient,
                       {.kind = domain::ConsentKind::kPhotography,
                        .text_id = text.id,
                        .typed_name = "Signed In Clinic",
                        .appointment_id = std::nullopt});
  return signed_it ? base::OkStatus() : signed_it.error();
}

const std::string& PhantomJpeg() {
  static const std::string jpeg = [] {
    imaging::testing::PhantomSpec spec;
    spec.width = 640;
    spec.height = 480;
    spec.pores = 200;
    spec.spots = 10;
    spec.supersample = 1;
    return imaging::testing::EncodeJpeg(imaging::testing::RenderPhantom(spec).bgr, 90);
  }();
  return jpeg;
}

base::Result<domain::Photo> FreshPhoto(TestServer& server, const SeededApiClinic& clinic,
                                       base::PatientId patient) {
  NP_RETURN_IF_ERROR(EnsurePhotoConsent(server, clinic, patient));
  app::RequestContext provider = ContextOf(clinic, clinic.seed.provider);
  return app::UploadPhoto(server.env(), provider, patient,
                          {.bytes = PhantomJpeg(), .timepoint = "baseline", .view = "front"});
}

base::Result<domain::PhotoOverlay> FreshOverlay(TestServer& server, const SeededApiClinic& clinic,
                                                base::PatientId patient) {
  NP_ASSIGN_OR_RETURN(domain::Photo before, FreshPhoto(server, clinic, patient));
  app::RequestContext provider = ContextOf(clinic, clinic.seed.provider);
  NP_ASSIGN_OR_RETURN(app::PhotoComparison comparison,
                      app::ComparePhotos(server.env(), provider, before.id, before.id, true));
  if (comparison.overlays.empty()) return base::Fail(base::Internal("no overlay was stored"));
  return comparison.overlays.front();
}

base::Result<domain::TreatmentPlan> FreshActivePlan(TestServer& server,
                                                    const SeededApiClinic& clinic,
                                                    std::optional<base::PatientId> patient) {
  app::RequestContext context = ContextOf(clinic, clinic.seed.provider);
  const nlohmann::json intake = {{"patient", {{"fitzpatrick", 3}}},
                                 {"areas", {"cheeks"}},
                                 {"concerns", {{{"code", "texture"}, {"severity", 2}}}}};
  NP_ASSIGN_OR_RETURN(app::RecordedConsultation recorded,
                      app::SubmitConsultation(server.env(), context,
                                              patient.value_or(clinic.seed.patient.id), intake));
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan,
                      app::CreatePlan(server.env(), context, recorded.consultation.id));
  domain::PlanEdit edit;
  edit.status = domain::PlanStatus::kActive;
  NP_ASSIGN_OR_RETURN(app::EditedPlan edited,
                      app::EditPlan(server.env(), context, plan.id, plan.version, edit));
  return edited.plan;
}

base::CivilDate NextBookingDay() {
  static std::atomic<int> day{0};
  return base::CivilDate::FromYmd(2027, 1, 4)->AddDays(day++);
}

int64_t PatientTotal(const Client& client, const std::string& token) {
  const HttpResult result =
      client.Send("POST", "/api/v1/patients/search", R"({"q":"","limit":1})", Bearer(token));
  if (result.status != 200) return -1;
  const nlohmann::json body = result.Json();
  return body.contains("total") ? body["total"].get<int64_t>() : -1;
}

}  // namespace needlepoint::http::testing

namespace needlepoint::http::testing {

nlohmann::json CleanCheckIn() {
  return {{"cold_sore", false},
          {"sunburn", false},
          {"acne", false},
          {"infection", false},
          {"pregnant", false},
          {"breastfeeding", false},
          {"prep",
           {{"retinoids_acids_stopped", true}, {"no_hair_removal", true}, {"sun_avoided", true}}}};
}

nlohmann::json CompleteChart(const SeededApiClinic& clinic, base::Timestamp now, double depth_mm) {
  return {
      {"device_id", clinic.seed.device.id.value()},
      {"pen_serial", "SP-0001"},
      {"anaesthetic",
       {{"product", "lidocaine 4% cream"},
        {"lot", "LC-77"},
        {"applied_at", contract::UtcText(now - std::chrono::minutes(25))},
        {"removed_at", contract::UtcText(now)}}},
      {"zones",
       {{{"zone", "cheeks"}, {"depth_mm", depth_mm}, {"passes", 3}, {"pattern", "cross_hatch"}}}},
      {"products", {{{"code", "hyaluronic_acid"}, {"lot", "HA-2026-11"}}}},
      {"end_point", "pinpoint_bleeding"},
      {"duration_minutes", 30}};
}

double CheeksDepth(const app::SessionDetail& d) {
  for (const domain::StoredZone& z : d.plan.zones) {
    if (z.zone == domain::Zone::kCheeks) return z.depth.min.mm();
  }
  return 1.0;
}

std::string FreshCartridgeBarcode() {
  static std::atomic<int> serial{0};
  return "(01)09506000134352(17)301231(10)LOT-A(21)S" + std::to_string(100000 + serial++);
}

base::Result<domain::Appointment> FreshTreatmentAppointment(
    TestServer& server, const SeededApiClinic& clinic, std::optional<base::PatientId> patient) {
  static std::atomic<int> slot{0};
  NP_ASSIGN_OR_RETURN(domain::TreatmentPlan plan, FreshActivePlan(server, clinic, patient));
  NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                      server.db().Begin(clinic.seed.clinic.id, storage::Access::kWrite));
  NP_ASSIGN_OR_RETURN(base::TimeZone zone, app::ClinicZone(*tx));
  // Five-minute slots from the start of the local day: never in another visit's way.
  domain::Appointment a;
  a.patient_id = plan.patient_id;
  a.provider_id = clinic.seed.provider.id;
  a.start = zone.ToUtc(zone.LocalDate(server.clock().Now()), 5 * (slot++ % 280));
  a.end = a.start + std::chrono::minutes(4);
  a.kind = domain::AppointmentKind::kTreatment;
  a.plan_id = plan.id;
  a.session_number = 1;
  a.session_count = plan.plan.sessions;
  NP_ASSIGN_OR_RETURN(domain::Appointment booked, tx->appointments().Create(a));
  NP_RETURN_IF_ERROR(tx->Commit());
  return booked;
}

base::Result<app::SessionDetail> FreshSession(TestServer& server, const SeededApiClinic& clinic,
                                              SessionStage stage,
                                              std::optional<base::PatientId> patient,
                                              const nlohmann::json& check_in) {
  NP_ASSIGN_OR_RETURN(domain::Appointment booked,
                      FreshTreatmentAppointment(server, clinic, patient));
  app::RequestContext provider = ContextOf(clinic, clinic.seed.provider);
  NP_ASSIGN_OR_RETURN(app::OpenedSession opened,
                      app::OpenSession(server.env(), provider, booked.id));
  app::SessionDetail d = std::move(opened.detail);
  if (stage == SessionStage::kOpen) return d;
  {
    app::RequestContext owner = ContextOf(clinic, clinic.seed.owner);
    std::optional<domain::ConsentText> text;
    {
      NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                          server.db().Begin(clinic.seed.clinic.id, storage::Access::kRead));
      base::Result<domain::ConsentText> latest =
          tx->consents().LatestText(domain::ConsentKind::kTreatment);
      if (latest) text = *latest;
    }
    if (!text) {
      NP_ASSIGN_OR_RETURN(text, app::PublishConsentText(server.env(), owner,
                                                        {.kind = domain::ConsentKind::kTreatment,
                                                         .title = "",
                                                         .text = "I consent to microneedling."}));
    }
    NP_RETURN_IF_ERROR(app::SignConsent(server.env(), provider, d.session.patient_id,
                                        {.kind = domain::ConsentKind::kTreatment,
                                         .text_id = text->id,
                                         .typed_name = "Signed At The Session",
                                         .appointment_id = std::nullopt,
                                         .session_id = d.session.id}));
  }
  NP_ASSIGN_OR_RETURN(
      d, app::CheckInSession(server.env(), provider, d.session.id, d.session.version, check_in));
  if (stage == SessionStage::kCheckedIn) return d;
  for (domain::ActionCode action : d.session.check_in->screening.actions.ToVector()) {
    NP_ASSIGN_OR_RETURN(d,
                        app::ConfirmAction(server.env(), provider, d.session.id, d.session.version,
                                           std::string(domain::CodeName(action)), "done"));
  }
  NP_ASSIGN_OR_RETURN(d,
                      app::StartSession(server.env(), provider, d.session.id, d.session.version));
  if (stage == SessionStage::kInProgress) return d;
  NP_ASSIGN_OR_RETURN(d,
                      app::SaveChart(server.env(), provider, d.session.id, d.session.version,
                                     CompleteChart(clinic, server.clock().Now(), CheeksDepth(d))));
  NP_ASSIGN_OR_RETURN(d, app::ScanCartridge(server.env(), provider, d.session.id,
                                            {.barcode = FreshCartridgeBarcode()}));
  if (stage == SessionStage::kCharted) return d;
  return app::SignOffSession(server.env(), provider, d.session.id, d.session.version);
}

base::Result<app::ConcernView> FreshConcern(TestServer& server, const SeededApiClinic& clinic,
                                            std::optional<base::PatientId> patient) {
  NP_ASSIGN_OR_RETURN(app::SessionDetail d,
                      FreshSession(server, clinic, SessionStage::kSignedOff, patient));
  app::RequestContext provider = ContextOf(clinic, clinic.seed.provider);
  app::ConcernInput input;
  input.symptoms.Insert(domain::Symptom::kPus);
  return app::ReportConcern(server.env(), provider, d.session.id, input);
}

}  // namespace needlepoint::http::testing
