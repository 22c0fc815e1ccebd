// Sending the outbox: every message due is claimed (compare-and-set, so two senders — two
// servers, or `serve` and `needlepoint outbox send` — never take the same one), rendered from
// the appointment and the clinic's template as they now stand, handed to the clinic's SMTP
// relay, and marked sent. A relay that refuses for now, or hangs past its timeout, leaves the
// message pending with an exponential backoff; a permanent refusal, or too many attempts,
// marks it failed. A sent message is never sent again, and sending never changes an
// appointment: a message whose visit no longer holds its slot is voided instead. A claim
// whose sender died lapses after `lease` and is taken again: the message then keeps its
// Message-ID, so a relay or mailbox that saw it can tell the copy.
//
// Each attempt that read the patient's record leaves one audit row (message.send: success, or
// failed with the error class), naming the patient, never the address or the content. The
// outbox's last_error is "<class>: <detail>", the class one of relay_transient, timeout,
// relay_refused, invalid_message, no_address, relay_settings, not_configured, void.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "needlepoint/app/env.h"
#include "needlepoint/mail/mail_transport.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

struct SenderSettings {
  int batch = 50;                                        // messages claimed per clinic per round
  std::chrono::seconds lease{std::chrono::minutes(10)};  // a claim's lifetime (> relay timeout)
  int max_attempts = 10;
  std::chrono::seconds first_retry{60};  // then doubled per attempt
  std::chrono::seconds max_retry{std::chrono::hours(2)};
  // Aftercare waits this long past its time for the visit to be recorded as checked in or
  // completed, then is voided.
  std::chrono::seconds aftercare_grace{std::chrono::hours(24)};
};

struct SendReport {
  int sent = 0;
  int retrying = 0;  // the relay failed for now; tried again later
  int failed = 0;    // given up: permanent refusal, no address, too many attempts
  int voided = 0;    // no longer applies: the visit was cancelled or missed
  int waiting = 0;   // not yet: no relay configured, or the visit not recorded yet
};

class OutboxSender {
 public:
  // `env` and `transport` must outlive the sender.
  OutboxSender(AppEnv& env, mail::MailTransport& transport, SenderSettings settings = {});

  // One round over every clinic: sends what is due now. Fails only when the database does;
  // a relay's failures are in the report. Thread-safe.
  base::Result<SendReport> RunOnce();
  // One round over one clinic.
  base::Result<SendReport> RunClinic(base::ClinicId clinic);

 private:
  struct Prepared;
  base::Result<Prepared> Prepare(base::ClinicId clinic, const domain::OutboxMessage& message);
  base::Status Finish(base::ClinicId clinic, const domain::OutboxMessage& claimed,
                      const Prepared& prepared, const mail::SendResult& sent, SendReport& report);
  std::chrono::seconds Backoff(int attempts) const;

  AppEnv& env_;
  mail::MailTransport& transport_;
  SenderSettings settings_;
};

// Runs a sender every `interval` on a thread of its own (inside `needlepoint serve`). Stop()
// lets the round in progress finish and joins the thread.
class OutboxWorker {
 public:
  OutboxWorker(OutboxSender& sender, std::chrono::seconds interval);
  ~OutboxWorker() { Stop(); }
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;
  void Stop();

 private:
  void Run();
  OutboxSender& sender_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace needlepoint::app
