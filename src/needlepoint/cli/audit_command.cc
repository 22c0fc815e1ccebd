// `needlepoint audit verify`: every clinic's audit hash chain checked.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/administration.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"

namespace needlepoint::cli {
namespace {

struct AuditOptions {
  storage::StoreConfig store;
};

void DeclareAudit(CLI::App& app, AuditOptions& options) {
  app.require_subcommand(1);
  CLI::App* verify = app.add_subcommand(
      "verify", "Detect altered, removed or reordered audit rows in every clinic");
  AddStoreOptions(*verify, options.store);
}

int RunAudit(const AuditOptions& options, CommandContext& context) {
  storage::StoreConfig config = options.store;  // `verify` is the only subcommand
  config.migrate = false;
  config.create_key = false;
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  auto reports = app::VerifyAuditChains((*store)->database(), (*store)->audit_key());
  if (!reports) return Failed(reports.error(), context);
  bool ok = true;
  int64_t rows = 0;
  for (const app::ClinicChainReport& clinic : *reports) {
    rows += clinic.report.rows;
    if (clinic.report.ok) continue;
    ok = false;
    context.out << fmt::format("clinic {}: BROKEN at row {}: {}\n", clinic.clinic.value(),
                               clinic.report.first_bad_seq, clinic.report.problem);
  }
  context.out << fmt::format("{} clinics, {} audit rows: {}\n", reports->size(), rows,
                             ok ? "every chain verifies" : "TAMPERING DETECTED");
  return ok ? kExitOk : kExitFailure;
}

}  // namespace

Command AuditCommand() {
  return MakeCommand<AuditOptions, DeclareAudit, RunAudit>("audit",
                                                           "Verify the audit log's hash chains");
}

}  // namespace needlepoint::cli
