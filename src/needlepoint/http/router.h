// The route table's types and the matcher. Every route declares, next to its handler, who
// may call it (roles; none: public), whether it reads or writes patient data (which decides
// its audit and caching), what body it takes, and what a denial records in the audit log.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/app/auth.h"
#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/clinic.h"
#include "needlepoint/domain/code_set.h"
#include "needlepoint/http/message.h"

namespace needlepoint::http {

using RoleSet = domain::CodeSet<domain::Role>;
inline constexpr RoleSet kStaff = {domain::Role::kOwner, domain::Role::kProvider,
                                   domain::Role::kFrontDesk};
inline constexpr RoleSet kClinical = {domain::Role::kOwner, domain::Role::kProvider};
inline constexpr RoleSet kOwner = {domain::Role::kOwner};
inline constexpr RoleSet kEveryone = RoleSet::All();

enum class Phi { kNone, kRead, kWrite };
// kImage: the raw bytes of a JPEG or PNG (Content-Type image/jpeg or image/png).
enum class Body { kNone, kJson, kToml, kImage };
// Where the server runs a route's handler (server.h): on the worker pool (the default:
// handlers may wait for the database); on the small password-hashing lane (routes that check
// a password for someone not yet authenticated, so a login burst cannot take every worker);
// or on the I/O thread itself (only what never waits: /healthz).
enum class Lane { kWorker, kPasswordHash, kIoThread };

// What a handler gets: the request, who is asking, the numeric path parameters ({id}) in
// order, the application, and the other path parameters in order: {token}<suffix> texts and
// {name} words.
struct Call {
  const Request& request;
  app::RequestContext& context;
  app::AppEnv& env;
  app::Authenticator& auth;
  const std::vector<int64_t>& ids;
  const std::vector<std::string>& texts;

  int64_t Id(size_t index = 0) const { return ids.at(index); }
  const std::string& Text(size_t index = 0) const { return texts.at(index); }
};

using Handler = std::function<Response(Call&)>;

struct Route {
  Method method = Method::kGet;
  std::string pattern;  // "/api/v1/patients/{id}"
  RoleSet roles;        // empty: public (no session)
  Phi phi = Phi::kNone;
  Body body = Body::kNone;
  std::string audit_action;  // recorded for a denial or a failure ("patient.read")
  std::string object_type;   // what {id} names ("patient"), or ""
  std::string summary;
  Handler handler;
  Lane lane = Lane::kWorker;
  // The largest body this route reads, in bytes; 0: the server's limit (ServerOptions).
  std::size_t body_limit = 0;

  bool is_public() const { return roles.empty(); }
};

class Router {
 public:
  explicit Router(std::vector<Route> routes) : routes_(std::move(routes)) {}

  struct Match {
    const Route* route = nullptr;    // null: no route for this method (see `allowed`)
    std::vector<int64_t> ids;        // the {id} values
    std::vector<std::string> texts;  // the {token} and other {name} values
    std::vector<Method> allowed;     // methods that exist for this path (for 405)
    // With no route for this method: a route of this path for another method, preferably one
    // that touches patient data (whose audit trail then records the refusal); null if none.
    const Route* other = nullptr;
  };
  // The route for `method` and `path`. {id} matches a positive decimal number only; a segment
  // "{token}<suffix>" (e.g. "{token}.ics") matches 1 to 200 characters of base64url and '.'
  // followed by the suffix; any other {name} matches one word of 1 to 64 characters a-z, 0-9,
  // '-' and '_'.
  Match Find(Method method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace needlepoint::http
