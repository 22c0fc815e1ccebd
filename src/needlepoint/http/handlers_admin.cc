// Handlers for clinic settings, staff, the protocol, the audit log and the service routes.
#include <charconv>

#include "needlepoint/app/administration.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"
#include "needlepoint/http/openapi.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

std::optional<int64_t> Number(const std::string& text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

}  // namespace

Response GetClinic(Call& call) {
  return Answer(call, app::GetClinic(call.env, call.context), ClinicView);
}

Response UpdateClinic(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::ClinicChanges changes;
  changes.name = object.String("name", Need::kOptional, 200);
  changes.time_zone = object.String("time_zone", Need::kOptional, 64);
  changes.slug = object.String("slug", Need::kOptional, 100);
  changes.phone = object.String("phone", Need::kOptional, 100);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::UpdateClinic(call.env, call.context, changes), ClinicView);
}

Response ListStaff(Call& call) {
  return Answer(call, app::ListStaff(call.env, call.context),
                [](const auto& staff) { return Items(staff, UserView); });
}

Response CreateStaff(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::NewStaff staff;
  staff.email = object.String("email", Need::kRequired, 254).value_or("");
  staff.display_name = object.String("display_name", Need::kRequired, 200).value_or("");
  staff.role = object.Code<domain::Role>("role", Need::kRequired).value_or(domain::Role::kProvider);
  staff.title = object.String("title", Need::kOptional, 100).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<app::InvitedUser> invited = app::CreateStaff(call.env, call.context, staff);
  if (!invited) return Fail(call, invited.error());
  Json view = UserView(invited->user);
  view["invitation"] = PasswordLinkView(invited->link);
  return JsonResponse(view, 201);
}

Response UpdateStaff(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::StaffChanges changes;
  changes.display_name = object.String("display_name", Need::kOptional, 200);
  changes.role = object.Code<domain::Role>("role", Need::kOptional);
  changes.title = object.String("title", Need::kOptional, 100);
  changes.active = object.Bool("active", Need::kOptional);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  base::Result<domain::User> user =
      app::UpdateStaff(call.env, call.context, base::UserId(call.Id()), changes);
  if (!user) return Fail(call, user.error());
  call.auth.ForgetUser(call.context.principal.clinic, user->id);
  return JsonResponse(UserView(*user));
}

Response GetProtocol(Call& call) {
  base::Result<app::ActiveProtocol> active = app::GetProtocol(call.env, call.context);
  if (!active) return Fail(call, active.error());
  return JsonResponse({{"name", active->ref.name},
                       {"version", active->ref.version},
                       {"built_in", active->built_in},
                       {"toml", active->toml}});
}

Response UploadProtocol(Call& call) {
  base::Result<app::ActiveProtocol> active =
      app::UploadProtocol(call.env, call.context, call.request.body);
  if (!active) return Fail(call, active.error());
  return JsonResponse(
      {{"name", active->ref.name}, {"version", active->ref.version}, {"built_in", false}}, 201);
}

Response ListAudit(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(
      auto params,
      QueryParams(call, {"from", "to", "user_id", "patient_id", "action", "after", "limit"}));
  storage::AuditQuery query;
  std::vector<base::FieldProblem> problems;
  for (const auto& [name, value] : params) {
    if (name == "action") {
      query.action = value.substr(0, 100);
      continue;
    }
    if (name == "from" || name == "to") {
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value);
      if (!date) {
        problems.push_back({"?" + name, date.error().message()});
        continue;
      }
      (name == "from" ? query.from : query.to) = base::Timestamp(date->ToChrono());
      continue;
    }
    const std::optional<int64_t> number = Number(value);
    if (!number) {
      problems.push_back({"?" + name, "must be a whole number"});
    } else if (name == "user_id") {
      query.user_id = base::UserId(*number);
    } else if (name == "patient_id") {
      query.patient_id = base::PatientId(*number);
    } else if (name == "after") {
      query.after_seq = *number;
    } else {
      query.limit = static_cast<int>(std::clamp<int64_t>(*number, 1, 1000));
    }
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  return Answer(call, app::ListAudit(call.env, call.context, query), [](const auto& rows) {
    Json page = Items(rows, AuditView);
    page["next_after"] = rows.empty() ? Json(nullptr) : Json(rows.back().seq);
    return page;
  });
}

Response Health(Call&) { return JsonResponse({{"status", "ok"}}); }

Response OpenApi(Call&) {
  Response response;
  response.body = std::string(OpenApiDocument());
  return response;
}

}  // namespace needlepoint::http
