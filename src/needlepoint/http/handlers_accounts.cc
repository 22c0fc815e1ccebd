// Handlers for accounts without chosen passwords: accepting a set-password link (public),
// staff password resets, and patients' portal accounts.
#include "needlepoint/app/accounts.h"
#include "needlepoint/app/portal.h"
#include "needlepoint/http/dispatcher.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

// The account as the API shows it, with the link shown this once.
Json WithLink(const domain::User& user, const app::PasswordLink& link) {
  Json view = UserView(user);
  view["invitation"] = PasswordLinkView(link);
  return view;
}

}  // namespace

Response AcceptInvitation(Call& call) {
  // Throttled like logins, by the same per-address limit.
  const base::Status allowed = call.auth.CountAddressAttempt(call.request.client_address);
  if (!allowed.ok()) {
    Response response = Fail(call, allowed);
    response.SetHeader("Retry-After", std::to_string(app::RetryAfterSeconds(allowed)));
    return response;
  }
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::string token = object.String("token", Need::kRequired, 200).value_or("");
  const std::string password = object.String("password", Need::kRequired, 1024).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<app::AcceptedLink> accepted =
      app::AcceptPasswordLink(call.env, token, password, call.context.request_id);
  if (!accepted) return Fail(call, accepted.error());
  call.auth.ForgetUser(accepted->clinic.id, accepted->user.id);
  Response response = JsonResponse({{"clinic", accepted->clinic.slug},
                                    {"email", accepted->user.email},
                                    {"role", domain::CodeName(accepted->user.role)}});
  // This browser set the password: it is one of the account's devices (login throttling,
  // docs/SECURITY.md), so an attacker keeping the account backing off cannot keep it out.
  response.SetHeader(
      "Set-Cookie",
      HostCookie(kDeviceCookie,
                 call.auth.NewDeviceCookieFor(accepted->clinic.id, accepted->user.email),
                 static_cast<int>(call.auth.settings().device_cookie_lifetime.count())));
  return response;
}

Response ResetStaffPassword(Call& call) {
  const base::UserId id(call.Id());
  base::Result<app::PasswordLink> link = app::ResetStaffPassword(call.env, call.context, id);
  if (!link) return Fail(call, link.error());
  call.auth.ForgetUser(call.context.principal.clinic, id);
  return JsonResponse({{"user_id", id.value()}, {"invitation", PasswordLinkView(*link)}});
}

Response InvitePortalAccount(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::optional<std::string> email = object.String("email", Need::kOptional, 254);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<app::PortalInvitation> invitation =
      app::InvitePortalAccount(call.env, call.context, base::PatientId(call.Id()), email);
  if (!invitation) return Fail(call, invitation.error());
  if (!invitation->created) {
    call.auth.ForgetUser(call.context.principal.clinic, invitation->account.id);
  }
  return JsonResponse(WithLink(invitation->account, invitation->link),
                      invitation->created ? 201 : 200);
}

Response ListPortalAccounts(Call& call) {
  return Answer(call, app::ListPortalAccounts(call.env, call.context),
                [](const auto& accounts) { return Items(accounts, UserView); });
}

Response RevokePortalAccount(Call& call) {
  base::Result<domain::User> account =
      app::RevokePortalAccount(call.env, call.context, base::UserId(call.Id()));
  if (!account) return Fail(call, account.error());
  call.auth.ForgetUser(call.context.principal.clinic, account->id);
  return JsonResponse(UserView(*account));
}

}  // namespace needlepoint::http
