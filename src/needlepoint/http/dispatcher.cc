#include "needlepoint/http/dispatcher.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>

#include "needlepoint/http/problem.h"
#include "needlepoint/http/static_files.h"
#include "needlepoint/security/token.h"

namespace needlepoint::http {
namespace {

bool Mutating(Method method) { return method != Method::kGet; }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether a cookie-authenticated mutation carries proof that it came from our own pages.
bool CsrfOk(const Request& request, const std::string& token) {
  const std::string_view fetch_site = request.Header("sec-fetch-site");
  if (fetch_site == "cross-site") return false;
  const std::string_view origin = request.Header("origin");
  if (!origin.empty()) {
    const std::string_view host = request.Header("host");
    if (origin != "https://" + std::string(host) && origin != "http://" + std::string(host)) {
      return false;
    }
  }
  const std::optional<security::SessionToken> parsed = security::ParseSessionToken(token);
  return parsed &&
         security::SecureEquals(request.Header("x-csrf-token"), security::CsrfToken(*parsed));
}

bool IsMediaType(const std::string& type, std::string_view want) {
  if (!type.starts_with(want)) return false;
  const std::string_view rest = std::string_view(type).substr(want.size());
  return rest.empty() || rest.front() == ';';
}

bool MediaTypeOk(const Request& request, Body body) {
  const std::string type = Lower(request.Header("content-type"));
  switch (body) {
    case Body::kNone:
      return true;
    case Body::kJson:
      return IsMediaType(type, "application/json");
    case Body::kToml:
      return IsMediaType(type, "application/toml");
    case Body::kImage:
      return IsMediaType(type, "image/jpeg") || IsMediaType(type, "image/png");
  }
  return false;
}

std::string_view MediaTypeHint(Body body) {
  switch (body) {
    case Body::kJson:
      return "send application/json";
    case Body::kToml:
      return "send application/toml";
    case Body::kImage:
      return "send image/jpeg or image/png";
    case Body::kNone:
      break;
  }
  return "";
}

}  // namespace

std::string NextRequestId() {
  static const std::string prefix = security::RandomHex(4) + "-";
  static std::atomic<uint64_t> counter{0};
  return fmt::format("{}{:x}", prefix, counter.fetch_add(1, std::memory_order_relaxed));
}

SessionCredential SessionTokenOf(const Request& request) {
  const std::string_view authorization = request.Header("authorization");
  if (authorization.size() > 7 && Lower(authorization.substr(0, 7)) == "bearer ") {
    return {std::string(authorization.substr(7)), false};
  }
  std::optional<std::string> cookie = CookieValue(request, kSessionCookie);
  if (!cookie || cookie->empty()) return {};
  return {*std::move(cookie), true};
}

std::optional<std::string> CookieValue(const Request& request, std::string_view name) {
  std::string_view cookies = request.Header("cookie");
  while (!cookies.empty()) {
    const size_t end = cookies.find(';');
    std::string_view pair = cookies.substr(0, end);
    cookies = end == std::string_view::npos ? std::string_view() : cookies.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
  }
  return std::nullopt;
}

Dispatcher::Dispatcher(const Router& router, app::AppEnv& env, app::Authenticator& auth,
                       app::AuditWriter& audit)
    : router_(router), env_(env), auth_(auth), audit_(audit) {}

void Dispatcher::AddSecurityHeaders(Response& response, std::string_view request_id) {
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; object-src 'none'; base-uri 'none'; "
                     "frame-ancestors 'none'; form-action 'self'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Referrer-Policy", "no-referrer");
  response.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Cross-Origin-Resource-Policy", "same-origin");
  // Nothing this server answers may be cached: API responses carry patient data, and error
  // answers should not linger either. (A photo's bytes say "private, no-store" themselves.)
  bool has_cache_control = false;
  for (const auto& [name, value] : response.headers) {
    if (name == "Cache-Control" && value.find("no-store") != std::string::npos) {
      has_cache_control = true;
    }
  }
  if (!has_cache_control) response.SetHeader("Cache-Control", "no-store");
  response.SetHeader("X-Request-Id", std::string(request_id));
  if (response.content_type == "application/json" ||
      response.content_type == "application/problem+json") {
    response.content_type += "; charset=utf-8";
  }
}

std::size_t Dispatcher::BodyLimitFor(Method method, std::string_view path,
                                     std::size_t server_limit) const {
  const Router::Match match = router_.Find(method, path);
  if (match.route != nullptr && match.route->body_limit != 0) return match.route->body_limit;
  return server_limit;
}

Lane Dispatcher::LaneFor(const Request& request) const {
  const Router::Match match = router_.Find(request.method, request.path);
  if (match.route != nullptr) return match.route->lane;
  return match.allowed.empty() ? Lane::kIoThread : Lane::kWorker;
}

void Dispatcher::Handle(const Request& request, Send send) {
  // The web app's page and assets (static_files.h): no session, no patient data; the security
  // headers of every response, with the file's own caching.
  if (std::optional<WebFile> web = ServeWebApp(request)) {
    AddSecurityHeaders(web->response, NextRequestId());
    web->response.SetHeader("Cache-Control", std::move(web->cache_control));
    send(std::move(web->response));
    return;
  }
  const auto started = std::chrono::steady_clock::now();
  app::RequestContext context;
  context.request_id = NextRequestId();
  const Router::Match match = router_.Find(request.method, request.path);
  Response response = Run(request, match, context);

  auto finish = [send = std::move(send), started, method = request.method,
                 request_id = context.request_id,
                 pattern = match.route != nullptr ? match.route->pattern : std::string("-"),
                 user = context.principal.user](Response r) {
    AddSecurityHeaders(r, request_id);
    spdlog::info(
        "{} {} {} {:.1f}ms request={} user={}", MethodName(method), pattern, r.status,
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count(),
        request_id, user.value());
    send(std::move(r));
  };
  if (context.read_audit.empty()) {
    finish(std::move(response));
    return;
  }
  // Audited: release the response only once its audit rows are durable; fail closed.
  std::vector<storage::ClinicAuditEntry> entries;
  for (domain::AuditEntry& entry : context.read_audit) {
    entries.push_back({context.principal.clinic, std::move(entry)});
  }
  audit_.Submit(std::move(entries), [finish, response = std::move(response), path = request.path,
                                     request_id =
                                         context.request_id](const base::Status& status) mutable {
    if (status.ok()) {
      finish(std::move(response));
      return;
    }
    spdlog::error("audit write failed, response withheld: request={} {}", request_id,
                  status.ToString());
    finish(Problem(base::Unavailable("the audit log cannot be written; retry"), path, request_id));
  });
}

Response Dispatcher::Run(const Request& request, const Router::Match& match,
                         app::RequestContext& context) {
  const std::string& id = context.request_id;
  // A method this path lacks: a plain 405, unless the path holds patient data — then the
  // refusal is authenticated and audited like any other request to it.
  const bool unsupported_method = match.route == nullptr && match.other != nullptr &&
                                  match.other->phi != Phi::kNone && !match.other->is_public();
  if (match.route == nullptr && !unsupported_method) {
    if (match.allowed.empty()) return ProblemWithStatus(404, "no such resource", request.path, id);
    return MethodNotAllowed(request, match, id);
  }
  const Route& route = unsupported_method ? *match.other : *match.route;
  // A denial or failure row names the object and, for patient routes, the patient.
  const std::string object_id = match.ids.empty() ? "" : std::to_string(match.ids[0]);
  std::optional<base::PatientId> path_patient;
  if (route.object_type == "patient" && !match.ids.empty()) {
    path_patient = base::PatientId(match.ids[0]);
  }
  const std::string action = unsupported_method
                                 ? route.object_type + "." + Lower(MethodName(request.method))
                                 : route.audit_action;
  // Exactly one audit row per patient-data request from a known user, whatever its outcome:
  // `Record` adds it for a request refused here (a successful write committed its own).
  const bool audited = route.phi != Phi::kNone && !route.is_public();
  auto record = [&](domain::AuditOutcome outcome, std::string detail) {
    if (!audited) return;
    context.read_audit.push_back(context.Audit(action, route.object_type, object_id, path_patient,
                                               outcome, std::move(detail)));
  };

  if (!route.is_public()) {
    const auto [token, from_cookie] = SessionTokenOf(request);
    base::Result<app::Principal> principal =
        token.empty()
            ? base::Result<app::Principal>(base::Fail(base::Unauthenticated("log in first")))
            : auth_.Authenticate(token);
    if (!principal) {
      // Not audited: no user is known, and a flood of forged tokens must not fill a
      // clinic's audit log. The server log records the attempt (without the token).
      Response response = Problem(principal.error(), request.path, id);
      if (response.status == 401) response.SetHeader("WWW-Authenticate", "Bearer");
      return response;
    }
    context.principal = *principal;
    if (unsupported_method) {
      record(domain::AuditOutcome::kFailed, "HTTP 405 method not allowed");
      return MethodNotAllowed(request, match, id);
    }
    if (from_cookie && Mutating(request.method) && !CsrfOk(request, token)) {
      context.read_audit.push_back(context.Audit(route.audit_action, route.object_type, object_id,
                                                 path_patient, domain::AuditOutcome::kDenied,
                                                 "missing or invalid CSRF token"));
      return Problem(base::PermissionDenied("missing or invalid CSRF token"), request.path, id);
    }
    if (!route.roles.Contains(context.principal.role)) {
      context.read_audit.push_back(context.Audit(
          route.audit_action, route.object_type, object_id, path_patient,
          domain::AuditOutcome::kDenied,
          "role " + std::string(domain::CodeName(context.principal.role)) + " not allowed"));
      return Problem(base::PermissionDenied("your role may not do this"), request.path, id);
    }
  }
  if (request.refused_status != 0) {
    record(domain::AuditOutcome::kFailed, "HTTP " + std::to_string(request.refused_status));
    return ProblemWithStatus(request.refused_status, request.refused_detail, request.path, id);
  }
  if (!MediaTypeOk(request, route.body)) {
    record(domain::AuditOutcome::kFailed, "HTTP 415 unsupported media type");
    return ProblemWithStatus(415, MediaTypeHint(route.body), request.path, id);
  }

  Response response;
  try {
    Call call{request, context, env_, auth_, match.ids, match.texts};
    response = route.handler(call);
  } catch (const std::exception& error) {
    spdlog::error("handler failed: request={} {}", id, error.what());
    context.read_audit.clear();
    response = Problem(base::Internal(error.what()), request.path, id);
  }
  if (route.phi == Phi::kNone || route.is_public()) {
    // A route without patient data leaves no row of its own; a public one has no session to
    // audit here, so its use case writes its rows in its own transaction.
    context.read_audit.clear();
  } else {
    // Reads append their row; a successful write committed its own; anything else that
    // failed records the failure here.
    if (context.read_audit.empty() && response.status >= 400) {
      context.read_audit.push_back(context.Audit(
          route.audit_action, route.object_type, object_id, path_patient,
          response.status == 403 || response.status == 404 ? domain::AuditOutcome::kDenied
                                                           : domain::AuditOutcome::kFailed,
          "HTTP " + std::to_string(response.status)));
    }
  }
  return response;
}

Response Dispatcher::MethodNotAllowed(const Request& request, const Router::Match& match,
                                      std::string_view id) {
  Response response = ProblemWithStatus(405, "method not allowed", request.path, id);
  std::string allowed;
  for (Method method : match.allowed) {
    allowed += (allowed.empty() ? "" : ", ") + std::string(MethodName(method));
  }
  response.SetHeader("Allow", allowed);
  return response;
}

}  // namespace needlepoint::http
