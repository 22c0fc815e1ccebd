// The unauthenticated crawl (§7 A4): the only routes that answer without a session are the
// public allow-list; every other route of ApiRoutes() answers 401 with WWW-Authenticate and a
// problem+json body (naming no patient data) — without a session, with a malformed token,
// with a well-formed token that names no session (in its clinic, in another clinic, in no
// clinic), with one clinic's secret under another clinic's id, and with an expired session.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using Headers = std::map<std::string, std::string>;

TEST(PublicRoutes, AreExactlyTheAllowList) {
  // Accepting a set-password link is public: the link's token is the credential. A provider's
  // calendar feed is public: its secret link is the credential. The booking form is public:
  // anyone may ask a clinic to get in touch (limited per address).
  const std::set<std::string> allowed = {"GET /healthz",
                                         "GET /api/openapi.json",
                                         "POST /api/v1/session",
                                         "POST /api/v1/invitations/accept",
                                         "GET /calendar/{token}.ics",
                                         "POST /api/v1/public/clinics/{slug}/booking-requests"};
  std::set<std::string> public_routes;
  for (const Route& route : ApiRoutes()) {
    if (route.is_public()) public_routes.insert(RouteKey(route));
  }
  EXPECT_EQ(public_routes, allowed);
}

class Unauthenticated : public ServerTest {
 protected:
  Unauthenticated() : ServerTest("unauth-a") {}
  void SetUp() override {
    ServerTest::SetUp();
    if (Stopped()) return;
    auto b = SeedApiClinic(*server_, "unauth-b");
    ASSERT_TRUE(b.has_value()) << b.error().ToString();
    b_ = *b;
    for (const Route& route : ApiRoutes()) {
      if (!route.is_public()) protected_.push_back(route);
    }
    ASSERT_GE(protected_.size(), 20u);
  }

  // Sends `route`'s example request (aimed at clinic A's own objects) with `headers`.
  HttpResult Send(const Route& route, Headers headers) {
    const ExampleRequest request = ExampleFor(*server_, route, a_);
    if (!request.content_type.empty()) headers["Content-Type"] = request.content_type;
    return Client(server_->port()).Send(request.method, request.path, request.body, headers);
  }

  static void ExpectUnauthenticated(const HttpResult& result, const std::string& where) {
    EXPECT_EQ(result.status, 401) << where << ": " << result.body;
    EXPECT_TRUE(result.Header("www-authenticate").starts_with("Bearer")) << where;
    EXPECT_TRUE(result.Header("content-type").starts_with("application/problem+json"))
        << where << ": " << result.Header("content-type");
    const nlohmann::json body = result.Json();
    ASSERT_TRUE(body.is_object()) << where << ": " << result.body;
    EXPECT_EQ(body.value("status", 0), 401) << where;
    EXPECT_EQ(body.value("title", ""), "Authentication required") << where;
    EXPECT_FALSE(body.value("request_id", "").empty()) << where;
    EXPECT_EQ(body.value("request_id", ""), result.Header("x-request-id")) << where;
    for (const char* canary : {"Lovelace", "Hopper", "ada@example", "grace@example", "1988-03-14",
                               "ada.portal", "Seacole"}) {
      EXPECT_EQ(result.body.find(canary), std::string::npos)
          << where << " leaked '" << canary << "': " << result.body;
    }
  }

  std::string Where(const Route& route, const std::string& how) const {
    return RouteKey(route) + " " + how;
  }

  SeededApiClinic b_;
  std::vector<Route> protected_;
};

TEST_P(Unauthenticated, WithoutASessionEveryProtectedRouteAnswers401) {
  for (const Route& route : protected_) {
    ExpectUnauthenticated(Send(route, {}), Where(route, "without a session"));
  }
}

TEST_P(Unauthenticated, MalformedTokensAnswer401) {
  const std::string good = a_.tokens.at("owner");
  const std::string secret = good.substr(good.find('.') + 1);
  const std::vector<std::pair<std::string, Headers>> variants = {
      {"empty bearer", {{"Authorization", "Bearer "}}},
      {"garbage bearer", {{"Authorization", "Bearer garbage"}}},
      {"short secret", {{"Authorization", "Bearer " + a_.seed.clinic.id.ToString() + ".abc"}}},
      {"no clinic", {{"Authorization", "Bearer ." + secret}}},
      {"clinic zero", {{"Authorization", "Bearer 0." + secret}}},
      {"negative clinic", {{"Authorization", "Bearer -1." + secret}}},
      {"bad characters",
       {{"Authorization",
         "Bearer " + a_.seed.clinic.id.ToString() + "." + std::string(42, 'A') + "="}}},
      {"token plus junk", {{"Authorization", "Bearer " + good + "x"}}},
      {"sql in token", {{"Authorization", "Bearer 1' OR '1'='1"}}},
      {"basic scheme", {{"Authorization", "Basic b3duZXI6cGFzc3dvcmQ="}}},
      {"token without scheme", {{"Authorization", good}}},
      {"malformed cookie", {{"Cookie", "__Host-np_session=not-a-token"}}},
      {"empty cookie", {{"Cookie", "__Host-np_session="}}},
      {"cookie without prefix", {{"Cookie", "np_session=" + good}}},
  };
  for (const Route& route : protected_) {
    for (const auto& [how, headers] : variants) {
      ExpectUnauthenticated(Send(route, headers), Where(route, "with a " + how));
    }
  }
}

TEST_P(Unauthenticated, WellFormedTokensWithoutASessionAnswer401) {
  const std::string b_owner = b_.tokens.at("owner");
  // Clinic B's live secret under clinic A's id: the session belongs to B, so A has none.
  const std::string swapped = a_.seed.clinic.id.ToString() + b_owner.substr(b_owner.find('.'));
  const std::vector<std::pair<std::string, std::string>> tokens = {
      {"unknown token of the clinic", UnknownToken(a_.seed.clinic.id)},
      {"unknown token of no clinic", UnknownToken(base::ClinicId(987654321987))},
      {"another clinic's secret", swapped},
  };
  for (const Route& route : protected_) {
    for (const auto& [how, token] : tokens) {
      ExpectUnauthenticated(Send(route, {{"Authorization", "Bearer " + token}}),
                            Where(route, "with an " + how));
      ExpectUnauthenticated(Send(route, {{"Cookie", std::string(kSessionCookie) + "=" + token}}),
                            Where(route, "with a cookie holding an " + how));
    }
  }
  // The swapped secret still works in its own clinic: the 401s above are not a broken token.
  EXPECT_EQ(
      Client(server_->port()).Send("GET", "/api/v1/session", "", Bearer(b_owner, false)).status,
      200);
}

TEST_P(Unauthenticated, ExpiredSessionsAnswer401) {
  const Client client(server_->port());
  std::map<std::string, std::string> token_of;  // one session per route: a 401 ends it
  for (const Route& route : protected_) {
    const HttpResult login = Login(client, a_.seed.clinic.slug, a_.seed.owner.email);
    ASSERT_EQ(login.status, 201) << login.body;
    token_of[RouteKey(route)] = login.Json()["token"].get<std::string>();
    ASSERT_EQ(
        client.Send("GET", "/api/v1/session", "", Bearer(token_of[RouteKey(route)], false)).status,
        200);
  }
  server_->clock().Advance(std::chrono::minutes(15));
  for (const Route& route : protected_) {
    ExpectUnauthenticated(Send(route, {{"Authorization", "Bearer " + token_of[RouteKey(route)]}}),
                          Where(route, "with an expired session"));
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, Unauthenticated, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
