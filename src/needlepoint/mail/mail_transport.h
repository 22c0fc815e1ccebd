// Delivering e-mail to the clinic's SMTP relay. MailTransport is the seam: the real one speaks
// SMTP through libcurl (smtp_transport.cc, the only code that includes curl); tests use it
// against a local SMTP server, or a twin.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "needlepoint/domain/message.h"
#include "needlepoint/mail/mail_message.h"

namespace needlepoint::mail {

// Where and how to reach the relay.
struct Relay {
  std::string host;
  int port = 587;
  // kNone: plain text (a relay on this machine); kOpportunistic: STARTTLS when offered;
  // kStartTls: STARTTLS or no delivery; kTls: TLS from the first byte (smtps).
  domain::TlsMode tls = domain::TlsMode::kStartTls;
  std::string username;  // empty: no authentication
  std::string password;
  std::chrono::seconds timeout{30};  // for connecting, and for the whole conversation
};

// What became of one delivery attempt.
enum class Delivery {
  kAccepted,   // the relay answered 250 after the message: it is the relay's now
  kTransient,  // worth trying again later: unreachable, 4xx, a dropped connection, TLS refused
  kTimeout,    // the relay did not finish within Relay::timeout (also worth trying again)
  kPermanent,  // 5xx: the relay refuses the sender, the recipient or the message
  kInvalid,    // the message cannot be formatted (an unsafe address or header)
};

struct SendResult {
  Delivery delivery = Delivery::kAccepted;
  // For logs and the outbox's last error: curl's category and the SMTP reply code, never the
  // relay's own words (they can name addresses).
  std::string detail;
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // Hands `message` to the relay. Thread-safe.
  virtual SendResult Send(const Relay& relay, const MailMessage& message) = 0;
};

// SMTP over libcurl: certificates are verified against the system's store for STARTTLS and
// TLS; with TlsMode::kNone nothing is encrypted.
std::unique_ptr<MailTransport> MakeSmtpTransport();

}  // namespace needlepoint::mail
