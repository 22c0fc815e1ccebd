#include "needlepoint/mail/mail_message.h"

#include <gtest/gtest.h>

namespace needlepoint::mail {
namespace {

MailMessage Sample() {
  return {.from_address = "desk@harbour.example",
          .from_name = "Harbour Skin",
          .to = "ada@example.test",
          .subject = "Your appointment at Harbour Skin",
          .text = "Hello Ada,\nsee you on Monday.\n",
          .message_id = "np.1.42@harbour-skin",
          .date = base::Timestamp(std::chrono::seconds(1798761600))};  // 2027-01-01
}

TEST(FormatMessage, WritesTheHeadersAndAQuotedPrintableBody) {
  const std::string text = FormatMessage(Sample()).value();
  EXPECT_NE(text.find("Date: Fri, 01 Jan 2027 00:00:00 +0000\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("From: \"Harbour Skin\" <desk@harbour.example>\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: <ada@example.test>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: Your appointment at Harbour Skin\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <np.1.42@harbour-skin>\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n\r\nHello Ada,\r\nsee you on Monday.\r\n"), std::string::npos) << text;
}

TEST(FormatMessage, EncodesNonAsciiHeadersAndBody) {
  MailMessage m = Sample();
  m.from_name = "Clinique Étoile";
  m.subject = "Votre rendez-vous à Clinique Étoile";
  m.text = "Bonjour Zoë = à bientôt";
  const std::string text = FormatMessage(m).value();
  EXPECT_NE(text.find("Subject: =?utf-8?b?"), std::string::npos) << text;
  EXPECT_NE(text.find("From: =?utf-8?b?"), std::string::npos) << text;
  EXPECT_NE(text.find("Bonjour Zo=C3=AB =3D =C3=A0 bient=C3=B4t"), std::string::npos) << text;
}

TEST(FormatMessage, RefusesHeaderInjectionAndUnsafeAddresses) {
  MailMessage m = Sample();
  m.subject = "Hello\r\nBcc: everyone@example.test";
  EXPECT_FALSE(FormatMessage(m).has_value());
  m = Sample();
  m.from_name = "Clinic\nBcc: x@example.test";
  EXPECT_FALSE(FormatMessage(m).has_value());
  for (const char* bad : {"", "no-at-sign", "a b@example.test", "<a@example.test>",
                          "a@example.test,b@example.test", "a@example.test\r\nRCPT"}) {
    m = Sample();
    m.to = bad;
    EXPECT_FALSE(FormatMessage(m).has_value()) << bad;
  }
}

TEST(QuotedPrintable, BreaksLongLinesSoftlyAndEncodesTrailingSpace) {
  const std::string long_line(200, 'x');
  const std::string encoded = QuotedPrintable(long_line);
  size_t column = 0;
  for (char c : encoded) {
    if (c == '\n') {
      column = 0;
      continue;
    }
    EXPECT_LE(++column, 77u);
  }
  EXPECT_NE(encoded.find("=\r\n"), std::string::npos);
  EXPECT_EQ(QuotedPrintable("end \nnext"), "end=20\r\nnext");
  EXPECT_EQ(QuotedPrintable(".dot"), ".dot");  // curl escapes a leading dot on the wire
}

}  // namespace
}  // namespace needlepoint::mail
