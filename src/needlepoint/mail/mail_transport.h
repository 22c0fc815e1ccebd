// Delivering e-mail to the clinic's SMTP relay. MailTransport is the seam: the real one speaks
// SMTP through libcurl (the only code that includes curl), tests use a recording twin or a
// local SMTP server.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/message.h"
#include "needlepoint/mail/mail_message.h"

namespace needlepoint::mail {

// Where and how to reach the relay.
struct Relay {
  std::string host;
  int port = 587;
  domain::TlsMode tls = domain::TlsMode::kStartTls;  // STARTTLS required, implicit TLS, or none
  std::string username;                              // empty: no authentication
  std::string password;
  std::chrono::seconds timeout{30};  // for connecting, and for the whole conversation
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // Hands `message` to the relay. OK once the relay has accepted it (250 after DATA).
  // kUnavailable for what may pass (the relay is unreachable, slow, or answers 4xx);
  // kFailedPrecondition for a permanent refusal (5xx: the recipient or sender is refused);
  // kInvalidArgument when the message cannot be formatted. Messages never name an address.
  // Thread-safe.
  virtual base::Status Send(const Relay& relay, const MailMessage& message) = 0;
};

// SMTP over libcurl: certificates are verified against the system's store for STARTTLS and
// TLS; with `TlsMode::kNone` nothing is encrypted (a relay on the same host only).
std::unique_ptr<MailTransport> MakeSmtpTransport();

}  // namespace needlepoint::mail
