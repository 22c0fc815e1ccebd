// `needlepoint audit verify`: every clinic's audit hash chain checked.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/administration.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"
#include "needlepoint/storage/audit_witness.h"

namespace needlepoint::cli {
namespace {

struct AuditOptions {
  storage::StoreConfig store;
  std::vector<std::string> witnesses;
  bool no_witness = false;
};

void DeclareAudit(CLI::App& app, AuditOptions& options) {
  app.require_subcommand(1);
  CLI::App* verify = app.add_subcommand(
      "verify", "Detect altered, removed, reordered or truncated audit rows in every clinic");
  AddStoreOptions(*verify, options.store, /*witness=*/false);
  verify
      ->add_option("--witness", options.witnesses,
                   "An audit witness file to check against (repeatable: one per server machine; "
                   "default: the --db's default witness)")
      ->allow_extra_args(false);
  verify->add_flag("--no-witness", options.no_witness,
                   "Check the chains only (cannot detect a truncated tail)");
}

int RunAudit(const AuditOptions& options, CommandContext& context) {
  storage::StoreConfig config = options.store;  // `verify` is the only subcommand
  config.migrate = false;
  config.create_key = false;
  config.witness = false;  // read below, never appended to
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  std::optional<storage::WitnessLog> witness;
  std::vector<std::string> witnesses = options.witnesses;
  if (!options.no_witness) {
    if (witnesses.empty()) witnesses.push_back(storage::DefaultWitnessPath(config.url));
    witness = storage::ReadWitnessFiles(witnesses, (*store)->audit_key());
  }
  auto reports = app::VerifyAuditChains((*store)->database(), (*store)->audit_key(),
                                        witness ? &*witness : nullptr);
  if (!reports) return Failed(reports.error(), context);
  bool ok = true;
  if (witness) {
    for (const std::string& problem : witness->problems) {
      ok = false;
      context.out << "witness: " << problem << "\n";
    }
    for (const std::string& note : witness->notes) context.out << "witness: " << note << "\n";
  }
  int64_t rows = 0;
  for (const app::ClinicChainReport& clinic : *reports) {
    rows += clinic.report.rows;
    if (clinic.report.ok) continue;
    ok = false;
    context.out << fmt::format("clinic {}: BROKEN at row {}: {}\n", clinic.clinic.value(),
                               clinic.report.first_bad_seq, clinic.report.problem);
  }
  const std::string against = witness ? fmt::format(", against {} witness records in {} file(s)",
                                                    witness->records, witnesses.size())
                                      : ", without a witness (a truncated tail goes unseen)";
  context.out << fmt::format("{} clinics, {} audit rows{}: {}\n", reports->size(), rows, against,
                             ok ? "every chain verifies" : "TAMPERING DETECTED");
  return ok ? kExitOk : kExitFailure;
}

}  // namespace

Command AuditCommand() {
  return MakeCommand<AuditOptions, DeclareAudit, RunAudit>("audit",
                                                           "Verify the audit log's hash chains");
}

}  // namespace needlepoint::cli
