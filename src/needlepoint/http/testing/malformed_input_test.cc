// Hostile and broken input (§7 F2, A2, A6): malformed JSON, invalid UTF-8, duplicate keys,
// unknown (mass-assignment) fields and unknown codes answer 400 naming the JSON path; other
// media types 415; a body over 1 MiB 413; headers over 8 KiB 431; a client that sends half a
// request (or trickles it) is cut off at the read timeout while others are served. After
// every case the server still answers and nothing was stored.
#include <gtest/gtest.h>

#include <future>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using Headers = std::map<std::string, std::string>;
using std::chrono::milliseconds;

// Sent many times: the duplicate check is waived.
constexpr std::string_view kValidPatient =
    R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01",)"
    R"("confirm_duplicate":true})";

class MalformedInput : public ServerTest {
 protected:
  MalformedInput() : ServerTest("malformed") {}
  void SetUp() override {
    ServerTest::SetUp();
    if (!Stopped()) Baseline();
  }
  void Restart(TestServerOptions options) {
    StartServer(std::move(options));
    if (!Stopped()) Baseline();
  }

  // What ExpectHealthyAndUnchanged compares against.
  void Baseline() {
    token_ = a_.tokens.at("owner");
    patients_ = PatientTotal(client(), token_);
    ASSERT_GE(patients_, 2);
    consultations_ = Consultations();
    ASSERT_GE(consultations_, 1);
  }

  int64_t Consultations() const {
    const HttpResult list =
        client().Send("GET", "/api/v1/patients/" + a_.seed.patient.id.ToString() + "/consultations",
                      "", Bearer(token_, false));
    return list.status == 200 ? static_cast<int64_t>(list.Json()["items"].size()) : -1;
  }

  // The server answers, and neither a patient nor a consultation was stored.
  void ExpectHealthyAndUnchanged(const std::string& where) const {
    const HttpResult health = client().Send("GET", "/healthz");
    EXPECT_EQ(health.status, 200) << "after " << where;
    EXPECT_EQ(PatientTotal(client(), token_), patients_) << "after " << where;
    EXPECT_EQ(Consultations(), consultations_) << "after " << where;
  }

  // A 400 problem whose errors[] all carry a path, one of them `path` (if not empty).
  static void Expect400(const HttpResult& result, const std::string& path,
                        const std::string& where) {
    EXPECT_EQ(result.status, 400) << where << ": " << result.body;
    EXPECT_TRUE(result.Header("content-type").starts_with("application/problem+json"))
        << where << ": " << result.Header("content-type");
    const nlohmann::json body = result.Json();
    ASSERT_TRUE(body.is_object()) << where << ": " << result.body;
    ASSERT_TRUE(body.contains("errors") && body["errors"].is_array() && !body["errors"].empty())
        << where << ": " << result.body;
    bool found = path.empty();
    for (const nlohmann::json& error : body["errors"]) {
      ASSERT_TRUE(error.contains("path") && error["path"].is_string())
          << where << ": " << result.body;
      if (error["path"] == path) found = true;
    }
    EXPECT_TRUE(found) << where << ": no error at " << path << ": " << result.body;
  }

  HttpResult Post(const std::string& path, const std::string& body,
                  const std::string& content_type = "application/json") const {
    Headers headers = Bearer(token_, false);
    if (!content_type.empty()) headers["Content-Type"] = content_type;
    return client().Send("POST", path, body, headers);
  }

  // The request head of a POST to /api/v1/patients with the owner's token.
  std::string Head(const std::string& extra) const {
    return "POST /api/v1/patients HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token_ +
           "\r\nContent-Type: application/json\r\n" + extra + "\r\n";
  }

  std::string token_;
  int64_t patients_ = 0;
  int64_t consultations_ = 0;
};

// Regression (issue 8): a body with a NUL byte outside a string was parsed up to the NUL
// and the rest ignored; it must be refused as a whole.
TEST_P(MalformedInput, JsonBodyWithANulByteIsA400NeverAPartialParse) {
  using namespace std::string_literals;
  const std::string patient(kValidPatient);
  for (const std::string& body :
       {patient + "\0"s + "garbage", patient + "\0"s, "\0"s + patient,
        patient.substr(0, patient.size() - 1) + "\0"s + ",\"phone\":\"1\"}"}) {
    const HttpResult result = Post("/api/v1/patients", body);
    Expect400(result, "/", "a NUL at byte " + std::to_string(body.find('\0')));
  }
  ExpectHealthyAndUnchanged("NUL bytes");
}

TEST_P(MalformedInput, MalformedJsonIs400WithAPath) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "{\"a\":";
  deep += "1";
  for (int i = 0; i < 40; ++i) deep += "}";
  const std::vector<std::string> bodies = {
      "",
      "not json",
      R"({"given_name":)",
      R"({"given_name":"Mary",})",
      R"({'given_name':'Mary'})",
      R"({"given_name":"Mary"}})",
      R"({"given_name":"Mary"} {"x":1})",
      R"({"fitzpatrick":NaN})",
      R"({"fitzpatrick":Infinity})",
      R"({"given_name":"Mary" /* comment */})",
      "[1,2,3]",
      "\"just a string\"",
      deep,
  };
  for (const std::string& body : bodies) {
    const HttpResult result = Post("/api/v1/patients", body);
    Expect400(result, "/", "body " + body.substr(0, 40));
  }
  ExpectHealthyAndUnchanged("malformed JSON");
}

TEST_P(MalformedInput, OtherMediaTypesAre415) {
  for (const std::string type :
       {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "text/json", "application/jsonp", "application/json-patch+json", "application/toml", ""}) {
    const HttpResult result = Post("/api/v1/patients", std::string(kValidPatient), type);
    EXPECT_EQ(result.status, 415) << "'" << type << "': " << result.body;
    EXPECT_TRUE(result.Header("content-type").starts_with("application/problem+json")) << type;
  }
  // The protocol upload takes TOML, not JSON.
  const HttpResult toml =
      client().Send("PUT", "/api/v1/protocol", R"({"name":"x"})", Bearer(token_, true));
  EXPECT_EQ(toml.status, 415) << toml.body;
  ExpectHealthyAndUnchanged("wrong media types");
  // Parameters and case are fine.
  EXPECT_EQ(Post("/api/v1/patients", std::string(kValidPatient), "Application/JSON; charset=utf-8")
                .status,
            201);
  EXPECT_EQ(PatientTotal(client(), token_), patients_ + 1);
}

TEST_P(MalformedInput, ABodyOverOneMebibyteIs413) {
  const size_t limit = 1024 * 1024;
  std::string big = R"({"given_name":")" + std::string(limit, 'A') + R"("})";
  {
    auto connection = RawConnection::Open(server_->port());
    ASSERT_NE(connection, nullptr);
    connection->Write(Head("Content-Length: " + std::to_string(big.size()) + "\r\n") + big);
    const HttpResult result = connection->ReadResponse(milliseconds(10000));
    EXPECT_EQ(result.status, 413) << result.body;
    EXPECT_TRUE(result.Header("content-type").starts_with("application/problem+json"));
  }
  ExpectHealthyAndUnchanged("a large body");
  {
    // Chunked, so the size is not announced up front.
    auto connection = RawConnection::Open(server_->port());
    ASSERT_NE(connection, nullptr);
    std::string chunked = Head("Transfer-Encoding: chunked\r\n");
    const size_t chunk = 256 * 1024;
    for (size_t sent = 0; sent < big.size(); sent += chunk) {
      const std::string piece = big.substr(sent, chunk);
      char size[32];
      std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
      chunked += size + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    connection->Write(chunked);
    const HttpResult result = connection->ReadResponse(milliseconds(10000));
    EXPECT_EQ(result.status, 413) << result.body;
  }
  ExpectHealthyAndUnchanged("a large chunked body");
}

// Regression (issue 8): a Transfer-Encoding other than exactly "chunked" left the body to be
// read as the next request (request smuggling behind a proxy that reads it differently), and
// obsolete folded header lines were accepted. RFC 9112 (6.1, 5.2): both are 400 and the
// connection is closed.
TEST_P(MalformedInput, UnsupportedTransferEncodingAndFoldedHeadersAre400AndClose) {
  const std::string body(kValidPatient);
  const std::string smuggled =
      "POST /api/v1/patients HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token_ +
      "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
      "\r\n\r\n" + body;
  auto chunk = [](const std::string& data) {
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", data.size());
    return size + data + "\r\n0\r\n\r\n";
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"gzip", Head("Transfer-Encoding: gzip\r\n") + smuggled},
      {"chunked then gzip", Head("Transfer-Encoding: chunked, gzip\r\n") + smuggled},
      {"gzip then chunked", Head("Transfer-Encoding: gzip, chunked\r\n") + chunk(body)},
      {"two fields",
       Head("Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n") + chunk(body)},
      {"identity", Head("Transfer-Encoding: identity\r\n") + smuggled},
      {"folded header",
       Head("X-Note: first\r\n folded\r\nContent-Length: " + std::to_string(body.size()) + "\r\n") +
           body},
      {"folded with a tab", Head("Content-Length: " + std::to_string(body.size()) +
                                 "\r\nX-Note: first\r\n\tfolded\r\n") +
                                body},
  };
  for (const auto& [what, bytes] : cases) {
    auto connection = RawConnection::Open(server_->port());
    ASSERT_NE(connection, nullptr);
    connection->Write(bytes);
    const HttpResult result = connection->ReadResponse(milliseconds(10000));
    EXPECT_EQ(result.status, 400) << what << ": " << result.body;
    EXPECT_EQ(result.Header("connection"), "close") << what;
    const std::string rest = connection->ReadUntilClosed(milliseconds(5000));
    EXPECT_TRUE(connection->closed()) << what << ": the connection stayed open";
    EXPECT_TRUE(rest.empty()) << what << ": a second response: " << rest.substr(0, 200);
  }
  ExpectHealthyAndUnchanged("bad transfer encodings and folded headers");
  // Exactly "chunked" (in any case) is fine.
  auto connection = RawConnection::Open(server_->port());
  ASSERT_NE(connection, nullptr);
  connection->Write(Head("Transfer-Encoding: Chunked\r\n") + chunk(body));
  EXPECT_EQ(connection->ReadResponse(milliseconds(10000)).status, 201);
}

TEST_P(MalformedInput, HeadersOverEightKibibytesAre431) {
  auto connection = RawConnection::Open(server_->port());
  ASSERT_NE(connection, nullptr);
  connection->Write(Head("X-Filler: " + std::string(9 * 1024, 'x') +
                         "\r\nContent-Length: " + std::to_string(kValidPatient.size()) + "\r\n") +
                    std::string(kValidPatient));
  const HttpResult result = connection->ReadResponse(milliseconds(10000));
  EXPECT_EQ(result.status, 431) << result.body;
  EXPECT_TRUE(result.Header("content-type").starts_with("application/problem+json"));
  ExpectHealthyAndUnchanged("large headers");
}

TEST_P(MalformedInput, SlowClientsAreCutOffAtTheReadTimeoutWhileOthersAreServed) {
  TestServerOptions options;
  options.read_timeout = std::chrono::seconds(2);
  Restart(options);
  ASSERT_FALSE(Stopped());
  const auto started = std::chrono::steady_clock::now();
  // One client sends half a request and stalls; another trickles a byte every 100 ms.
  auto stalled = RawConnection::Open(server_->port());
  auto trickler = RawConnection::Open(server_->port());
  ASSERT_NE(stalled, nullptr);
  ASSERT_NE(trickler, nullptr);
  const std::string request =
      Head("Content-Length: " + std::to_string(kValidPatient.size()) + "\r\n") +
      std::string(kValidPatient);
  ASSERT_TRUE(stalled->Write(request.substr(0, request.size() / 2)));
  auto trickled = std::async(std::launch::async, [&] {
    for (char c : request) {
      if (!trickler->Write(std::string(1, c))) break;
      if (!trickler->ReadUntilClosed(milliseconds(100)).empty() || trickler->closed()) break;
      if (std::chrono::steady_clock::now() - started > std::chrono::seconds(8)) break;
    }
    return std::chrono::steady_clock::now() - started;
  });
  // Meanwhile everyone else is served: before the stalled client is cut off.
  for (int i = 0; i < 3; ++i) EXPECT_EQ(client().Send("GET", "/healthz").status, 200);
  EXPECT_EQ(PatientTotal(client(), token_), patients_);
  stalled->ReadUntilClosed(milliseconds(0));
  EXPECT_FALSE(stalled->closed()) << "others were served only after the slow client was gone";

  const std::string answer = stalled->ReadUntilClosed(milliseconds(6000));
  const auto stalled_for = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(stalled->closed()) << "the stalled client was not disconnected";
  EXPECT_GE(stalled_for, milliseconds(1900));
  EXPECT_LT(stalled_for, milliseconds(6000));
  EXPECT_EQ(answer.find(" 201 "), std::string::npos) << answer;
  const auto trickled_for = trickled.get();
  EXPECT_TRUE(trickler->closed()) << "the trickling client was not disconnected";
  EXPECT_LT(trickled_for, milliseconds(6000)) << "trickling bytes must not extend the timeout";
  ExpectHealthyAndUnchanged("slow clients");
}

TEST_P(MalformedInput, InvalidUtf8InAStringIs400) {
  for (const std::string& bad :
       {std::string("\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
        std::string("\xe2\x82"), std::string("\xf8\x88\x80\x80\x80"), std::string("\\ud800"),
        std::string("\\udc00x")}) {
    const std::string body =
        R"({"given_name":"Ma)" + bad + R"(ry","family_name":"Seacole","birth_date":"1970-01-01"})";
    Expect400(Post("/api/v1/patients", body), "/", "invalid UTF-8 in a string");
    const std::string search = R"({"q":"a)" + bad + R"("})";
    Expect400(Post("/api/v1/patients/search", search), "/", "invalid UTF-8 in a search");
  }
  ExpectHealthyAndUnchanged("invalid UTF-8");
}

TEST_P(MalformedInput, UnknownFieldsAre400NamingThePath) {
  const std::string patient = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  struct Case {
    std::string method, path, body, field;
  };
  const std::vector<Case> cases = {
      {"POST", "/api/v1/patients",
       R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01","nickname":"M"})",
       "/nickname"},
      {"POST", "/api/v1/patients",
       R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01","clinic_id":1})",
       "/clinic_id"},
      {"POST", "/api/v1/patients",
       R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01","id":5})", "/id"},
      {"PATCH", patient, R"({"version":1,"phone":"123","created_by":1})", "/created_by"},
      {"PATCH", patient, R"({"version":1,"audit_detail":"x"})", "/audit_detail"},
      {"POST", "/api/v1/patients/search", R"({"q":"a","sort":"name; DROP TABLE x"})", "/sort"},
      {"PATCH", "/api/v1/staff/" + a_.seed.provider.id.ToString(),
       R"({"title":"RN","password_hash":"$argon2id$x"})", "/password_hash"},
      {"PATCH", "/api/v1/staff/" + a_.seed.provider.id.ToString(), R"({"clinic_id":2})",
       "/clinic_id"},
      {"POST", "/api/v1/consultations",
       nlohmann::json{{"patient_id", a_.seed.patient.id.value()},
                      {"intake",
                       {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                        {"areas", {"cheeks"}},
                        {"concerns", {{{"code", "texture"}, {"severity", 2}}}},
                        {"tattoo", true}}}}
           .dump(),
       "/intake/tattoo"},
  };
  for (const Case& c : cases) {
    const HttpResult result = client().Send(c.method, c.path, c.body, Bearer(token_));
    Expect400(result, c.field, c.method + " " + c.path + " " + c.body);
  }
  ExpectHealthyAndUnchanged("unknown fields");
  // The provider's account and the patient kept their values.
  const HttpResult read = client().Send("GET", patient, "", Bearer(token_, false));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Json()["phone"], a_.seed.patient.phone);
}

TEST_P(MalformedInput, DuplicateKeysAre400) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/api/v1/patients",
       R"({"given_name":"Mary","given_name":"Eve","family_name":"Seacole","birth_date":"1970-01-01"})"},
      {"/api/v1/patients/search", R"({"q":"a","q":"b"})"},
      {"/api/v1/consultations",
       R"({"patient_id":)" + a_.seed.patient.id.ToString() +
           R"(,"intake":{"patient":{"birth_date":"1988-03-14","fitzpatrick":3,"fitzpatrick":6},)"
           R"("areas":["cheeks"],"concerns":[{"code":"texture","severity":2}]}})"},
  };
  for (const auto& [path, body] : cases) {
    const HttpResult result = Post(path, body);
    Expect400(result, "/", path + " " + body);
    EXPECT_NE(result.body.find("duplicate"), std::string::npos) << result.body;
  }
  ExpectHealthyAndUnchanged("duplicate keys");
}

TEST_P(MalformedInput, AnUnknownMedicationCodeIs400AtItsPath) {
  auto consultation = [&](const nlohmann::json& medications) {
    return nlohmann::json{{"patient_id", a_.seed.patient.id.value()},
                          {"intake",
                           {{"patient", {{"birth_date", "1988-03-14"}, {"fitzpatrick", 3}}},
                            {"areas", {"cheeks"}},
                            {"concerns", {{{"code", "texture"}, {"severity", 2}}}},
                            {"medications", medications}}}}
        .dump();
  };
  Expect400(Post("/api/v1/consultations",
                 consultation({{{"code", "unobtainium"}, {"last_dose", "2026-01-01"}}})),
            "/intake/medications/0/code", "an unknown medication");
  Expect400(
      Post("/api/v1/consultations",
           consultation({{{"code", "aspirin"}}, {{"code", "'; DROP TABLE consultations;--"}}})),
      "/intake/medications/1/code", "an unknown second medication");
  Expect400(Post("/api/v1/consultations", consultation({{{"code", 7}}})),
            "/intake/medications/0/code", "a medication code that is not a string");
  ExpectHealthyAndUnchanged("unknown medication codes");
}

INSTANTIATE_TEST_SUITE_P(Backends, MalformedInput, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
