// CSRF protection of cookie sessions (§7 A5, A6): the login cookie is __Host-, Path=/, Secure,
// HttpOnly and SameSite=Strict; every state-changing route refuses a cookie-authenticated
// request without the session's X-CSRF-Token, with a wrong one or another session's, and with
// a foreign Origin or Sec-Fetch-Site: cross-site even when the token is right; the right token
// from our own origin succeeds. Bearer sessions (never sent by a browser on its own) need no
// token, and cookie reads need none.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using Headers = std::map<std::string, std::string>;

class Csrf : public ServerTest {
 protected:
  Csrf() : ServerTest("csrf") {}
  void SetUp() override {
    ServerTest::SetUp();
    if (Stopped()) return;
    login_ = Login(client(), a_.seed.clinic.slug, a_.seed.owner.email);
    ASSERT_EQ(login_.status, 201) << login_.body;
    token_ = login_.Json()["token"].get<std::string>();
    csrf_ = login_.Json().value("csrf_token", "");
    ASSERT_FALSE(csrf_.empty()) << login_.body;
  }

  std::string Origin() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }

  HttpResult CreatePatient(Headers headers) const {
    return client().Send(
        "POST", "/api/v1/patients",
        R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01",)"
        R"("confirm_duplicate":true})",
        headers);
  }

  // Still logged in (the session was not ended by a refused logout).
  bool SessionAlive() const {
    return client().Send("GET", "/api/v1/session", "", SessionCookie(token_, "", false)).status ==
           200;
  }

  HttpResult login_;
  std::string token_;
  std::string csrf_;
};

TEST_P(Csrf, TheLoginCookieIsHostOnlySecureHttpOnlyAndStrict) {
  // Two cookies: the session, and the device cookie (login throttling, docs/SECURITY.md).
  ASSERT_EQ(login_.set_cookies.size(), 2u);
  EXPECT_TRUE(login_.set_cookies[0].starts_with("__Host-np_session=" + token_ + ";"))
      << login_.set_cookies[0];
  EXPECT_TRUE(login_.set_cookies[1].starts_with("__Host-np_device=")) << login_.set_cookies[1];
  for (const std::string& cookie : login_.set_cookies) {
    std::set<std::string> attributes;
    for (size_t at = cookie.find(';'); at != std::string::npos;) {
      size_t next = cookie.find(';', at + 1);
      std::string attribute =
          cookie.substr(at + 1, next == std::string::npos ? next : next - at - 1);
      while (!attribute.empty() && attribute.front() == ' ') attribute.erase(0, 1);
      attributes.insert(attribute);
      at = next;
    }
    EXPECT_TRUE(attributes.contains("Path=/")) << cookie;
    EXPECT_TRUE(attributes.contains("Secure")) << cookie;
    EXPECT_TRUE(attributes.contains("HttpOnly")) << cookie;
    EXPECT_TRUE(attributes.contains("SameSite=Strict")) << cookie;
    for (const std::string& attribute : attributes) {
      EXPECT_FALSE(attribute.starts_with("Domain")) << "a __Host- cookie has no Domain: " << cookie;
    }
  }
  // The CSRF token is not the session token, and does not reveal it.
  EXPECT_NE(csrf_, token_);
  EXPECT_EQ(csrf_.find(token_.substr(token_.find('.') + 1)), std::string::npos);
  // The session tells the page its CSRF token again (after a reload).
  const HttpResult whoami =
      client().Send("GET", "/api/v1/session", "", SessionCookie(token_, "", false));
  ASSERT_EQ(whoami.status, 200) << whoami.body;
  EXPECT_EQ(whoami.Json().value("csrf_token", ""), csrf_);
}

TEST_P(Csrf, EveryCookieMutationWithoutTheRightTokenIsRefused) {
  const HttpResult other = Login(client(), a_.seed.clinic.slug, a_.seed.provider.email);
  ASSERT_EQ(other.status, 201);
  const std::string other_csrf = other.Json().value("csrf_token", "");
  ASSERT_FALSE(other_csrf.empty());
  const std::vector<std::pair<std::string, std::string>> tokens = {
      {"no token", ""},
      {"a wrong token", "0123456789abcdef0123456789abcdef"},
      {"a truncated token", csrf_.substr(0, csrf_.size() - 1)},
      {"another session's token", other_csrf}};
  // The requests are made first: some create the records they name (a fresh patient to
  // invite or merge), which must not count as changes the refused requests made.
  std::vector<std::pair<const Route*, ExampleRequest>> requests;
  const std::vector<Route> routes = ApiRoutes();
  int mutations = 0;
  for (const Route& route : routes) {
    if (route.is_public() || route.method == Method::kGet) continue;
    ++mutations;
    for (size_t i = 0; i < tokens.size(); ++i) {
      requests.emplace_back(&route, ExampleFor(*server_, route, a_));
    }
  }
  const int64_t patients_before = PatientTotal(client(), a_.tokens.at("owner"));
  for (size_t r = 0; r < requests.size(); ++r) {
    const Route& route = *requests[r].first;
    const ExampleRequest& request = requests[r].second;
    const auto& [how, csrf] = tokens[r % tokens.size()];
    Headers headers = SessionCookie(token_, csrf, false);
    if (!request.content_type.empty()) headers["Content-Type"] = request.content_type;
    const HttpResult result = client().Send(request.method, request.path, request.body, headers);
    EXPECT_EQ(result.status, 403) << RouteKey(route) << " with " << how << ": " << result.body;
    EXPECT_NE(result.body.find("CSRF"), std::string::npos)
        << RouteKey(route) << ": " << result.body;
  }
  EXPECT_GE(mutations, 10);
  EXPECT_TRUE(SessionAlive()) << "a refused logout must not end the session";
  EXPECT_EQ(PatientTotal(client(), a_.tokens.at("owner")), patients_before);
}

TEST_P(Csrf, TheRightTokenFromOurOwnOriginIsAccepted) {
  EXPECT_EQ(CreatePatient(SessionCookie(token_, csrf_)).status, 201);
  Headers same_origin = SessionCookie(token_, csrf_);
  same_origin["Origin"] = Origin();
  same_origin["Sec-Fetch-Site"] = "same-origin";
  EXPECT_EQ(CreatePatient(same_origin).status, 201);
  EXPECT_EQ(client()
                .Send("PATCH", "/api/v1/clinic", R"({"name":"Harbour Skin & Laser"})",
                      SessionCookie(token_, csrf_))
                .status,
            200);
  // Logging out is a mutation too; with the token it ends the session.
  EXPECT_EQ(
      client().Send("DELETE", "/api/v1/session", "", SessionCookie(token_, csrf_, false)).status,
      204);
  EXPECT_FALSE(SessionAlive());
}

TEST_P(Csrf, ForeignOriginsAreRefusedEvenWithTheRightToken) {
  const int64_t patients_before = PatientTotal(client(), a_.tokens.at("owner"));
  const std::vector<std::pair<std::string, Headers>> variants = {
      {"a foreign Origin", {{"Origin", "https://evil.example"}}},
      {"Origin null", {{"Origin", "null"}}},
      {"a look-alike Origin", {{"Origin", Origin() + ".evil.example"}}},
      {"another port", {{"Origin", "http://127.0.0.1:1"}}},
      {"Sec-Fetch-Site: cross-site", {{"Sec-Fetch-Site", "cross-site"}}},
      {"cross-site with our Origin", {{"Sec-Fetch-Site", "cross-site"}, {"Origin", Origin()}}},
  };
  for (const auto& [how, extra] : variants) {
    Headers headers = SessionCookie(token_, csrf_);
    headers.insert(extra.begin(), extra.end());
    const HttpResult result = CreatePatient(headers);
    EXPECT_EQ(result.status, 403) << how << ": " << result.body;
    Headers logout = SessionCookie(token_, csrf_, false);
    logout.insert(extra.begin(), extra.end());
    EXPECT_EQ(client().Send("DELETE", "/api/v1/session", "", logout).status, 403) << how;
  }
  EXPECT_TRUE(SessionAlive());
  EXPECT_EQ(PatientTotal(client(), a_.tokens.at("owner")), patients_before);
}

TEST_P(Csrf, BearerMutationsNeedNoToken) {
  EXPECT_EQ(CreatePatient(Bearer(token_)).status, 201);
  EXPECT_EQ(
      client().Send("PATCH", "/api/v1/clinic", R"({"name":"Harbour Skin"})", Bearer(token_)).status,
      200);
}

TEST_P(Csrf, CookieReadsNeedNoToken) {
  const Headers cookie = SessionCookie(token_, "", false);
  for (const std::string& path : {std::string("/api/v1/session"), std::string("/api/v1/clinic"),
                                  "/api/v1/patients/" + a_.seed.patient.id.ToString(),
                                  "/api/v1/plans/" + a_.plan.id.ToString()}) {
    const HttpResult result = client().Send("GET", path, "", cookie);
    EXPECT_EQ(result.status, 200) << path << ": " << result.body;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, Csrf, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
