// Security headers (§7 H): a crawl of every route in ApiRoutes() with a valid owner session,
// plus the error answers (400, 401, 403, 404, 405, 409, 415) and the server's own (400 for
// broken HTTP, 413, 431): every response carries a Content-Security-Policy with
// default-src 'self', object-src 'none', base-uri 'none' and frame-ancestors 'none';
// nosniff; Referrer-Policy no-referrer; HSTS; a unique X-Request-Id (the problem body's
// request_id); a JSON content type with charset; no Server banner; and every /api/ response
// has Cache-Control: no-store.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using std::chrono::milliseconds;

class SecurityHeaders : public ServerTest {
 protected:
  SecurityHeaders() : ServerTest("headers") {}

  // The headers every response must carry; `path` is the request's.
  void ExpectHeaders(const HttpResult& result, const std::string& path, const std::string& where,
                     bool request_id_known = true) {
    ASSERT_NE(result.status, 0) << where << ": no response";
    const std::string csp = result.Header("content-security-policy");
    for (const char* directive :
         {"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"}) {
      EXPECT_NE(csp.find(directive), std::string::npos) << where << ": CSP '" << csp << "'";
    }
    EXPECT_EQ(result.Header("x-content-type-options"), "nosniff") << where;
    EXPECT_EQ(result.Header("referrer-policy"), "no-referrer") << where;
    EXPECT_EQ(result.Header("strict-transport-security"), "max-age=31536000; includeSubDomains")
        << where;
    EXPECT_FALSE(result.headers.contains("server")) << where << ": " << result.Header("server");
    EXPECT_FALSE(result.headers.contains("x-powered-by")) << where;
    const bool image = result.Header("content-type").starts_with("image/");
    if (path.starts_with("/api/") && image) {
      // A photo's bytes: never stored by any cache, shared or private.
      EXPECT_EQ(result.Header("cache-control"), "private, no-store") << where;
    } else if (path.starts_with("/api/")) {
      EXPECT_EQ(result.Header("cache-control"), "no-store") << where;
    }
    const std::string request_id = result.Header("x-request-id");
    EXPECT_FALSE(request_id.empty()) << where << ": no X-Request-Id";
    if (request_id_known && !request_id.empty()) {
      EXPECT_TRUE(request_ids_.insert(request_id).second) << where << ": X-Request-Id reused";
    }
    if (!result.body.empty() && image) {
      const std::string type = result.Header("content-type");
      EXPECT_TRUE(type == "image/jpeg" || type == "image/png") << where << ": " << type;
    } else if (!result.body.empty() && path.ends_with(".ics") && result.status < 400) {
      // Calendar files (an appointment's, a provider's feed).
      EXPECT_EQ(result.Header("content-type"), "text/calendar; charset=utf-8") << where;
      EXPECT_TRUE(result.body.starts_with("BEGIN:VCALENDAR")) << where;
    } else if (!result.body.empty() && path.find(".csv") != std::string::npos &&
               result.status < 400) {
      // The lot recall's export: an attachment nobody caches.
      EXPECT_EQ(result.Header("content-type"), "text/csv; charset=utf-8") << where;
      EXPECT_NE(result.Header("content-disposition").find("attachment"), std::string::npos);
    } else if (!result.body.empty()) {
      const std::string type = result.Header("content-type");
      EXPECT_TRUE(type == "application/json; charset=utf-8" ||
                  type == "application/problem+json; charset=utf-8")
          << where << ": Content-Type '" << type << "'";
      const nlohmann::json body = result.Json();
      EXPECT_FALSE(body.is_discarded()) << where;
      if (result.status >= 400 && body.is_object()) {
        EXPECT_EQ(body.value("request_id", "?"), request_id) << where;
      }
    } else {
      EXPECT_TRUE(result.status == 204) << where << ": an empty " << result.status;
    }
  }

  std::set<std::string> request_ids_;
};

TEST_P(SecurityHeaders, EveryRouteAnswersWithThem) {
  int crawled = 0;
  for (const Route& route : ApiRoutes()) {
    const ExampleRequest request = ExampleFor(*server_, route, a_);
    std::map<std::string, std::string> headers;
    if (!route.is_public()) {
      std::string token = a_.tokens.at("owner");
      if (RouteKey(route) == "DELETE /api/v1/session") {  // logging out ends the session
        token = Login(client(), a_.seed.clinic.slug, a_.seed.owner.email).Json()["token"];
      }
      if (RouteKey(route) == "POST /api/v1/sessions/{id}/gate-override") {
        token = a_.tokens.at("provider");  // only a provider overrides the gate
      }
      headers = Bearer(token, false);
    }
    if (!request.content_type.empty()) headers["Content-Type"] = request.content_type;
    const HttpResult result = client().Send(request.method, request.path, request.body, headers);
    EXPECT_LT(result.status, 400) << RouteKey(route) << ": " << result.body;
    ExpectHeaders(result, request.path, RouteKey(route));
    ++crawled;
  }
  EXPECT_GE(crawled, 23);
  // The portal's view of its own record, too.
  const std::string own = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  const HttpResult portal = client().Send("GET", own, "", Bearer(a_.tokens.at("patient"), false));
  EXPECT_EQ(portal.status, 200);
  ExpectHeaders(portal, own, "portal read");
}

TEST_P(SecurityHeaders, ErrorAnswersCarryThemToo) {
  const std::string owner = a_.tokens.at("owner");
  const std::string patient = "/api/v1/patients/" + a_.seed.patient.id.ToString();
  struct Case {
    std::string what, method, path, body;
    std::map<std::string, std::string> headers;
    int status;
  };
  const std::vector<Case> cases = {
      {"no route", "GET", "/api/v1/nothing-here", "", Bearer(owner, false), 404},
      {"no route outside the API", "GET", "/index.html", "", {}, 404},
      {"id zero", "GET", "/api/v1/patients/0", "", Bearer(owner, false), 404},
      {"missing patient", "GET", "/api/v1/patients/999999999999", "", Bearer(owner, false), 404},
      {"wrong method", "DELETE", "/api/v1/clinic", "", Bearer(owner, false), 405},
      {"no session", "GET", patient, "", {}, 401},
      {"role denied", "GET", "/api/v1/clinic", "", Bearer(a_.tokens.at("patient"), false), 403},
      {"bad JSON", "POST", "/api/v1/patients", "{", Bearer(owner), 400},
      {"bad query", "GET", "/api/v1/audit?bogus=1", "", Bearer(owner, false), 400},
      {"wrong media type",
       "POST",
       "/api/v1/patients",
       "x=1",
       {{"Authorization", "Bearer " + owner}, {"Content-Type", "text/plain"}},
       415},
      {"stale version", "PATCH", patient, R"({"version":999,"phone":"1"})", Bearer(owner), 409},
      {"bad login",
       "POST",
       "/api/v1/session",
       R"({"clinic":"nowhere","email":"x@example.test","password":"wrong password 123"})",
       {{"Content-Type", "application/json"}},
       401},
  };
  for (const Case& c : cases) {
    const HttpResult result = client().Send(c.method, c.path, c.body, c.headers);
    EXPECT_EQ(result.status, c.status) << c.what << ": " << result.body;
    ExpectHeaders(result, c.path, c.what);
    if (c.status == 405) {
      EXPECT_EQ(result.Header("allow"), "GET, PATCH") << c.what;
    }
  }
}

TEST_P(SecurityHeaders, TheServersOwnErrorAnswersCarryThemToo) {
  const std::string owner = a_.tokens.at("owner");
  const std::string head =
      "POST /api/v1/patients HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      "Authorization: Bearer " +
      owner + "\r\nContent-Type: application/json\r\n";
  const std::vector<std::tuple<std::string, std::string, int>> cases = {
      {"a body over 1 MiB", head + "Content-Length: 2000000\r\n\r\n", 413},
      {"headers over 8 KiB", head + "X-Filler: " + std::string(9000, 'x') + "\r\n\r\n", 431},
      {"broken HTTP", "GET /api/v1/clinic HTTP/1.1\r\nHost 127.0.0.1\r\nBroken\r\n\r\n", 400},
      {"a bad Content-Length", head + "Content-Length: 12abc\r\n\r\n", 400},
  };
  for (const auto& [what, bytes, status] : cases) {
    const HttpResult result = ParseHttpResponse(client().SendRaw(bytes, milliseconds(5000)));
    EXPECT_EQ(result.status, status) << what << ": " << result.body;
    ExpectHeaders(result, "/api/v1/patients", what, /*request_id_known=*/false);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, SecurityHeaders, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
