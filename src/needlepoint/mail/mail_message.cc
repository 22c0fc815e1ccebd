#include "needlepoint/mail/mail_message.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>

namespace needlepoint::mail {
namespace {

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

bool HasControl(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t n = (uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                       (uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8) |
                       uint32_t{static_cast<unsigned char>(bytes[i + 2])};
    out += {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63],
            kAlphabet[n & 63]};
  }
  if (i + 1 == bytes.size()) {
    const uint32_t n = uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
    out += {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    const uint32_t n = (uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                       (uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8);
    out += {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], '='};
  }
  return out;
}

// A header value: as it is when ASCII, otherwise RFC 2047 encoded words of whole UTF-8
// characters (each word at most 45 bytes of text, so every line stays under 78 columns).
std::string HeaderText(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.size(), start + 45);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?utf-8?b?" + Base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

// A display name: quoted when ASCII (with quotes and backslashes escaped), encoded otherwise.
std::string DisplayName(std::string_view name) {
  if (!IsAscii(name)) return HeaderText(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

bool IsSafeAddress(std::string_view address) {
  if (address.empty() || address.size() > 254) return false;
  const size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) return false;
  for (unsigned char c : address) {
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' ||
        c == '(' || c == ')' || c == '\\') {
      return false;
    }
  }
  return true;
}

std::string QuotedPrintable(std::string_view text) {
  std::string out;
  size_t column = 0;
  auto put = [&](std::string_view piece) {
    if (column + piece.size() > 75) {
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF as LF
    if (c == '\n') {
      out += "\r\n";
      column = 0;
      continue;
    }
    const bool line_end = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
    const bool literal =
        (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !line_end);
    if (literal) {
      put(std::string_view(reinterpret_cast<const char*>(&text[i]), 1));
    } else {
      put(fmt::format("={:02X}", c));
    }
  }
  return out;
}

base::Result<std::string> FormatMessage(const MailMessage& m) {
  if (!IsSafeAddress(m.from_address)) {
    return base::Fail(base::InvalidArgument("the sender address cannot be used in a header"));
  }
  if (!IsSafeAddress(m.to)) {
    return base::Fail(base::InvalidArgument("the recipient address cannot be used in a header"));
  }
  for (const std::string* value : {&m.from_name, &m.subject, &m.message_id}) {
    if (HasControl(*value)) {
      return base::Fail(base::InvalidArgument("a header value contains a control character"));
    }
  }
  if (m.message_id.empty() || !IsAscii(m.message_id) ||
      m.message_id.find_first_of(" <>") != std::string::npos) {
    return base::Fail(base::InvalidArgument("the message id is not a plain token"));
  }
  const auto seconds = std::chrono::floor<std::chrono::seconds>(m.date);
  std::string out;
  out += fmt::format("Date: {:%a, %d %b %Y %H:%M:%S} +0000\r\n", seconds);
  out += "From: " + (m.from_name.empty() ? "" : DisplayName(m.from_name) + " ") + "<" +
         m.from_address + ">\r\n";
  out += "To: <" + m.to + ">\r\n";
  out += "Subject: " + HeaderText(m.subject) + "\r\n";
  out += "Message-ID: <" + m.message_id + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  out += QuotedPrintable(m.text);
  if (!out.ends_with("\r\n")) out += "\r\n";
  return out;
}

}  // namespace needlepoint::mail
