// The clinic's outgoing mail: its SMTP relay (address, STARTTLS policy, credentials, sender,
// the portal's public address for links) and its own message templates. Owner only.
// The relay password is sealed (security/seal.h) before it is stored and never leaves the
// server again: an answer says only whether one is set.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/message.h"
#include "needlepoint/mail/mail_transport.h"

namespace needlepoint::app {

// The key that seals relay passwords, derived from the audit key (the one secret file every
// server of a clinic shares, docs/OPERATIONS.md).
std::string MailSealKey(std::string_view audit_key);

// The owner's view of the relay: everything but the password.
struct MailSettingsView {
  bool configured = false;        // false: nothing is sent until a relay is set
  domain::MailSettings settings;  // password_sealed is always empty here
  bool password_set = false;
};

// "smtp://host:port" or "smtps://host:port" (IPv6 hosts in brackets).
std::string RelayText(const domain::MailSettings& settings);
// "required", "opportunistic" or "none" (smtps: "none", TLS is there from the first byte).
std::string_view StartTlsText(domain::TlsMode mode);

base::Result<MailSettingsView> GetMailSettings(AppEnv& env, RequestContext& context);

struct MailSettingsChange {
  std::string relay;                  // smtp://host[:port] (587) or smtps://host[:port] (465)
  std::string starttls = "required";  // "required", "opportunistic" or "none" (smtp:// only)
  std::string from_address;
  std::string from_name;                // default: the clinic's name
  std::string username;                 // empty: no authentication
  std::optional<std::string> password;  // absent: keep the stored one; "": none
  std::string portal_url;               // optional: http(s)://… for {portal_url} and links
  int timeout_seconds = 30;
  bool enabled = true;
};

// Replaces the relay settings. kInvalidArgument at /relay, /starttls, /from_address,
// /from_name, /portal_url, /timeout_seconds, /password, and at /username for credentials
// that would cross the network unencrypted (STARTTLS not required, relay not on this
// machine); kFailedPrecondition at /password when the server has no sealing key.
base::Result<MailSettingsView> PutMailSettings(AppEnv& env, RequestContext& context,
                                               const MailSettingsChange& change);

// One kind's template as the clinic sends it.
struct TemplateView {
  domain::MessageTemplate message_template;
  bool is_default = true;  // the built-in text (the clinic has none of its own)
};

// Every kind's template: the clinic's own, or the built-in one.
base::Result<std::vector<TemplateView>> ListTemplates(AppEnv& env, RequestContext& context);

// Stores the clinic's own template for `kind` (a MessageKind name; kNotFound otherwise).
// kInvalidArgument at /subject and /body (message_templates.h: TemplateProblems).
base::Result<TemplateView> PutTemplate(AppEnv& env, RequestContext& context, std::string_view kind,
                                       const std::string& subject, const std::string& body);

// Back to the built-in template for `kind`; answers it.
base::Result<TemplateView> ResetTemplate(AppEnv& env, RequestContext& context,
                                         std::string_view kind);

// The relay `settings` describe, with the password unsealed. kFailedPrecondition when it
// cannot be unsealed (no key, or another server's key).
base::Result<mail::Relay> RelayOf(const AppEnv& env, const domain::MailSettings& settings);

}  // namespace needlepoint::app
