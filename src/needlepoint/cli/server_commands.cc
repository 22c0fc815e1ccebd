// `needlepoint serve` and `needlepoint audit verify`.
#include <fmt/format.h>
#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/administration.h"
#include "needlepoint/app/audit_writer.h"
#include "needlepoint/app/auth.h"
#include "needlepoint/app/setup.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"
#include "needlepoint/http/dispatcher.h"
#include "needlepoint/http/routes.h"
#include "needlepoint/http/server.h"

namespace needlepoint::cli {
namespace {

struct ServeOptions {
  storage::StoreConfig store;
  std::string listen = "127.0.0.1:8080";
  int threads = 4;
  bool demo = true;
  int demo_patients = 60;
  uint64_t argon2_memory_mib = 0;
  uint64_t argon2_passes = 0;
  bool relaxed_read_audit = false;
  bool access_log = true;
};

}  // namespace

Command ServeCommand() {
  return {"serve",
          "Serve the clinic over HTTP (an empty database gets a demo clinic; a real clinic "
          "starts with `needlepoint init`)",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto options = std::make_shared<ServeOptions>();
            AddStoreOptions(app, options->store);
            app.add_option("--listen", options->listen, "Address and port (127.0.0.1:8080)");
            app.add_option("--threads", options->threads, "I/O threads")->check(CLI::Range(1, 64));
            app.add_flag("!--no-demo", options->demo,
                         "Do not create the demo clinic in an empty database (use "
                         "`needlepoint init` for a real clinic)");
            app.add_option("--demo-patients", options->demo_patients,
                           "Patients of the demo clinic an empty database gets (60)")
                ->check(CLI::Range(0, 100000));
            app.add_option("--argon2-memory-mib", options->argon2_memory_mib,
                           "Argon2id memory per password hash (default: docs/SECURITY.md)")
                ->check(CLI::Range(19, 4096));
            app.add_option("--argon2-passes", options->argon2_passes, "Argon2id passes")
                ->check(CLI::Range(2, 20));
            app.add_flag("!--no-access-log", options->access_log,
                         "Do not log one line per request (errors are still logged)");
            app.add_flag("--relaxed-read-audit", options->relaxed_read_audit,
                         "Answer a read once its audit row is committed, fsyncing within 100 ms "
                         "(default: fsynced before answering; see docs/SECURITY.md)");
            return [options, &context] {
              const size_t colon = options->listen.rfind(':');
              if (colon == std::string::npos) {
                context.err << "--listen must be ADDRESS:PORT\n";
                return kExitBadInput;
              }
              // The access log is written by a background thread, off the request path.
              spdlog::init_thread_pool(16384, 1);
              spdlog::set_default_logger(std::make_shared<spdlog::async_logger>(
                  "needlepoint", std::make_shared<spdlog::sinks::stderr_sink_mt>(),
                  spdlog::thread_pool(), spdlog::async_overflow_policy::overrun_oldest));
              if (!options->access_log) spdlog::set_level(spdlog::level::warn);
              http::ServerOptions server_options;
              server_options.address = options->listen.substr(0, colon);
              try {
                server_options.port =
                    static_cast<uint16_t>(std::stoi(options->listen.substr(colon + 1)));
              } catch (const std::exception&) {
                context.err << "--listen: the port must be a number\n";
                return kExitBadInput;
              }
              server_options.threads = options->threads;
              options->store.connections = std::max(8, options->threads * 2);
              auto store = storage::OpenStore(options->store, context.clock);
              if (!store) return Failed(store.error(), context);
              storage::Database& db = (*store)->database();

              app::ProtocolCache protocols;
              app::AppEnv env{db, context.clock, protocols};
              if (options->argon2_memory_mib > 0)
                env.argon2.memory_kib = options->argon2_memory_mib * 1024;
              if (options->argon2_passes > 0) env.argon2.passes = options->argon2_passes;
              if (options->demo) {
                auto login = app::EnsureDemoClinic(env, options->demo_patients);
                if (!login) return Failed(login.error(), context);
                if (*login) {
                  context.out << fmt::format(
                      "\nA DEMO clinic was created, with invented staff, patients and "
                      "appointments,\nfor evaluation only. Its owner login, shown this once:\n"
                      "  clinic:   {}\n  email:    {}\n  password: {}\n"
                      "A real clinic starts from an empty database with `needlepoint init` "
                      "(see README.md).\n\n",
                      (*login)->clinic, (*login)->email, (*login)->password);
                }
              }
              app::AuthSettings auth_settings;
              auth_settings.argon2 = env.argon2;
              app::Authenticator auth(db, context.clock, auth_settings);
              app::AuditWriter audit(db, options->relaxed_read_audit
                                             ? storage::AuditDurability::kCommitted
                                             : storage::AuditDurability::kSynced);
              const http::Router router(http::ApiRoutes());
              http::Dispatcher dispatcher(router, env, auth, audit);
              http::Server server(server_options, dispatcher);
              base::Status listening = server.Listen();
              if (!listening.ok()) return Failed(listening, context);
              context.out << fmt::format("Needlepoint is serving http://{}:{} ({} backend)\n",
                                         server_options.address, server.port(), db.backend());
              context.out.flush();
              server.Run();
              audit.Stop();  // before the server's event loops go
              context.out << "stopped\n";
              return kExitOk;
            };
          }};
}

Command AuditCommand() {
  return {"audit", "Verify the audit log's hash chains",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            app.require_subcommand(1);
            auto config = std::make_shared<storage::StoreConfig>();
            CLI::App* verify = app.add_subcommand(
                "verify", "Detect altered, removed or reordered audit rows in every clinic");
            AddStoreOptions(*verify, *config);
            return [config, &context] {
              config->migrate = false;
              config->create_key = false;
              auto store = storage::OpenStore(*config, context.clock);
              if (!store) return Failed(store.error(), context);
              auto reports = app::VerifyAuditChains((*store)->database(), (*store)->audit_key());
              if (!reports) return Failed(reports.error(), context);
              bool ok = true;
              int64_t rows = 0;
              for (const app::ClinicChainReport& clinic : *reports) {
                rows += clinic.report.rows;
                if (clinic.report.ok) continue;
                ok = false;
                context.out << fmt::format("clinic {}: BROKEN at row {}: {}\n",
                                           clinic.clinic.value(), clinic.report.first_bad_seq,
                                           clinic.report.problem);
              }
              context.out << fmt::format("{} clinics, {} audit rows: {}\n", reports->size(), rows,
                                         ok ? "every chain verifies" : "TAMPERING DETECTED");
              return ok ? kExitOk : kExitFailure;
            };
          }};
}

}  // namespace needlepoint::cli
