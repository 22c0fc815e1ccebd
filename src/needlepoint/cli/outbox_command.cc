// `needlepoint outbox send`: one round of the outbox sender (app/outbox_sender.h) over every
// clinic, as `needlepoint serve` runs it every --outbox-interval seconds.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/mail_settings.h"
#include "needlepoint/app/outbox_sender.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"

namespace needlepoint::cli {
namespace {

struct OutboxOptions {
  storage::StoreConfig store;
};

void DeclareOutbox(CLI::App& app, OutboxOptions& options) {
  app.require_subcommand(1);
  CLI::App* send = app.add_subcommand(
      "send", "Send every message that is due now through each clinic's SMTP relay, once");
  AddStoreOptions(*send, options.store);
}

int RunOutbox(const OutboxOptions& options, CommandContext& context) {
  auto store = storage::OpenStore(options.store, context.clock);
  if (!store) return Failed(store.error(), context);
  app::ProtocolCache protocols;
  app::AppEnv env{(*store)->database(), context.clock, protocols};
  const storage::AuditKey& key = (*store)->audit_key();
  env.seal_key =
      app::MailSealKey(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
  std::unique_ptr<mail::MailTransport> transport = mail::MakeSmtpTransport();
  app::OutboxSender sender(env, *transport);
  base::Result<app::SendReport> report = sender.RunOnce();
  if (!report) return Failed(report.error(), context);
  context.out << fmt::format("sent {}, retrying {}, failed {}, void {}, waiting {}\n", report->sent,
                             report->retrying, report->failed, report->voided, report->waiting);
  return kExitOk;
}

}  // namespace

Command OutboxCommand() {
  return MakeCommand<OutboxOptions, DeclareOutbox, RunOutbox>(
      "outbox", "The outbox of messages to patients: `send` runs one sending round");
}

}  // namespace needlepoint::cli
