// The clinic's mail relay and message templates through the API, on every backend: the
// password is write-only and stored sealed; bad input names its field and changes nothing;
// credentials never cross the network unencrypted; template subjects carry nothing about a
// patient; only the owner sees or changes any of it.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

std::set<std::string> Pointers(const HttpResult& result) {
  std::set<std::string> pointers;
  const json body = result.Json();
  if (body.contains("errors")) {
    for (const json& error : body["errors"]) pointers.insert(error.value("path", ""));
  }
  return pointers;
}

class MailSettings : public ServerTest {
 protected:
  MailSettings() : ServerTest("mail") {}

  HttpResult As(const std::string& role, std::string_view method, const std::string& path,
                const json& body = nullptr) const {
    return client().Send(method, "/api/v1" + path, body.is_null() ? "" : body.dump(),
                         Bearer(a_.tokens.at(role), !body.is_null()));
  }
  std::string SealedPassword() const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    auto settings = tx->mail_settings().Get();
    return settings ? settings->password_sealed : "";
  }
  json Relay() const {
    return {{"relay", "smtps://mail.harbour.example"},
            {"from_address", "desk@harbour.example"},
            {"from_name", "Harbour Skin"},
            {"username", "desk"},
            {"password", "s3cret relay password"},
            {"enabled", true}};
  }
};

TEST_P(MailSettings, ThePasswordIsWriteOnlyAndStoredSealed) {
  if (Stopped()) return;
  const HttpResult empty = As("owner", "GET", "/clinic/mail");
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.Json()["configured"], false);

  const HttpResult put = As("owner", "PUT", "/clinic/mail", Relay());
  ASSERT_EQ(put.status, 200) << put.body;
  const json answer = put.Json();
  EXPECT_EQ(answer["relay"], "smtps://mail.harbour.example:465");
  EXPECT_EQ(answer["starttls"], "none");  // smtps: TLS from the first byte
  EXPECT_EQ(answer["password_set"], true);
  EXPECT_FALSE(answer.contains("password"));
  EXPECT_EQ(put.body.find("s3cret"), std::string::npos);
  const std::string sealed = SealedPassword();
  EXPECT_FALSE(sealed.empty());
  EXPECT_EQ(sealed.find("s3cret"), std::string::npos);

  const HttpResult get = As("owner", "GET", "/clinic/mail");
  ASSERT_EQ(get.status, 200);
  EXPECT_EQ(get.body.find("s3cret"), std::string::npos);
  EXPECT_EQ(get.Json()["password_set"], true);
  EXPECT_EQ(get.Json()["username"], "desk");

  // Leaving the password out keeps it; "" removes it.
  json keep = Relay();
  keep.erase("password");
  keep["relay"] = "smtp://mail.harbour.example";
  keep["starttls"] = "required";
  const HttpResult kept = As("owner", "PUT", "/clinic/mail", keep);
  ASSERT_EQ(kept.status, 200) << kept.body;
  EXPECT_EQ(kept.Json()["relay"], "smtp://mail.harbour.example:587");
  EXPECT_EQ(kept.Json()["starttls"], "required");
  EXPECT_EQ(kept.Json()["password_set"], true);
  EXPECT_EQ(SealedPassword(), sealed);
  keep["password"] = "";
  const HttpResult removed = As("owner", "PUT", "/clinic/mail", keep);
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.Json()["password_set"], false);
  EXPECT_EQ(SealedPassword(), "");
}

TEST_P(MailSettings, BadSettingsNameTheirFieldAndChangeNothing) {
  if (Stopped()) return;
  ASSERT_EQ(As("owner", "PUT", "/clinic/mail", Relay()).status, 200);
  const std::string sealed = SealedPassword();
  const HttpResult bad = As("owner", "PUT", "/clinic/mail",
                            {{"relay", "http://mail.harbour.example/x"},
                             {"starttls", "sometimes"},
                             {"from_address", "not an address"},
                             {"portal_url", "javascript:alert(1)"},
                             {"timeout_seconds", 0},
                             {"enabled", true},
                             {"colour", "blue"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  const std::set<std::string> pointers = Pointers(bad);
  for (const char* pointer : {"/colour", "/timeout_seconds"}) {
    EXPECT_TRUE(pointers.contains(pointer)) << pointer << " in " << bad.body;
  }
  // Past the shape checks, the use case names the rest.
  const HttpResult wrong = As("owner", "PUT", "/clinic/mail",
                              {{"relay", "http://mail.harbour.example/x"},
                               {"starttls", "sometimes"},
                               {"from_address", "not an address"},
                               {"portal_url", "javascript:alert(1)"},
                               {"enabled", true}});
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_EQ(Pointers(wrong),
            (std::set<std::string>{"/relay", "/starttls", "/from_address", "/portal_url"}));
  // Credentials in clear to another machine are refused.
  json clear = Relay();
  clear["relay"] = "smtp://mail.harbour.example:25";
  clear["starttls"] = "opportunistic";
  const HttpResult plain = As("owner", "PUT", "/clinic/mail", clear);
  EXPECT_EQ(plain.status, 400) << plain.body;
  EXPECT_EQ(Pointers(plain), (std::set<std::string>{"/username"}));
  const HttpResult get = As("owner", "GET", "/clinic/mail");
  EXPECT_EQ(get.Json()["relay"], "smtps://mail.harbour.example:465");
  EXPECT_EQ(SealedPassword(), sealed);
}

TEST_P(MailSettings, OnlyTheOwnerSeesOrChangesTheRelay) {
  if (Stopped()) return;
  for (const char* role : {"provider", "front_desk", "patient"}) {
    EXPECT_EQ(As(role, "GET", "/clinic/mail").status, 403) << role;
    EXPECT_EQ(As(role, "PUT", "/clinic/mail", Relay()).status, 403) << role;
    EXPECT_EQ(As(role, "GET", "/clinic/message-templates").status, 403) << role;
  }
  EXPECT_EQ(SealedPassword(), "");
}

TEST_P(MailSettings, TemplatesDefaultPerKindAndSubjectsNeverNameThePatient) {
  if (Stopped()) return;
  const HttpResult list = As("owner", "GET", "/clinic/message-templates");
  ASSERT_EQ(list.status, 200) << list.body;
  const json items = list.Json()["items"];
  EXPECT_EQ(items.size(), domain::kCodeCount<domain::MessageKind>);
  for (const json& item : items) EXPECT_EQ(item["is_default"], true) << item;

  const HttpResult clinical =
      As("owner", "PUT", "/clinic/message-templates/prep_7d",
         {{"subject", "{first_name}, your microneedling"}, {"body", "Hello {first_name}"}});
  EXPECT_EQ(clinical.status, 400) << clinical.body;
  EXPECT_EQ(Pointers(clinical), (std::set<std::string>{"/subject"}));
  const HttpResult unknown_placeholder = As("owner", "PUT", "/clinic/message-templates/prep_7d",
                                            {{"subject", "At {clinic}"}, {"body", "{diagnosis}"}});
  EXPECT_EQ(Pointers(unknown_placeholder), (std::set<std::string>{"/body"}));

  const HttpResult put =
      As("owner", "PUT", "/clinic/message-templates/prep_7d",
         {{"subject", "Getting ready at {clinic}"}, {"body", "Hello {first_name}, {date}"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Json()["is_default"], false);
  bool seen = false;
  const json after = As("owner", "GET", "/clinic/message-templates").Json();
  for (const json& item : after["items"]) {
    if (item["kind"] != "prep_7d") continue;
    seen = true;
    EXPECT_EQ(item["subject"], "Getting ready at {clinic}");
    EXPECT_EQ(item["is_default"], false);
  }
  EXPECT_TRUE(seen);

  const HttpResult reset = As("owner", "DELETE", "/clinic/message-templates/prep_7d");
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.Json()["is_default"], true);
  EXPECT_NE(reset.Json()["subject"], "Getting ready at {clinic}");
  EXPECT_EQ(As("owner", "DELETE", "/clinic/message-templates/no_such_kind").status, 404);
  EXPECT_EQ(As("owner", "PUT", "/clinic/message-templates/no_such_kind",
               {{"subject", "Hi"}, {"body", "Hi"}})
                .status,
            404);
}

INSTANTIATE_TEST_SUITE_P(Backends, MailSettings, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
