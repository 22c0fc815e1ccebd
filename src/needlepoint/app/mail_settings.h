// The clinic's outgoing mail: its SMTP relay (host, port, TLS mode, credentials, sender
// address, the portal's public address for links) and its own message templates. Owner only.
// The relay password is sealed with the server's secrets key before it is stored and is never
// returned: an answer says only whether one is set.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/message.h"
#include "needlepoint/mail/mail_transport.h"

namespace needlepoint::app {

// The owner's view of the relay: everything but the password.
struct MailSettingsView {
  bool configured = false;  // false: nothing is sent until a relay is set
  domain::MailSettings settings;  // password_sealed is always empty here
  bool password_set = false;
};

base::Result<MailSettingsView> GetMailSettings(AppEnv& env, RequestContext& context);

struct MailSettingsChange {
  std::string host;
  int port = 587;
  domain::TlsMode tls = domain::TlsMode::kStartTls;
  std::string username;
  std::optional<std::string> password;  // absent: keep the stored one; "": none
  std::string from_address;
  std::string from_name;
  std::string portal_url;
  int timeout_seconds = 30;
  bool enabled = true;
};

// Replaces the relay settings. kInvalidArgument at /host, /port, /from_address, /portal_url
// (http(s)://…), /timeout_seconds, /username with /tls "none" to a host that is not this
// machine (credentials would cross the network in clear); kFailedPrecondition when the
// server has no secrets key to seal a password with.
base::Result<MailSettingsView> PutMailSettings(AppEnv& env, RequestContext& context,
                                               const MailSettingsChange& change);

// Every kind's template as the clinic sends it: its own, or the built-in one.
struct TemplateView {
  domain::MessageTemplate message_template;
  bool custom = false;
};
base::Result<std::vector<TemplateView>> ListTemplates(AppEnv& env, RequestContext& context);

// Stores the clinic's own templates (problems at /templates/i/…) and returns those in `reset`
// to the built-in text.
base::Result<std::vector<TemplateView>> PutTemplates(
    AppEnv& env, RequestContext& context, const std::vector<domain::MessageTemplate>& templates,
    const std::vector<domain::MessageKind>& reset);

// The relay `settings` describe, with the password unsealed. kFailedPrecondition when it
// cannot be unsealed (another server key).
base::Result<mail::Relay> RelayOf(const AppEnv& env, const domain::MailSettings& settings);

}  // namespace needlepoint::app
