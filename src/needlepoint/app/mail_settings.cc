#include "needlepoint/app/mail_settings.h"

#include "needlepoint/app/fields.h"
#include "needlepoint/app/message_templates.h"

namespace needlepoint::app {
namespace {

base::Status OwnerOnly(const Principal& principal) {
  if (principal.role == domain::Role::kOwner) return base::OkStatus();
  return base::PermissionDenied("only the owner may see or change the mail settings");
}

bool IsHostName(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  for (char c : host) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == ':';
    if (!ok) return false;
  }
  return true;
}

bool IsLoopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

bool IsPortalUrl(std::string_view url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) return false;
  if (url.size() > 200) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '#' ||
        c == '?') {
      return false;
    }
  }
  return true;
}

MailSettingsView View(std::optional<domain::MailSettings> stored) {
  MailSettingsView view;
  if (!stored) return view;
  view.configured = true;
  view.password_set = !stored->password_sealed.empty();
  stored->password_sealed.clear();
  view.settings = std::move(*stored);
  return view;
}

base::Result<std::vector<TemplateView>> AllTemplates(storage::Transaction& tx) {
  NP_ASSIGN_OR_RETURN(std::vector<domain::MessageTemplate> own, tx.mail_settings().Templates());
  std::vector<TemplateView> out;
  for (domain::MessageKind kind : domain::AllCodes<domain::MessageKind>()) {
    TemplateView view{DefaultTemplate(kind), false};
    for (const domain::MessageTemplate& t : own) {
      if (t.kind == kind) view = {t, true};
    }
    out.push_back(std::move(view));
  }
  return out;
}

}  // namespace

base::Result<MailSettingsView> GetMailSettings(AppEnv& env, RequestContext& context) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
  base::Result<domain::MailSettings> stored = tx->mail_settings().Get();
  if (!stored) {
    if (stored.error().code() != base::StatusCode::kNotFound) return base::Fail(stored.error());
    return View(std::nullopt);
  }
  return View(*stored);
}

base::Result<MailSettingsView> PutMailSettings(AppEnv& env, RequestContext& context,
                                               const MailSettingsChange& c) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  std::vector<base::FieldProblem> problems;
  const std::string host = Trimmed(c.host);
  if (!IsHostName(host)) problems.push_back({"/host", "is not a host name or address"});
  if (c.port < 1 || c.port > 65535) problems.push_back({"/port", "must be 1 to 65535"});
  if (!mail::IsSafeAddress(Trimmed(c.from_address))) {
    problems.push_back({"/from_address", "is not an e-mail address"});
  }
  if (c.from_name.size() > 100 || c.from_name.find_first_of("\r\n") != std::string::npos) {
    problems.push_back({"/from_name", "must be one line of at most 100 bytes"});
  }
  if (!IsPortalUrl(c.portal_url)) {
    problems.push_back({"/portal_url",
                        "must be the portal's address, http(s)://host[/path], without a query "
                        "or fragment"});
  }
  if (c.timeout_seconds < 1 || c.timeout_seconds > 300) {
    problems.push_back({"/timeout_seconds", "must be 1 to 300"});
  }
  if (c.username.size() > 200) problems.push_back({"/username", "must be at most 200 bytes"});
  if (c.password && c.password->size() > 500) {
    problems.push_back({"/password", "must be at most 500 bytes"});
  }
  if (c.tls == domain::TlsMode::kNone && !c.username.empty() && !IsLoopback(host)) {
    problems.push_back({"/username",
                        "credentials are sent only over TLS (starttls or tls) to a relay on "
                        "another machine"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  domain::MailSettings settings{.host = host,
                                .port = c.port,
                                .tls = c.tls,
                                .username = c.username,
                                .from_address = Trimmed(c.from_address),
                                .from_name = Trimmed(c.from_name),
                                .portal_url = c.portal_url,
                                .timeout_seconds = c.timeout_seconds,
                                .enabled = c.enabled};
  if (c.password) {
    if (!c.password->empty()) {
      if (!env.secrets) {
        return base::Fail(base::FailedPrecondition(
            "this server has no secrets key, so it cannot store a relay password"));
      }
      settings.password_sealed = security::Seal(*env.secrets, *c.password);
    }
  } else {
    base::Result<domain::MailSettings> stored = tx->mail_settings().Get();
    if (stored) settings.password_sealed = stored->password_sealed;
  }
  NP_RETURN_IF_ERROR(tx->mail_settings().Put(settings));
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "clinic.mail.update", "clinic", "", std::nullopt, domain::AuditOutcome::kSuccess,
      c.password ? (c.password->empty() ? "password removed" : "password changed") : "")));
  NP_RETURN_IF_ERROR(tx->Commit());
  return View(settings);
}

base::Result<std::vector<TemplateView>> ListTemplates(AppEnv& env, RequestContext& context) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
  return AllTemplates(*tx);
}

base::Result<std::vector<TemplateView>> PutTemplates(
    AppEnv& env, RequestContext& context, const std::vector<domain::MessageTemplate>& templates,
    const std::vector<domain::MessageKind>& reset) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  std::vector<base::FieldProblem> problems;
  for (size_t i = 0; i < templates.size(); ++i) {
    std::vector<base::FieldProblem> found =
        TemplateProblems(templates[i], "/templates/" + std::to_string(i));
    problems.insert(problems.end(), found.begin(), found.end());
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  for (domain::MessageKind kind : reset) NP_RETURN_IF_ERROR(tx->mail_settings().DeleteTemplate(kind));
  for (const domain::MessageTemplate& t : templates) {
    NP_RETURN_IF_ERROR(tx->mail_settings().PutTemplate(t));
  }
  NP_RETURN_IF_ERROR(tx->audit().Append(context.Audit(
      "clinic.templates.update", "clinic", "", std::nullopt, domain::AuditOutcome::kSuccess,
      std::to_string(templates.size()) + " set, " + std::to_string(reset.size()) + " reset")));
  NP_ASSIGN_OR_RETURN(std::vector<TemplateView> all, AllTemplates(*tx));
  NP_RETURN_IF_ERROR(tx->Commit());
  return all;
}

base::Result<mail::Relay> RelayOf(const AppEnv& env, const domain::MailSettings& s) {
  mail::Relay relay{.host = s.host,
                    .port = s.port,
                    .tls = s.tls,
                    .username = s.username,
                    .timeout = std::chrono::seconds(s.timeout_seconds)};
  if (!s.password_sealed.empty()) {
    if (!env.secrets) {
      return base::Fail(base::FailedPrecondition("this server has no secrets key"));
    }
    base::Result<std::string> password = security::Unseal(*env.secrets, s.password_sealed);
    if (!password) {
      return base::Fail(base::FailedPrecondition(
          "the relay password was sealed with another key: set it again"));
    }
    relay.password = std::move(*password);
  }
  return relay;
}

}  // namespace needlepoint::app
