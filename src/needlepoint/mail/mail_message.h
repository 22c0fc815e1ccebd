// One e-mail as Needlepoint sends it: plain text in UTF-8, from the clinic to one patient,
// formatted as RFC 5322 text (headers with RFC 2047 encoded words where they are not ASCII,
// a quoted-printable body, CRLF line ends). Header values are checked, so no caller can
// inject a header through a subject or a name.
#pragma once

#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"

namespace needlepoint::mail {

struct MailMessage {
  std::string from_address;  // the clinic's sender address
  std::string from_name;     // the clinic's name
  std::string to;            // the patient's own address
  std::string subject;       // never clinical: "Your appointment at Harbour Skin"
  std::string text;          // the body, UTF-8, lines separated by "\n"
  // Unique and stable for one outbox message ("np.17.4242@harbour-skin"), so a retried
  // delivery can be recognised as the same message by the receiving side.
  std::string message_id;
  base::Timestamp date;
};

// Whether `address` can be put in a header and an SMTP envelope: an '@', no spaces, angle
// brackets, quotes, commas or control characters, at most 254 bytes.
bool IsSafeAddress(std::string_view address);

// The message as RFC 5322 text. kInvalidArgument if an address is not safe or a header
// value contains a line break or a control character.
base::Result<std::string> FormatMessage(const MailMessage& message);

// `text` as quoted-printable (RFC 2045), with CRLF line ends and soft breaks before 76
// columns.
std::string QuotedPrintable(std::string_view text);

}  // namespace needlepoint::mail
