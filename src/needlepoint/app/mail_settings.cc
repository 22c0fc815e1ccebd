#include "needlepoint/app/mail_settings.h"

#include <charconv>

#include "needlepoint/app/fields.h"
#include "needlepoint/app/message_templates.h"
#include "needlepoint/security/device_cookie.h"
#include "needlepoint/security/seal.h"

namespace needlepoint::app {
namespace {

using domain::TlsMode;

base::Status OwnerOnly(const Principal& principal) {
  if (principal.role == domain::Role::kOwner) return base::OkStatus();
  return base::PermissionDenied("only the owner may see or change the mail settings");
}

bool IsHostName(std::string_view host) {
  if (host.empty() || host.size() > 253 || host.front() == '-' || host.front() == '.') {
    return false;
  }
  for (char c : host) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool IsIpv6(std::string_view host) {
  if (host.size() < 2 || host.size() > 45) return false;
  for (char c : host) {
    const bool ok = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') ||
                    c == ':' || c == '.';
    if (!ok) return false;
  }
  return host.find(':') != std::string_view::npos;
}

bool IsLoopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

bool IsPortalUrl(std::string_view url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) return false;
  if (url.size() > 200) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '#' ||
        c == '?' || c == '{' || c == '}') {
      return false;
    }
  }
  return true;
}

struct ParsedRelay {
  std::string host;
  int port = 0;
  bool implicit_tls = false;
};

// "smtp://host[:port]" or "smtps://host[:port]"; hosts by name, IPv4 or [IPv6].
std::optional<ParsedRelay> ParseRelay(std::string_view text) {
  ParsedRelay relay;
  if (text.starts_with("smtps://")) {
    relay.implicit_tls = true;
    relay.port = 465;
    text.remove_prefix(8);
  } else if (text.starts_with("smtp://")) {
    relay.port = 587;
    text.remove_prefix(7);
  } else {
    return std::nullopt;
  }
  std::string_view port;
  if (text.starts_with('[')) {
    const size_t close = text.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    relay.host = std::string(text.substr(1, close - 1));
    if (!IsIpv6(relay.host)) return std::nullopt;
    text.remove_prefix(close + 1);
    if (!text.empty()) {
      if (text.front() != ':') return std::nullopt;
      port = text.substr(1);
    }
  } else {
    const size_t colon = text.find(':');
    relay.host = std::string(text.substr(0, colon));
    if (!IsHostName(relay.host)) return std::nullopt;
    if (colon != std::string_view::npos) port = text.substr(colon + 1);
  }
  if (!port.empty() || (text.ends_with(':'))) {
    int value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || value < 1 ||
        value > 65535) {
      return std::nullopt;
    }
    relay.port = value;
  }
  return relay;
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

std::optional<domain::MessageKind> KindOf(std::string_view name) {
  return domain::ParseCode<domain::MessageKind>(name);
}

base::Result<TemplateView> TemplateOf(storage::Transaction& tx, domain::MessageKind kind) {
  NP_ASSIGN_OR_RETURN(std::vector<domain::MessageTemplate> own, tx.mail_settings().Templates());
  for (const domain::MessageTemplate& t : own) {
    if (t.kind == kind) return TemplateView{t, false};
  }
  return TemplateView{DefaultTemplate(kind), true};
}

}  // namespace

std::string MailSealKey(std::string_view audit_key) {
  return security::DeriveKey(audit_key, "needlepoint mail relay password v1");
}

std::string RelayText(const domain::MailSettings& s) {
  const bool v6 = s.host.find(':') != std::string::npos;
  return std::string(s.tls == TlsMode::kTls ? "smtps://" : "smtp://") +
         (v6 ? "[" + s.host + "]" : s.host) + ":" + std::to_string(s.port);
}

std::string_view StartTlsText(TlsMode mode) {
  switch (mode) {
    case TlsMode::kStartTls:
      return "required";
    case TlsMode::kOpportunistic:
      return "opportunistic";
    case TlsMode::kNone:
    case TlsMode::kTls:
      return "none";
  }
  return "none";
}

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
  const std::optional<ParsedRelay> relay = ParseRelay(Trimmed(c.relay));
  if (!relay) {
    problems.push_back({"/relay", "must be smtp://host[:port] or smtps://host[:port]"});
  }
  TlsMode tls = TlsMode::kStartTls;
  if (c.starttls == "required") {
    tls = TlsMode::kStartTls;
  } else if (c.starttls == "opportunistic") {
    tls = TlsMode::kOpportunistic;
  } else if (c.starttls == "none") {
    tls = TlsMode::kNone;
  } else {
    problems.push_back({"/starttls", "must be required, opportunistic or none"});
  }
  if (relay && relay->implicit_tls) tls = TlsMode::kTls;
  const std::string from_address = Trimmed(c.from_address);
  if (!mail::IsSafeAddress(from_address)) {
    problems.push_back({"/from_address", "is not an e-mail address"});
  }
  const std::string from_name = Trimmed(c.from_name);
  if (from_name.size() > 100 || from_name.find_first_of("\r\n\t") != std::string::npos) {
    problems.push_back({"/from_name", "must be one line of at most 100 bytes"});
  }
  if (!c.portal_url.empty() && !IsPortalUrl(c.portal_url)) {
    problems.push_back({"/portal_url",
                        "must be the portal's address, http(s)://host[/path], without a query "
                        "or fragment"});
  }
  if (c.timeout_seconds < 1 || c.timeout_seconds > 300) {
    problems.push_back({"/timeout_seconds", "must be 1 to 300"});
  }
  if (c.username.size() > 200 || c.username.find_first_of("\r\n") != std::string::npos) {
    problems.push_back({"/username", "must be one line of at most 200 bytes"});
  }
  if (c.password && c.password->size() > 500) {
    problems.push_back({"/password", "must be at most 500 bytes"});
  }
  if (relay && !c.username.empty() && (tls == TlsMode::kNone || tls == TlsMode::kOpportunistic) &&
      !IsLoopback(relay->host)) {
    problems.push_back({"/username",
                        "credentials go only over TLS: use starttls \"required\" or smtps:// "
                        "for a relay on another machine"});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  domain::MailSettings settings{.host = relay->host,
                                .port = relay->port,
                                .tls = tls,
                                .username = c.username,
                                .from_address = from_address,
                                .from_name = from_name,
                                .portal_url = c.portal_url,
                                .timeout_seconds = c.timeout_seconds,
                                .enabled = c.enabled,
                                .updated_at = env.clock.Now()};
  if (c.password) {
    if (!c.password->empty()) {
      base::Result<std::string> sealed = security::Seal(env.seal_key, *c.password);
      if (!sealed) {
        return base::Fail(base::Status::WithProblems(
            base::StatusCode::kFailedPrecondition,
            {{"/password", "this server has no key to seal a password with"}},
            "this server cannot store a relay password"));
      }
      settings.password_sealed = std::move(*sealed);
    }
  } else {
    base::Result<domain::MailSettings> stored = tx->mail_settings().Get();
    if (stored) {
      settings.password_sealed = stored->password_sealed;
    } else if (stored.error().code() != base::StatusCode::kNotFound) {
      return base::Fail(stored.error());
    }
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
  std::vector<TemplateView> out;
  for (domain::MessageKind kind : domain::AllCodes<domain::MessageKind>()) {
    NP_ASSIGN_OR_RETURN(TemplateView view, TemplateOf(*tx, kind));
    out.push_back(std::move(view));
  }
  return out;
}

base::Result<TemplateView> PutTemplate(AppEnv& env, RequestContext& context,
                                       std::string_view kind_name, const std::string& subject,
                                       const std::string& body) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  const std::optional<domain::MessageKind> kind = KindOf(kind_name);
  if (!kind) return base::Fail(base::NotFound("no such message kind"));
  const domain::MessageTemplate message_template{*kind, subject, body};
  std::vector<base::FieldProblem> problems = TemplateProblems(message_template, "");
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->mail_settings().PutTemplate(message_template));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("clinic.template.update", "clinic", "", std::nullopt,
                                       domain::AuditOutcome::kSuccess, std::string(kind_name))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return TemplateView{message_template, false};
}

base::Result<TemplateView> ResetTemplate(AppEnv& env, RequestContext& context,
                                         std::string_view kind_name) {
  NP_RETURN_IF_ERROR(OwnerOnly(context.principal));
  const std::optional<domain::MessageKind> kind = KindOf(kind_name);
  if (!kind) return base::Fail(base::NotFound("no such message kind"));
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kWrite));
  NP_RETURN_IF_ERROR(tx->mail_settings().DeleteTemplate(*kind));
  NP_RETURN_IF_ERROR(
      tx->audit().Append(context.Audit("clinic.template.reset", "clinic", "", std::nullopt,
                                       domain::AuditOutcome::kSuccess, std::string(kind_name))));
  NP_RETURN_IF_ERROR(tx->Commit());
  return TemplateView{DefaultTemplate(*kind), true};
}

base::Result<mail::Relay> RelayOf(const AppEnv& env, const domain::MailSettings& s) {
  mail::Relay relay{.host = s.host,
                    .port = s.port,
                    .tls = s.tls,
                    .username = s.username,
                    .timeout = std::chrono::seconds(s.timeout_seconds)};
  if (!s.password_sealed.empty()) {
    base::Result<std::string> password = security::Unseal(env.seal_key, s.password_sealed);
    if (!password) {
      return base::Fail(base::FailedPrecondition(
          "the relay password cannot be unsealed with this server's key: set it again"));
    }
    relay.password = std::move(*password);
  }
  return relay;
}

}  // namespace needlepoint::app
