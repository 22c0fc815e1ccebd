// Dispatcher: the request pipeline every API call goes through, in one place —
// route lookup, authentication (bearer token or session cookie), CSRF protection for cookie
// sessions, role check, body media type, the handler, the audit guarantees (exactly one row
// per patient-data request; audited reads become durable before the response is released),
// and the security headers on every response.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "needlepoint/app/audit_writer.h"
#include "needlepoint/app/auth.h"
#include "needlepoint/app/env.h"
#include "needlepoint/http/router.h"

namespace needlepoint::http {

inline constexpr std::string_view kSessionCookie = "__Host-np_session";
// The device cookie of a client that logged into an account before (app/auth.h).
inline constexpr std::string_view kDeviceCookie = "__Host-np_device";

class Dispatcher {
 public:
  // Everything must outlive the dispatcher.
  Dispatcher(const Router& router, app::AppEnv& env, app::Authenticator& auth,
             app::AuditWriter& audit);

  using Send = std::function<void(Response)>;

  // Handles `request`; calls `send` exactly once, possibly on the audit writer's thread.
  void Handle(const Request& request, Send send);

  // Where the server should run Handle for `request`: its route's lane; the worker pool for
  // a method its path lacks (which may need authenticating), the I/O thread for a 404.
  Lane LaneFor(const Request& request) const;

  // The body limit for `method` and `path`: its route's own, or `server_limit`.
  std::size_t BodyLimitFor(Method method, std::string_view path, std::size_t server_limit) const;

  // Adds the headers every response carries (CSP, nosniff, frame-ancestors, referrer policy,
  // HSTS, no caching of API responses unless the handler set a stricter Cache-Control, the
  // request id).
  static void AddSecurityHeaders(Response& response, std::string_view request_id);

 private:
  // The response to `request`; the audit rows it leaves (to be durable before the response
  // is released) are in context.read_audit.
  Response Run(const Request& request, const Router::Match& match, app::RequestContext& context);
  static Response MethodNotAllowed(const Request& request, const Router::Match& match,
                                   std::string_view request_id);

  const Router& router_;
  app::AppEnv& env_;
  app::Authenticator& auth_;
  app::AuditWriter& audit_;
};

// A new request id, unique within this process and, by its random per-process prefix, across
// restarts ("5f0c9a1e-2a"): it ties a response, the server log and audit rows together. Not a
// secret, so a counter serves; no system call per request.
std::string NextRequestId();

// The session token of a request and where it came from (cookie sessions need CSRF
// protection); an empty token when the request has none.
struct SessionCredential {
  std::string token;
  bool from_cookie = false;
};

// The session token of `request`: from "Authorization: Bearer …", else from the session
// cookie.
SessionCredential SessionTokenOf(const Request& request);

// The value of the cookie `name` in `request`, or nullopt if it has none.
std::optional<std::string> CookieValue(const Request& request, std::string_view name);

}  // namespace needlepoint::http
