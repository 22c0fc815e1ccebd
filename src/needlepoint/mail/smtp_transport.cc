// The SMTP transport over libcurl.
#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "needlepoint/mail/mail_transport.h"

namespace needlepoint::mail {
namespace {

struct Upload {
  std::string_view data;
  size_t offset = 0;
};

size_t ReadBody(char* buffer, size_t size, size_t count, void* user) {
  Upload& upload = *static_cast<Upload*>(user);
  const size_t n = std::min(size * count, upload.data.size() - upload.offset);
  std::memcpy(buffer, upload.data.data() + upload.offset, n);
  upload.offset += n;
  return n;
}

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

curl_usessl UseSsl(domain::TlsMode mode) {
  switch (mode) {
    case domain::TlsMode::kNone:
      return CURLUSESSL_NONE;
    case domain::TlsMode::kOpportunistic:
      return CURLUSESSL_TRY;
    case domain::TlsMode::kStartTls:
    case domain::TlsMode::kTls:
      return CURLUSESSL_ALL;
  }
  return CURLUSESSL_ALL;
}

class SmtpTransport final : public MailTransport {
 public:
  SendResult Send(const Relay& relay, const MailMessage& message) override {
    base::Result<std::string> text = FormatMessage(message);
    if (!text) return {Delivery::kInvalid, text.error().message()};
    GlobalInit();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) return {Delivery::kTransient, "libcurl could not start a transfer"};
    CURL* c = curl.get();
    const bool v6 = relay.host.find(':') != std::string::npos;
    const std::string url =
        std::string(relay.tls == domain::TlsMode::kTls ? "smtps://" : "smtp://") +
        (v6 ? "[" + relay.host + "]" : relay.host) + ":" + std::to_string(relay.port);
    const std::string from = "<" + message.from_address + ">";
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, ("<" + message.to + ">").c_str()), &curl_slist_free_all);
    Upload upload{*text};
    const long timeout = static_cast<long>(std::max<int64_t>(1, relay.timeout.count()));
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(UseSsl(relay.tls)));
    if (!relay.username.empty()) {
      curl_easy_setopt(c, CURLOPT_USERNAME, relay.username.c_str());
      curl_easy_setopt(c, CURLOPT_PASSWORD, relay.password.c_str());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &ReadBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout);
    const CURLcode result = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    if (result == CURLE_OK) return {Delivery::kAccepted, "SMTP " + std::to_string(code)};
    const std::string what = std::string(curl_easy_strerror(result)) +
                             (code > 0 ? " (SMTP " + std::to_string(code) + ")" : "");
    if (result == CURLE_OPERATION_TIMEDOUT) return {Delivery::kTimeout, what};
    if (code >= 500 && code < 600 && result != CURLE_LOGIN_DENIED) {
      return {Delivery::kPermanent, what};
    }
    return {Delivery::kTransient, what};
  }
};

}  // namespace

std::unique_ptr<MailTransport> MakeSmtpTransport() { return std::make_unique<SmtpTransport>(); }

}  // namespace needlepoint::mail
