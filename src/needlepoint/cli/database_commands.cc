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
Command MigrateCommand() {
  return {"migrate", "Apply pending schema migrations to the database",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto config = std::make_shared<storage::StoreConfig>();
            auto to = std::make_shared<int>(0);
            AddStoreOptions(app, *config, /*witness=*/false);
            app.add_option("--to", *to, "Stop at this schema version (default: the latest)");
            return [config, to, &context] {
              if (*to > 0) config->migrate_to = *to;
              config->witness = false;  // migrations write no audit rows
              auto store = storage::OpenStore(*config, context.clock);
              if (!store) return Failed(store.error(), context);
              auto schema = (*store)->Schema();
              if (!schema) return Failed(schema.error(), context);
              context.out << fmt::format("schema at version {} (this binary knows up to {})\n",
                                         schema->current, schema->latest);
              return kExitOk;
            };
          }};
}

Command BackupCommand() {
  return {"backup", "Copy the SQLite database online (the server may keep running)",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto config = std::make_shared<storage::StoreConfig>();
            auto destination = std::make_shared<std::string>();
            AddStoreOptions(app, *config, /*witness=*/false);
            app.add_option("--to", *destination, "The backup file to write")->required();
            return [config, destination, &context] {
              config->migrate = false;
              config->require_current = false;
              config->create_key = false;
              config->witness = false;  // a backup writes no audit rows
              auto store = storage::OpenStore(*config, context.clock);
              if (!store) return Failed(store.error(), context);
              base::Status status = (*store)->Backup(*destination);
              if (!status.ok()) return Failed(status, context);
              context.out << "backup written to " << *destination << " (integrity check: ok)\n";
              return kExitOk;
            };
          }};
}

Command DemoDataCommand() {
  return {"demo-data", "Generate realistic clinics, patients, plans and a year of appointments",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto config = std::make_shared<storage::StoreConfig>();
            auto options = std::make_shared<app::DemoDataOptions>();
            auto start = std::make_shared<std::string>();
            AddStoreOptions(app, *config);
            app.add_option("--clinics", options->clinics, "Number of clinics")
                ->check(CLI::Range(1, 100000));
            app.add_option("--patients", options->patients_per_clinic, "Patients per clinic")
                ->check(CLI::Range(0, 100000));
            app.add_option("--seed", options->seed, "Random seed (same seed, same data)");
            app.add_option("--slug-prefix", options->slug_prefix,
                           "Clinic login names are PREFIX-1, PREFIX-2, …");
            app.add_option("--start", *start,
                           "First day of the appointment year (default: 180 days ago)");
            app.add_option("--days", options->days, "Length of the appointment window")
                ->check(CLI::Range(30, 3650));
            return [config, options, start, &context] {
              const base::CivilDate today = base::Today(context.clock, base::TimeZone::Utc());
              options->first_day = today.AddDays(-180);
              if (!start->empty()) {
                auto parsed = base::CivilDate::Parse(*start);
                if (!parsed) {
                  context.err << "--start: " << parsed.error().message() << "\n";
                  return kExitBadInput;
                }
                options->first_day = *parsed;
              }
              auto store = storage::OpenStore(*config, context.clock);
              if (!store) return Failed(store.error(), context);
              auto report = app::GenerateDemoData(
                  (*store)->database(), *protocol::DefaultProtocol(), context.clock, *options,
                  [&](const app::DemoDataReport& so_far) {
                    if (so_far.clinics % 50 == 0) {
                      context.err << so_far.clinics << " clinics, " << so_far.appointments
                                  << " appointments…\n";
                    }
                  });
              if (!report) return Failed(report.error(), context);
              context.out << fmt::format(
                  "generated {} clinics, {} staff, {} patients, {} consultations, {} plans, "
                  "{} appointments\n",
                  report->clinics, report->staff, report->patients, report->consultations,
                  report->plans, report->appointments);
              return kExitOk;
            };
          }};
}

}  // namespace needlepoint::cli
