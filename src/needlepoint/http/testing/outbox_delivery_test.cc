// The outbox sender against a real SMTP conversation, on every backend: a local aiosmtpd
// server (Debian's python3-aiosmtpd) records what it receives. Messages are queued straight
// through the OutboxRepository, as the booking use cases queue them. Each due message arrives
// exactly once, with the patient's address and a subject that says nothing clinical; a relay
// that refuses for now (451) or hangs is tried again later without losing or duplicating a
// message; a permanent refusal (550) fails the message for good; a cancelled visit's messages
// are never sent; sending never changes an appointment; one audit row per attempt, without
// the address. GET /api/v1/outbox shows the result.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/outbox_sender.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

namespace fs = std::filesystem;
using domain::MessageKind;
using domain::MessageStatus;
using nlohmann::json;

// The SMTP server: refuses the first `refuse` messages with `reply`, then accepts every
// message, writing each to <dir>/NNNN.eml (the envelope recipients first).
constexpr std::string_view kSinkScript = R"(import asyncio, os, sys
from aiosmtpd.smtp import SMTP

out, port_file, refuse, reply = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

class Handler:
    def __init__(self):
        self.refuse = refuse
        self.n = 0
    async def handle_DATA(self, server, session, envelope):
        if self.refuse > 0:
            self.refuse -= 1
            return reply
        self.n += 1
        path = os.path.join(out, '%04d.eml' % self.n)
        with open(path + '.tmp', 'wb') as f:
            f.write(b'X-Envelope-To: ' + ','.join(envelope.rcpt_tos).encode() + b'\r\n')
            f.write(envelope.content)
        os.rename(path + '.tmp', path)
        return '250 OK'

async def main():
    loop = asyncio.get_running_loop()
    handler = Handler()
    server = await loop.create_server(lambda: SMTP(handler), '127.0.0.1', 0)
    with open(port_file + '.tmp', 'w') as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    os.rename(port_file + '.tmp', port_file)
    await asyncio.Event().wait()

asyncio.run(main())
)";

// Debian's interpreter, where python3-aiosmtpd is installed (tools/deps.sh).
constexpr const char* kPython = "/usr/bin/python3";

class SmtpSink {
 public:
  explicit SmtpSink(int refuse = 0, std::string reply = "451 4.3.0 Try again later")
      : dir_("smtp-sink") {
    const fs::path script = dir_.path() / "sink.py";
    std::ofstream(script) << kSinkScript;
    fs::create_directories(dir_.path() / "mail");
    const fs::path port_file = dir_.path() / "port";
    const std::string refuse_text = std::to_string(refuse);
    const std::string mail_dir = (dir_.path() / "mail").string();
    pid_ = fork();  // the child only calls execl: nothing that allocates after the fork
    if (pid_ == 0) {
      execl(kPython, kPython, script.c_str(), mail_dir.c_str(), port_file.c_str(),
            refuse_text.c_str(), reply.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 300 && !fs::exists(port_file); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::ifstream(port_file) >> port_;
  }
  ~SmtpSink() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  int port() const { return port_; }

  // Every message received so far, in order.
  std::vector<std::string> Messages() const {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir_.path() / "mail")) {
      if (entry.path().extension() == ".eml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const fs::path& file : files) {
      std::stringstream text;
      text << std::ifstream(file, std::ios::binary).rdbuf();
      out.push_back(text.str());
    }
    return out;
  }

 private:
  storage::testing::ScratchDir dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A relay that accepts the connection and never says a word.
class HangingRelay {
 public:
  HangingRelay() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    listen(fd_, 16);
    socklen_t length = sizeof(address);
    getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~HangingRelay() { close(fd_); }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// The value of header `name` in a message ("" if none).
std::string HeaderOf(const std::string& message, const std::string& name) {
  const std::string key = "\r\n" + name + ": ";
  const size_t at = ("\r\n" + message).find(key);
  if (at == std::string::npos) return "";
  const size_t start = at + key.size() - 2;
  return message.substr(start, message.find("\r\n", start) - start);
}

class OutboxDelivery : public ServerTest {
 protected:
  OutboxDelivery() : ServerTest("outbox") {}

  HttpResult As(const std::string& role, std::string_view method, const std::string& path,
                const json& body = nullptr) const {
    return client().Send(method, "/api/v1" + path, body.is_null() ? "" : body.dump(),
                         Bearer(a_.tokens.at(role), !body.is_null()));
  }

  void UseRelay(int port, int timeout_seconds = 5) {
    const HttpResult put = As("owner", "PUT", "/clinic/mail",
                              {{"relay", "smtp://127.0.0.1:" + std::to_string(port)},
                               {"starttls", "none"},
                               {"from_address", "desk@harbour.example"},
                               {"portal_url", "https://portal.harbour.example"},
                               {"timeout_seconds", timeout_seconds},
                               {"enabled", true}});
    ASSERT_EQ(put.status, 200) << put.body;
  }

  domain::Appointment Book(base::PatientId patient) {
    app::RequestContext owner = ContextOf(a_, a_.seed.owner);
    auto booked = app::BookVisit(
        server_->env(), owner,
        {.patient = patient, .start = {NextBookingDay(), 9 * 60}, .provider = a_.seed.provider.id});
    EXPECT_TRUE(booked.has_value()) << booked.error().ToString();
    return booked->appointments.at(0);
  }

  domain::OutboxMessage Queue(const std::string& key, MessageKind kind, base::PatientId patient,
                              std::optional<base::AppointmentId> appointment, base::Timestamp due) {
    domain::OutboxMessage m;
    m.key = key;
    m.kind = kind;
    m.patient_id = patient;
    m.appointment_id = appointment;
    m.due_at = due;
    m.next_attempt_at = due;
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite).value();
    auto stored = tx->outbox().Schedule(m);
    EXPECT_TRUE(stored.has_value()) << stored.error().ToString();
    EXPECT_TRUE(tx->Commit().ok());
    return *stored;
  }

  domain::OutboxMessage Stored(base::MessageId id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->outbox().Get(id).value();
  }
  domain::Appointment StoredAppointment(base::AppointmentId id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    return tx->appointments().Get(id).value();
  }
  std::vector<domain::AuditRecord> SendAudit(base::MessageId id) const {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const std::vector<domain::AuditRecord> all =
        tx->audit().List({.action = "message.send", .limit = 100000}).value();
    std::vector<domain::AuditRecord> rows;
    for (const domain::AuditRecord& row : all) {
      if (row.entry.object_id == id.ToString()) rows.push_back(row);
    }
    return rows;
  }

  app::SendReport Round() {
    if (!sender_) sender_ = std::make_unique<app::OutboxSender>(server_->env(), *transport_);
    auto report = sender_->RunClinic(a_.seed.clinic.id);
    EXPECT_TRUE(report.has_value()) << report.error().ToString();
    return report.value_or(app::SendReport{});
  }

  base::Timestamp Now() const { return server_->clock().Now(); }
  void Advance(std::chrono::seconds by) { server_->clock().Advance(by); }

  std::unique_ptr<mail::MailTransport> transport_ = mail::MakeSmtpTransport();
  std::unique_ptr<app::OutboxSender> sender_;
};

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

TEST_P(OutboxDelivery, EachDueMessageArrivesExactlyOnceWithANonClinicalSubject) {
  if (Stopped()) return;
  SmtpSink sink;
  ASSERT_GT(sink.port(), 0) << "the aiosmtpd server did not start (python3-aiosmtpd missing?)";
  UseRelay(sink.port());
  const domain::Appointment visit = Book(a_.seed.patient.id);
  const std::string a = "a" + visit.id.ToString();
  const domain::OutboxMessage reminder = Queue(a + "/visit_reminder", MessageKind::kVisitReminder,
                                               a_.seed.patient.id, visit.id, Now());
  const domain::OutboxMessage prep =
      Queue(a + "/prep_7d", MessageKind::kPrep7d, a_.seed.patient.id, visit.id, Now());
  const domain::OutboxMessage recall =
      Queue("p" + a_.seed.patient2.id.ToString() + "/maintenance_recall",
            MessageKind::kMaintenanceRecall, a_.seed.patient2.id, std::nullopt, Now());
  const domain::OutboxMessage later =
      Queue(a + "/prep_1d", MessageKind::kPrep1d, a_.seed.patient.id, visit.id,
            Now() + std::chrono::days(2));

  const app::SendReport first = Round();
  EXPECT_EQ(first.sent, 3);
  const app::SendReport second = Round();  // nothing is due any more: nothing is sent again
  EXPECT_EQ(second.sent, 0);

  const std::vector<std::string> received = sink.Messages();
  ASSERT_EQ(received.size(), 3u);
  std::map<std::string, int> to;
  std::set<std::string> message_ids;
  for (const std::string& message : received) {
    ++to[HeaderOf(message, "To")];
    message_ids.insert(HeaderOf(message, "Message-ID"));
    const std::string subject = HeaderOf(message, "Subject");
    EXPECT_NE(subject.find(a_.seed.clinic.name), std::string::npos) << subject;
    for (const char* word : {"microneedl", "treatment", "session", "prep", "aftercare",
                             "maintenance", "recall", "ada", "grace", "lovelace", "hopper"}) {
      EXPECT_EQ(Lower(subject).find(word), std::string::npos) << subject << " says " << word;
    }
    EXPECT_EQ(HeaderOf(message, "From"), "\"" + a_.seed.clinic.name + "\" <desk@harbour.example>");
  }
  EXPECT_EQ(to["<" + a_.seed.patient.email + ">"], 2);
  EXPECT_EQ(to["<" + a_.seed.patient2.email + ">"], 1);
  EXPECT_EQ(message_ids.size(), 3u);  // one Message-ID per message

  for (const domain::OutboxMessage& m : {reminder, prep, recall}) {
    const domain::OutboxMessage stored = Stored(m.id);
    EXPECT_EQ(stored.status, MessageStatus::kSent);
    EXPECT_TRUE(stored.sent_at.has_value());
    EXPECT_EQ(stored.attempts, 1);
    const std::vector<domain::AuditRecord> rows = SendAudit(m.id);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].entry.patient_id, m.patient_id);
    EXPECT_EQ(rows[0].entry.detail.find('@'), std::string::npos) << rows[0].entry.detail;
  }
  EXPECT_EQ(Stored(later.id).status, MessageStatus::kPending);
  EXPECT_EQ(SendAudit(later.id).size(), 0u);
  // Sending never changes the appointment.
  const domain::Appointment after = StoredAppointment(visit.id);
  EXPECT_EQ(after.version, visit.version);
  EXPECT_EQ(after.status, visit.status);

  // The front desk sees them in the outbox.
  const HttpResult list = As("front_desk", "GET", "/outbox?status=sent");
  ASSERT_EQ(list.status, 200) << list.body;
  std::set<int64_t> listed;
  const json listed_body = list.Json();
  for (const json& item : listed_body["items"]) {
    EXPECT_EQ(item["status"], "sent");
    EXPECT_TRUE(item["sent_at"].is_string());
    listed.insert(item["id"].get<int64_t>());
  }
  for (const domain::OutboxMessage& m : {reminder, prep, recall}) {
    EXPECT_TRUE(listed.contains(m.id.value())) << m.id.value();
  }
  EXPECT_EQ(list.body.find("@"), std::string::npos);  // no addresses in the outbox view
  EXPECT_FALSE(listed.contains(later.id.value()));    // still pending
  {                                                   // one audit row for the list
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const std::vector<domain::AuditRecord> rows =
        tx->audit().List({.action = "outbox.list", .limit = 100000}).value();
    EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                            [&](const domain::AuditRecord& row) {
                              return row.entry.request_id == list.Header("x-request-id");
                            }),
              1);
  }
  const HttpResult bad = As("owner", "GET", "/outbox?status=lost&from=2027-13-01");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("?status"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("?from"), std::string::npos) << bad.body;

  // Two days on, the last one goes, once.
  Advance(std::chrono::days(2));
  EXPECT_EQ(Round().sent, 1);
  EXPECT_EQ(Round().sent, 0);
  EXPECT_EQ(sink.Messages().size(), 4u);
  EXPECT_EQ(Stored(later.id).status, MessageStatus::kSent);
}

// Issue 12: a patient's urgent concern reaches the provider over SMTP at once, as a link to the
// report behind the login, with no clinical word and no patient in the subject or body.
TEST_P(OutboxDelivery, AnUrgentConcernEmailsTheProviderALinkAtOnce) {
  if (Stopped()) return;
  SmtpSink sink;
  ASSERT_GT(sink.port(), 0) << "the aiosmtpd server did not start (python3-aiosmtpd missing?)";
  UseRelay(sink.port());
  const auto session = FreshSession(*server_, a_, SessionStage::kSignedOff);
  ASSERT_TRUE(session.has_value()) << session.error().ToString();
  const HttpResult report =
      As("patient", "POST", "/sessions/" + session->session.id.ToString() + "/adverse-reports",
         {{"symptoms", {"pus", "fever"}}, {"note", "yellow crust on the left cheek"}});
  ASSERT_EQ(report.status, 201) << report.body;
  EXPECT_EQ(Round().sent, 1);
  const std::vector<std::string> received = sink.Messages();
  ASSERT_EQ(received.size(), 1u);
  const std::string& message = received[0];
  EXPECT_EQ(HeaderOf(message, "To"), "<" + a_.seed.provider.email + ">");
  const std::string subject = HeaderOf(message, "Subject");
  EXPECT_NE(subject.find("Urgent"), std::string::npos) << subject;
  EXPECT_NE(subject.find(a_.seed.clinic.name), std::string::npos) << subject;
  const std::string link =
      "https://portal.harbour.example/staff/concerns/" + report.Json()["id"].dump();
  EXPECT_NE(message.find(link), std::string::npos) << message;
  for (const std::string& word :
       {std::string("pus"), std::string("fever"), std::string("cheek"),
        Lower(a_.seed.patient.given_name), Lower(a_.seed.patient.family_name)}) {
    EXPECT_EQ(Lower(message).find(word), std::string::npos) << "the e-mail says " << word;
  }
  EXPECT_EQ(Round().sent, 0);  // once
}

// Issue 11 end to end: a series booked through the API queues its own reminders; with the
// sender run every few hours as the clinic's days go by (each visit recorded on its day), every
// message arrives over SMTP exactly once, none before its time, and a cancelled visit's none.
TEST_P(OutboxDelivery, ABookedSeriesGetsEachReminderOnceAtItsTime) {
  if (Stopped()) return;
  SmtpSink sink;
  ASSERT_GT(sink.port(), 0) << "the aiosmtpd server did not start (python3-aiosmtpd missing?)";
  UseRelay(sink.port());
  const base::Result<domain::TreatmentPlan> plan = FreshActivePlan(*server_, a_);
  ASSERT_TRUE(plan.has_value()) << plan.error().ToString();
  const HttpResult booked = As("front_desk", "POST", "/plans/" + plan->id.ToString() + "/series",
                               SeriesBody(*server_, a_, plan->id));
  ASSERT_EQ(booked.status, 201) << booked.body;
  std::vector<domain::Appointment> sessions;
  const json booked_body = booked.Json();
  for (const json& item : booked_body["items"]) {
    sessions.push_back(StoredAppointment(base::AppointmentId(item["id"].get<int64_t>())));
  }
  ASSERT_GE(sessions.size(), 3u);
  // A consultation booked, then cancelled: its reminder is void and never goes.
  const domain::Appointment cancelled = Book(a_.seed.patient2.id);
  const HttpResult cancel =
      As("front_desk", "POST", "/appointments/" + cancelled.id.ToString() + "/cancel",
         {{"version", cancelled.version}});
  ASSERT_EQ(cancel.status, 200) << cancel.body;

  // Walk the clock: 3-hour steps, stopping at each session's start to check it in and complete
  // it, until eight days after the last one (its day-7 check-in).
  std::map<int64_t, base::Timestamp> sent_when;  // outbox id -> when the walk first saw it sent
  const base::Timestamp end = sessions.back().end + std::chrono::days(8);
  size_t next_visit = 0;
  while (Now() < end) {
    Round();
    EXPECT_EQ(Round().sent, 0) << "a second run at the same time sends nothing";
    for (const domain::Appointment& s : sessions) {
      std::vector<domain::OutboxMessage> messages;
      {
        auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
        messages = tx->outbox().ListForAppointment(s.id).value();
      }
      for (const domain::OutboxMessage& m : messages) {
        if (m.status == MessageStatus::kSent && !sent_when.contains(m.id.value())) {
          sent_when[m.id.value()] = Now();
          EXPECT_LE(m.due_at, Now()) << m.key << " went before it was due";
        }
      }
    }
    base::Timestamp step = Now() + std::chrono::hours(3);
    if (next_visit < sessions.size() && sessions[next_visit].start < step) {
      Advance(std::chrono::duration_cast<std::chrono::seconds>(sessions[next_visit].start - Now()) +
              std::chrono::minutes(5));
      // Recorded through the app (the walk outlives the API sessions' lifetime).
      const domain::Appointment& visit = sessions[next_visit++];
      app::RequestContext owner = ContextOf(a_, a_.seed.owner);
      const auto in = app::SetAppointmentStatus(server_->env(), owner, visit.id,
                                                StoredAppointment(visit.id).version,
                                                domain::AppointmentStatus::kCheckedIn);
      ASSERT_TRUE(in.has_value()) << in.error().ToString();
      const auto done =
          app::SetAppointmentStatus(server_->env(), owner, visit.id, in->appointments.at(0).version,
                                    domain::AppointmentStatus::kCompleted);
      ASSERT_TRUE(done.has_value()) << done.error().ToString();
      continue;
    }
    Advance(std::chrono::hours(3));
  }
  Round();

  // Every message the sessions called for that is due by now went once; the SMTP server got
  // exactly those, one Message-ID each; the cancelled visit's reminder never went.
  std::set<std::string> expected_ids;
  std::map<std::string, int> kinds;
  for (const domain::Appointment& s : sessions) {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const std::vector<domain::OutboxMessage> messages =
        tx->outbox().ListForAppointment(s.id).value();
    for (const domain::OutboxMessage& m : messages) {
      if (m.due_at > Now()) continue;  // not due yet (none should be, after the walk)
      EXPECT_EQ(m.status, MessageStatus::kSent) << m.key;
      EXPECT_EQ(m.attempts, 1) << m.key;
      expected_ids.insert("<np." + a_.seed.clinic.id.ToString() + "." + m.id.ToString() + "@");
      ++kinds[std::string(domain::CodeName(m.kind))];
    }
  }
  for (const char* kind : {"prep_1d", "aftercare_evening", "aftercare_day1", "aftercare_day7"}) {
    EXPECT_EQ(kinds[kind], static_cast<int>(sessions.size())) << kind;
  }
  {
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kRead).value();
    const std::vector<domain::OutboxMessage> messages =
        tx->outbox().ListForAppointment(cancelled.id).value();
    ASSERT_FALSE(messages.empty()) << "booking the consultation queued its reminder";
    for (const domain::OutboxMessage& m : messages) {
      EXPECT_EQ(m.status, MessageStatus::kVoid) << m.key;
    }
  }
  const std::vector<std::string> received = sink.Messages();
  EXPECT_EQ(received.size(), expected_ids.size());
  std::multiset<std::string> received_ids;
  for (const std::string& message : received) {
    const std::string id = HeaderOf(message, "Message-ID");
    received_ids.insert(id.substr(0, id.find('@') + 1));
    EXPECT_EQ(HeaderOf(message, "To"), "<" + a_.seed.patient.email + ">");
  }
  for (const std::string& id : expected_ids) EXPECT_EQ(received_ids.count(id), 1u) << id;
}

TEST_P(OutboxDelivery, ARelayThatRefusesForNowGetsTheMessageLaterOnce) {
  if (Stopped()) return;
  SmtpSink sink(/*refuse=*/1, "451 4.3.0 Try again later");
  ASSERT_GT(sink.port(), 0);
  UseRelay(sink.port());
  const domain::OutboxMessage m =
      Queue("p" + a_.seed.patient.id.ToString() + "/photo_follow_up/1", MessageKind::kPhotoFollowUp,
            a_.seed.patient.id, std::nullopt, Now());
  const app::SendReport refused = Round();
  EXPECT_EQ(refused.retrying, 1);
  EXPECT_EQ(sink.Messages().size(), 0u);
  domain::OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, MessageStatus::kPending);
  EXPECT_EQ(stored.attempts, 1);
  EXPECT_TRUE(stored.last_error.starts_with("relay_transient")) << stored.last_error;
  EXPECT_GT(stored.next_attempt_at, Now());
  EXPECT_EQ(Round().sent, 0);  // not before its backoff

  Advance(std::chrono::minutes(2));
  EXPECT_EQ(Round().sent, 1);
  const HttpResult list = As("owner", "GET", "/outbox");
  ASSERT_EQ(list.status, 200) << list.body;
  const json listed = list.Json();
  bool found = false;
  for (const json& item : listed["items"]) {
    if (item["id"] != m.id.value()) continue;
    found = true;
    EXPECT_EQ(item["attempts"], 2);
    EXPECT_EQ(item["status"], "sent");
    EXPECT_EQ(item["kind"], "photo_follow_up");
    EXPECT_EQ(item["patient_id"], a_.seed.patient.id.value());
  }
  EXPECT_TRUE(found);
  Advance(std::chrono::hours(3));
  EXPECT_EQ(Round().sent, 0);
  ASSERT_EQ(sink.Messages().size(), 1u);
  stored = Stored(m.id);
  EXPECT_EQ(stored.status, MessageStatus::kSent);
  EXPECT_EQ(stored.attempts, 2);
  EXPECT_EQ(SendAudit(m.id).size(), 2u);  // one row per attempt
}

TEST_P(OutboxDelivery, ARelayThatHangsTimesOutAndTheMessageGoesLaterOnce) {
  if (Stopped()) return;
  HangingRelay hanging;
  UseRelay(hanging.port(), /*timeout_seconds=*/1);
  const domain::OutboxMessage m =
      Queue("p" + a_.seed.patient.id.ToString() + "/maintenance_recall",
            MessageKind::kMaintenanceRecall, a_.seed.patient.id, std::nullopt, Now());
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(Round().retrying, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
  domain::OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, MessageStatus::kPending);
  EXPECT_TRUE(stored.last_error.starts_with("timeout")) << stored.last_error;

  SmtpSink sink;
  ASSERT_GT(sink.port(), 0);
  UseRelay(sink.port());
  Advance(std::chrono::minutes(2));
  EXPECT_EQ(Round().sent, 1);
  EXPECT_EQ(Round().sent, 0);
  EXPECT_EQ(sink.Messages().size(), 1u);
  EXPECT_EQ(Stored(m.id).status, MessageStatus::kSent);
}

TEST_P(OutboxDelivery, APermanentRefusalFailsTheMessageForGood) {
  if (Stopped()) return;
  SmtpSink sink(/*refuse=*/1, "550 5.1.1 No such mailbox");
  ASSERT_GT(sink.port(), 0);
  UseRelay(sink.port());
  const domain::OutboxMessage m =
      Queue("p" + a_.seed.patient.id.ToString() + "/maintenance_recall",
            MessageKind::kMaintenanceRecall, a_.seed.patient.id, std::nullopt, Now());
  EXPECT_EQ(Round().failed, 1);
  Advance(std::chrono::hours(24));
  EXPECT_EQ(Round().sent, 0);
  EXPECT_EQ(sink.Messages().size(), 0u);
  const domain::OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, MessageStatus::kFailed);
  EXPECT_TRUE(stored.last_error.starts_with("relay_refused")) << stored.last_error;
}

TEST_P(OutboxDelivery, ACancelledVisitsMessagesAreNeverSent) {
  if (Stopped()) return;
  SmtpSink sink;
  ASSERT_GT(sink.port(), 0);
  UseRelay(sink.port());
  const domain::Appointment visit = Book(a_.seed.patient.id);
  const std::string a = "a" + visit.id.ToString();
  const domain::OutboxMessage voided =
      Queue(a + "/visit_reminder", MessageKind::kVisitReminder, a_.seed.patient.id, visit.id,
            Now() + std::chrono::hours(1));
  const domain::OutboxMessage pending =
      Queue(a + "/prep_1d", MessageKind::kPrep1d, a_.seed.patient.id, visit.id,
            Now() + std::chrono::hours(1));
  app::RequestContext owner = ContextOf(a_, a_.seed.owner);
  ASSERT_TRUE(app::CancelAppointment(server_->env(), owner, visit.id, visit.version).has_value());
  {  // What cancelling does to the visit's messages (one is left pending: the sender checks).
    auto tx = server_->db().Begin(a_.seed.clinic.id, storage::Access::kWrite).value();
    ASSERT_TRUE(tx->outbox().VoidForAppointment(visit.id).has_value());
    domain::OutboxMessage again = pending;
    again.status = MessageStatus::kPending;
    ASSERT_TRUE(tx->outbox().Schedule(again).has_value());
    ASSERT_TRUE(tx->Commit().ok());
  }
  ASSERT_EQ(Stored(pending.id).status, MessageStatus::kPending);
  const domain::Appointment cancelled = StoredAppointment(visit.id);
  Advance(std::chrono::hours(2));
  const app::SendReport report = Round();
  EXPECT_EQ(report.sent, 0);
  EXPECT_EQ(report.voided, 1);
  Advance(std::chrono::days(3));
  EXPECT_EQ(Round().sent, 0);
  EXPECT_EQ(sink.Messages().size(), 0u);
  EXPECT_EQ(Stored(voided.id).status, MessageStatus::kVoid);
  EXPECT_EQ(Stored(pending.id).status, MessageStatus::kVoid);
  EXPECT_EQ(StoredAppointment(visit.id).version, cancelled.version);
}

TEST_P(OutboxDelivery, NothingGoesWithoutARelayAndWaitingReadsNoPatient) {
  if (Stopped()) return;
  const domain::OutboxMessage m =
      Queue("p" + a_.seed.patient.id.ToString() + "/maintenance_recall",
            MessageKind::kMaintenanceRecall, a_.seed.patient.id, std::nullopt, Now());
  const app::SendReport report = Round();
  EXPECT_EQ(report.waiting, 1);
  const domain::OutboxMessage stored = Stored(m.id);
  EXPECT_EQ(stored.status, MessageStatus::kPending);
  EXPECT_EQ(stored.attempts, 0);
  EXPECT_TRUE(stored.last_error.starts_with("not_configured")) << stored.last_error;
  EXPECT_EQ(SendAudit(m.id).size(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxDelivery, ::testing::Values("sqlite", "postgres"),
                         storage::testing::BackendName);

}  // namespace
}  // namespace needlepoint::http::testing
