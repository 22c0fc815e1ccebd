// Handlers for the clinic's outgoing mail: the SMTP relay (the password is write-only), its
// message templates, and the outbox (app/mail_settings.h, app/outbox.h).
#include "needlepoint/app/mail_settings.h"
#include "needlepoint/app/outbox.h"
#include "needlepoint/contract/time_text.h"
#include "needlepoint/http/handler_support.h"
#include "needlepoint/http/handlers.h"

namespace needlepoint::http {
namespace {

using contract::JsonObject;
using contract::Need;
using contract::Problems;

Json MailSettingsView(const app::MailSettingsView& view) {
  if (!view.configured) {
    return {{"configured", false}, {"enabled", false}, {"password_set", false}};
  }
  const domain::MailSettings& s = view.settings;
  return {{"configured", true},
          {"relay", app::RelayText(s)},
          {"starttls", app::StartTlsText(s.tls)},
          {"from_address", s.from_address},
          {"from_name", s.from_name},
          {"username", s.username},
          {"password_set", view.password_set},
          {"portal_url", s.portal_url},
          {"timeout_seconds", s.timeout_seconds},
          {"enabled", s.enabled}};
}

Json TemplateView(const app::TemplateView& view) {
  return {{"kind", domain::CodeName(view.message_template.kind)},
          {"subject", view.message_template.subject},
          {"body", view.message_template.body},
          {"is_default", view.is_default}};
}

Json MessageView(const base::TimeZone& zone, const domain::OutboxMessage& m) {
  Json view = {
      {"id", m.id.value()},
      {"kind", domain::CodeName(m.kind)},
      {"status", domain::CodeName(m.status)},
      {"due", TimeText(m.due_at)},
      {"due_local", contract::LocalDateTimeText(zone, m.due_at)},
      {"sent_at", m.sent_at ? Json(TimeText(*m.sent_at)) : Json(nullptr)},
      {"attempts", m.attempts},
      {"last_error_class", m.last_error.empty() ? Json(nullptr) : Json(app::ErrorClassOf(m))},
      {"patient_id", m.patient_id ? Json(m.patient_id->value()) : Json(nullptr)},
      {"appointment_id", m.appointment_id ? Json(m.appointment_id->value()) : Json(nullptr)}};
  return view;
}

}  // namespace

Response GetMailSettings(Call& call) {
  return Answer(call, app::GetMailSettings(call.env, call.context), MailSettingsView);
}

Response PutMailSettings(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  app::MailSettingsChange change;
  change.relay = object.String("relay", Need::kRequired, 300).value_or("");
  change.starttls = object.String("starttls", Need::kOptional, 20).value_or("required");
  change.from_address = object.String("from_address", Need::kRequired, 254).value_or("");
  change.from_name = object.String("from_name", Need::kOptional, 100).value_or("");
  change.username = object.String("username", Need::kOptional, 200).value_or("");
  change.password = object.String("password", Need::kOptional, 500);
  change.portal_url = object.String("portal_url", Need::kOptional, 200).value_or("");
  change.timeout_seconds =
      static_cast<int>(object.Integer("timeout_seconds", Need::kOptional, 1, 300).value_or(30));
  change.enabled = object.Bool("enabled", Need::kRequired).value_or(false);
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::PutMailSettings(call.env, call.context, change), MailSettingsView);
}

Response ListMessageTemplates(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(std::vector<app::TemplateView> templates,
                               app::ListTemplates(call.env, call.context));
  return JsonResponse(Items(templates, TemplateView));
}

Response PutMessageTemplate(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(nlohmann::json body, JsonBody(call));
  Problems problems;
  JsonObject object = *JsonObject::Open(body, "", problems);
  const std::string subject = object.String("subject", Need::kRequired, 150).value_or("");
  const std::string text = object.String("body", Need::kRequired, 10'000).value_or("");
  object.RejectUnknownKeys();
  if (!problems.empty()) return Fail(call, std::move(problems).ToStatus());
  return Answer(call, app::PutTemplate(call.env, call.context, call.Text(), subject, text),
                TemplateView);
}

Response ResetMessageTemplate(Call& call) {
  return Answer(call, app::ResetTemplate(call.env, call.context, call.Text()), TemplateView);
}

Response ListOutbox(Call& call) {
  NP_ASSIGN_OR_RETURN_RESPONSE(auto params, QueryParams(call, {"status", "from", "to"}));
  std::vector<base::FieldProblem> problems;
  app::OutboxQuery query;
  for (const auto& [name, value] : params) {
    if (name == "status") {
      query.status = domain::ParseCode<domain::MessageStatus>(value);
      if (!query.status)
        problems.push_back({"?status", "must be pending, sending, sent, void or failed"});
    } else {
      base::Result<base::CivilDate> date = base::CivilDate::Parse(value);
      if (!date) {
        problems.push_back({"?" + name, "must be a date YYYY-MM-DD"});
      } else if (name == "from") {
        query.from = *date;
      } else {
        query.to = *date;
      }
    }
  }
  if (!problems.empty()) return Fail(call, base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN_RESPONSE(app::OutboxList list,
                               app::ListOutbox(call.env, call.context, query));
  Json items = Json::array();
  for (const domain::OutboxMessage& m : list.items) items.push_back(MessageView(list.zone, m));
  return JsonResponse({{"time_zone", list.zone.name()}, {"items", std::move(items)}});
}

}  // namespace needlepoint::http
