// `needlepoint migrate`, `needlepoint backup` and `needlepoint demo-data`.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/demo_data.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"
#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::cli {
namespace {

struct MigrateOptions {
  storage::StoreConfig store;
  int to = 0;
};

void DeclareMigrate(CLI::App& app, MigrateOptions& options) {
  AddStoreOptions(app, options.store, /*witness=*/false);
  app.add_option("--to", options.to, "Stop at this schema version (default: the latest)");
}

int RunMigrate(const MigrateOptions& options, CommandContext& context) {
  storage::StoreConfig config = options.store;
  if (options.to > 0) config.migrate_to = options.to;
  config.witness = false;  // migrations write no audit rows
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  auto schema = (*store)->Schema();
  if (!schema) return Failed(schema.error(), context);
  context.out << fmt::format("schema at version {} (this binary knows up to {})\n", schema->current,
                             schema->latest);
  return kExitOk;
}

struct BackupOptions {
  storage::StoreConfig store;
  std::string destination;
};

void DeclareBackup(CLI::App& app, BackupOptions& options) {
  AddStoreOptions(app, options.store, /*witness=*/false);
  app.add_option("--to", options.destination, "The backup file to write")->required();
}

int RunBackup(const BackupOptions& options, CommandContext& context) {
  storage::StoreConfig config = options.store;
  config.migrate = false;
  config.require_current = false;
  config.create_key = false;
  config.witness = false;  // a backup writes no audit rows
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  base::Status status = (*store)->Backup(options.destination);
  if (!status.ok()) return Failed(status, context);
  context.out << "backup written to " << options.destination << " (integrity check: ok)\n";
  return kExitOk;
}

struct DemoDataOptions {
  storage::StoreConfig store;
  app::DemoDataOptions data;
  std::string start;
};

void DeclareDemoData(CLI::App& app, DemoDataOptions& options) {
  AddStoreOptions(app, options.store);
  app.add_option("--clinics", options.data.clinics, "Number of clinics")
      ->check(CLI::Range(1, 100000));
  app.add_option("--patients", options.data.patients_per_clinic, "Patients per clinic")
      ->check(CLI::Range(0, 100000));
  app.add_option("--seed", options.data.seed, "Random seed (same seed, same data)");
  app.add_option("--slug-prefix", options.data.slug_prefix,
                 "Clinic login names are PREFIX-1, PREFIX-2, …");
  app.add_option("--start", options.start,
                 "First day of the appointment year (default: 180 days ago)");
  app.add_option("--days", options.data.days, "Length of the appointment window")
      ->check(CLI::Range(30, 3650));
}

int RunDemoData(const DemoDataOptions& options, CommandContext& context) {
  app::DemoDataOptions data = options.data;
  data.first_day = base::Today(context.clock, base::TimeZone::Utc()).AddDays(-180);
  if (!options.start.empty()) {
    auto parsed = base::CivilDate::Parse(options.start);
    if (!parsed) {
      context.err << "--start: " << parsed.error().message() << "\n";
      return kExitBadInput;
    }
    data.first_day = *parsed;
  }
  auto store = storage::OpenStore(options.store, context.clock);
  if (!store) return Failed(store.error(), context);
  auto report = app::GenerateDemoData((*store)->database(), *protocol::DefaultProtocol(),
                                      context.clock, data, [&](const app::DemoDataReport& so_far) {
                                        if (so_far.clinics % 50 == 0) {
                                          context.err << so_far.clinics << " clinics, "
                                                      << so_far.appointments << " appointments…\n";
                                        }
                                      });
  if (!report) return Failed(report.error(), context);
  context.out << fmt::format(
      "generated {} clinics, {} staff, {} patients, {} consultations, {} plans, "
      "{} appointments\n",
      report->clinics, report->staff, report->patients, report->consultations, report->plans,
      report->appointments);
  return kExitOk;
}

}  // namespace

Command MigrateCommand() {
  return MakeCommand<MigrateOptions, DeclareMigrate, RunMigrate>(
      "migrate", "Apply pending schema migrations to the database");
}

Command BackupCommand() {
  return MakeCommand<BackupOptions, DeclareBackup, RunBackup>(
      "backup", "Copy the SQLite database online (the server may keep running)");
}

Command DemoDataCommand() {
  return MakeCommand<DemoDataOptions, DeclareDemoData, RunDemoData>(
      "demo-data", "Generate realistic clinics, patients, plans and a year of appointments");
}

}  // namespace needlepoint::cli
