// Handlers for the session and patients: parse, call one app function, serialise.
#include "needlepoint/app/accounts.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/http/dispatcher.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"
#include "needlepoint/security/token.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

std::string SessionCookie(const std::string& value, int max_age) {
  return HostCookie(kSessionCookie, value, max_age);
}

}  // namespace

// ---- Session --------------------------------------------------------------------------------

Response Login(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::LoginRequest login;
  login.clinic = object.String("clinic", Need::kRequired, 100).value_or("");
  login.email = object.String("email", Need::kRequired, 320).value_or("");
  login.password = object.String("password", Need::kRequired, 1024).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  login.device_cookie = CookieValue(call.request, kDeviceCookie).value_or("").substr(0, 200);
  base::Result<app::LoginResult> result =
      call.auth.Login(login, call.request.client_address, call.context.request_id);
  if (!result) {
    Response response = Fail(call, result.error());
    if (response.status == 429) {
      response.SetHeader("Retry-After", std::to_string(app::RetryAfterSeconds(result.error())));
    }
    return response;
  }
  Json view = SessionView(result->principal, result->user, result->csrf_token);
  view["token"] = result->token.ToString();
  Response response = JsonResponse(view, 201);
  response.SetHeader(
      "Set-Cookie", SessionCookie(result->token.ToString(),
                                  static_cast<int>(call.auth.settings().absolute_timeout.count())));
  // A second Set-Cookie (SetHeader would replace the first).
  response.headers.emplace_back(
      "Set-Cookie",
      HostCookie(kDeviceCookie, result->device_cookie,
                 static_cast<int>(call.auth.settings().device_cookie_lifetime.count())));
  return response;
}

Response WhoAmI(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(const domain::User user, app::CurrentUser(call.env, call.context));
  const std::optional<security::SessionToken> token =
      security::ParseSessionToken(SessionTokenOf(call.request).token);
  return JsonResponse(SessionView(call.context.principal, user,
                                  token ? security::CsrfToken(*token) : std::string()));
}

Response Logout(Call& call) {
  base::Status status = call.auth.Logout(call.context);
  if (!status.ok()) return Fail(call, status);
  Response response;
  response.status = 204;
  response.content_type.clear();
  response.SetHeader("Set-Cookie", SessionCookie("", 0));
  return response;
}

// ---- Patients -------------------------------------------------------------------------------

namespace {

struct PatientBody {
  app::PatientPatch patch;
  int64_t version = 0;
  bool confirm_duplicate = false;
};

// Reads patient fields; `create` requires names and birth date, a patch requires `version`.
base::Result<PatientBody> ReadPatientBody(const nlohmann::json& body, bool create) {
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const Need names = create ? Need::kRequired : Need::kOptional;
  PatientBody out;
  out.patch.given_name = object.String("given_name", names, 400);
  out.patch.family_name = object.String("family_name", names, 400);
  out.patch.birth_date = object.Date("birth_date", names);
  out.patch.email = object.String("email", Need::kOptional, 254);
  out.patch.phone = object.String("phone", Need::kOptional, 32);
  if (auto type = object.Integer("fitzpatrick", Need::kOptional, 1, 6)) {
    out.patch.fitzpatrick = static_cast<int>(*type);
  }
  if (create) {
    out.confirm_duplicate = object.Bool("confirm_duplicate", Need::kOptional).value_or(false);
  } else {
    out.patch.archived = object.Bool("archived", Need::kOptional);
    out.version = object.Integer("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  }
  object.RejectUnknownKeys();
  NP_RETURN_IF_ERROR(Check(problems));
  return out;
}

}  // namespace

Response CreatePatient(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  NP_ASSIGN_OR_RETURN_RESPONSE(PatientBody fields, ReadPatientBody(body, true));
  app::PatientFields create{*fields.patch.given_name,        *fields.patch.family_name,
                            *fields.patch.birth_date,        fields.patch.email.value_or(""),
                            fields.patch.phone.value_or(""), fields.patch.fitzpatrick};
  base::Result<app::PatientRegistration> registration =
      app::CreatePatient(call.env, call.context, create, fields.confirm_duplicate);
  if (!registration) return Fail(call, registration.error());
  if (!registration->created) {
    Json candidates = Json::array();
    for (const domain::Patient& candidate : registration->likely_duplicates) {
      candidates.push_back(DuplicateCandidateView(candidate));
    }
    return ProblemWithExtensions(
        base::Conflict("a patient with the same name and birth date, or the same e-mail, is "
                       "already registered; use that record, or send \"confirm_duplicate\": "
                       "true if this is a different person"),
        call.request.path, call.context.request_id, {{"candidates", std::move(candidates)}});
  }
  return JsonResponse(PatientView(*registration->created), 201);
}

Response GetPatient(Call& call) {
  return Answer(call, app::GetPatient(call.env, call.context, base::PatientId(call.Id())),
                PatientView);
}

Response UpdatePatient(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  NP_ASSIGN_OR_RETURN_RESPONSE(PatientBody fields, ReadPatientBody(body, false));
  return Answer(call,
                app::UpdatePatient(call.env, call.context, base::PatientId(call.Id()), fields.patch,
                                   fields.version),
                PatientView);
}

Response SearchPatients(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  storage::PatientQuery query;
  query.text = object.String("q", Need::kOptional, 200).value_or("");
  query.limit = static_cast<int>(object.Integer("limit", Need::kOptional, 1, 500).value_or(50));
  query.offset =
      static_cast<int>(object.Integer("offset", Need::kOptional, 0, 1'000'000).value_or(0));
  query.include_hidden = object.Bool("include_archived", Need::kOptional).value_or(false);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::SearchPatients(call.env, call.context, query), [&](const auto& page) {
    Json view = Items(page.items, PatientView);
    view["total"] = page.total;
    view["limit"] = query.limit;
    view["offset"] = query.offset;
    return view;
  });
}

Response MergePatients(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::optional<int64_t> duplicate =
      object.Integer("duplicate_id", Need::kRequired, 1, INT64_MAX);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<app::MergedPatients> merged = app::MergePatients(
      call.env, call.context, base::PatientId(call.Id()), base::PatientId(*duplicate));
  if (!merged) return Fail(call, merged.error());
  for (base::UserId account : merged->accounts_changed) {
    call.auth.ForgetUser(call.context.principal.clinic, account);
  }
  return JsonResponse({{"patient", PatientView(merged->into)},
                       {"duplicate", PatientView(merged->duplicate)},
                       {"moved",
                        {{"consultations", merged->moved.consultations},
                         {"plans", merged->moved.plans},
                         {"appointments", merged->moved.appointments},
                         {"portal_account", merged->moved.portal_account}}}});
}

}  // namespace needlepoint::http
