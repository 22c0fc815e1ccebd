#include "main/serve_command.h"

#include <fmt/format.h>
#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "needlepoint/app/audit_writer.h"
#include "needlepoint/app/auth.h"
#include "needlepoint/app/mail_settings.h"
#include "needlepoint/app/outbox_sender.h"
#include "needlepoint/app/setup.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"
#include "needlepoint/http/dispatcher.h"
#include "needlepoint/http/routes.h"
#include "needlepoint/http/server.h"
#include "needlepoint/imaging/opencv/opencv_engine.h"
#include "needlepoint/security/device_cookie.h"

namespace needlepoint::server {
namespace {

using cli::CommandContext;
using cli::Failed;

struct ServeOptions {
  storage::StoreConfig store;
  std::string listen = "127.0.0.1:8080";
  int threads = 4;
  int workers = 8;
  bool demo = true;
  int demo_patients = 60;
  uint64_t argon2_memory_mib = 0;
  uint64_t argon2_passes = 0;
  bool relaxed_read_audit = false;
  bool access_log = true;
  std::vector<std::string> trusted_proxies;
  std::string photo_dir;  // empty: `photos` beside a SQLite database, var/photos for PostgreSQL
  int outbox_interval = 60;
};

// Where photo files are kept: --photo-dir, or `photos` beside a SQLite database file, or
// var/photos.
std::string PhotoDir(const ServeOptions& options) {
  if (!options.photo_dir.empty()) return options.photo_dir;
  constexpr std::string_view kSqlite = "sqlite:";
  if (options.store.url.starts_with(kSqlite)) {
    return (std::filesystem::path(options.store.url.substr(kSqlite.size())).parent_path() /
            "photos")
        .string();
  }
  return "var/photos";
}

void DeclareServe(CLI::App& app, ServeOptions& options) {
  cli::AddStoreOptions(app, options.store);
  app.add_option("--listen", options.listen, "Address and port (127.0.0.1:8080)");
  app.add_option("--threads", options.threads, "I/O threads")->check(CLI::Range(1, 64));
  app.add_option("--workers", options.workers,
                 "Threads running request handlers (default 8; logins have their own 2)")
      ->check(CLI::Range(1, 256));
  app.add_flag("!--no-demo", options.demo,
               "Do not create the demo clinic in an empty database (use `needlepoint init` for "
               "a real clinic)");
  app.add_option("--demo-patients", options.demo_patients,
                 "Patients of the demo clinic an empty database gets (60)")
      ->check(CLI::Range(0, 100000));
  app.add_option("--argon2-memory-mib", options.argon2_memory_mib,
                 "Argon2id memory per password hash (default: docs/SECURITY.md)")
      ->check(CLI::Range(19, 4096));
  app.add_option("--argon2-passes", options.argon2_passes, "Argon2id passes")
      ->check(CLI::Range(2, 20));
  app.add_flag("!--no-access-log", options.access_log,
               "Do not log one line per request (errors are still logged)");
  app.add_option("--trusted-proxy", options.trusted_proxies,
                 "A reverse proxy (CIDR block; repeatable) whose X-Forwarded-For names the "
                 "client (default: none; see docs/OPERATIONS.md)")
      ->take_all()
      ->allow_extra_args(false);
  app.add_option("--outbox-interval", options.outbox_interval,
                 "Seconds between rounds of sending the outbox's due messages (default 60; 0: "
                 "do not send, e.g. when `needlepoint outbox send` runs from a timer)")
      ->check(CLI::Range(0, 86400));
  app.add_flag("--new-audit-witness", options.store.new_witness,
               "Start a new audit witness although the database holds audit rows (after an "
               "upgrade or a restore; see docs/OPERATIONS.md)");
  app.add_option("--photo-dir", options.photo_dir,
                 "Directory for photo files, outside any web root (created 0700; default "
                 "`photos` beside a SQLite database, var/photos for PostgreSQL)");
  app.add_flag("--relaxed-read-audit", options.relaxed_read_audit,
               "Answer a read once its audit row is committed, fsyncing within 100 ms "
               "(default: fsynced before answering; see docs/SECURITY.md)");
}

// The access log is written by a background thread, off the request path.
void StartLogging(bool access_log) {
  spdlog::init_thread_pool(16384, 1);
  spdlog::set_default_logger(std::make_shared<spdlog::async_logger>(
      "needlepoint", std::make_shared<spdlog::sinks::stderr_sink_mt>(), spdlog::thread_pool(),
      spdlog::async_overflow_policy::overrun_oldest));
  if (!access_log) spdlog::set_level(spdlog::level::warn);
}

// The demo clinic an empty database gets, its owner's login shown this once.
int EnsureDemo(app::AppEnv& env, int patients, CommandContext& context) {
  auto login = app::EnsureDemoClinic(env, patients);
  if (!login) return Failed(login.error(), context);
  if (*login) {
    context.out << fmt::format(
        "\nA DEMO clinic was created, with invented staff, patients and appointments,\nfor "
        "evaluation only. Its owner login, shown this once:\n"
        "  clinic:   {}\n  email:    {}\n  password: {}\n"
        "A real clinic starts from an empty database with `needlepoint init` (see "
        "README.md).\n\n",
        (*login)->clinic, (*login)->email, (*login)->password);
  }
  return cli::kExitOk;
}

int RunServe(const ServeOptions& options, CommandContext& context) {
  const size_t colon = options.listen.rfind(':');
  if (colon == std::string::npos) {
    context.err << "--listen must be ADDRESS:PORT\n";
    return cli::kExitBadInput;
  }
  http::ServerOptions server_options;
  server_options.address = options.listen.substr(0, colon);
  try {
    server_options.port = static_cast<uint16_t>(std::stoi(options.listen.substr(colon + 1)));
  } catch (const std::exception&) {
    context.err << "--listen: the port must be a number\n";
    return cli::kExitBadInput;
  }
  server_options.threads = options.threads;
  server_options.workers = options.workers;
  server_options.trusted_proxies = options.trusted_proxies;
  StartLogging(options.access_log);
  storage::StoreConfig config = options.store;
  // Every worker may hold a database connection, and the audit writer one more.
  config.connections = std::max(8, options.workers + 2);
  config.on_witness_error = [](const base::Status& status) {
    if (status.ok()) {
      spdlog::warn("the audit witness can be written again");
    } else {
      spdlog::error("audit rows are not being witnessed: {}", status.ToString());
    }
  };
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  storage::Database& db = (*store)->database();

  app::ProtocolCache protocols;
  auto photo_store = app::PhotoStore::Open(PhotoDir(options));
  if (!photo_store) return Failed(photo_store.error(), context);
  const std::unique_ptr<imaging::PhotoEngine> photo_engine = imaging::MakeOpenCvPhotoEngine();
  app::AppEnv env{db, context.clock, protocols};
  env.photo_engine = photo_engine.get();
  env.photo_store = photo_store->get();
  if (options.argon2_memory_mib > 0) env.argon2.memory_kib = options.argon2_memory_mib * 1024;
  if (options.argon2_passes > 0) env.argon2.passes = options.argon2_passes;
  if (options.demo) {
    if (int status = EnsureDemo(env, options.demo_patients, context); status != cli::kExitOk) {
      return status;
    }
  }
  app::AuthSettings auth_settings;
  auth_settings.argon2 = env.argon2;
  // Device cookies are signed with a key derived from the audit key, which every server of a
  // chain shares: a cookie from one server is good at the others.
  const storage::AuditKey& audit_key = (*store)->audit_key();
  const std::string_view audit_key_bytes(reinterpret_cast<const char*>(audit_key.data()),
                                         audit_key.size());
  auth_settings.device_key =
      security::DeriveKey(audit_key_bytes, "needlepoint device cookie key v1");
  // Relay passwords are sealed with a key derived from the audit key too (docs/SECURITY.md).
  env.seal_key = app::MailSealKey(audit_key_bytes);
  server_options.hash_workers = auth_settings.concurrent_hashes;
  app::Authenticator auth(db, context.clock, auth_settings);
  app::AuditWriter audit(db, options.relaxed_read_audit ? storage::AuditDurability::kCommitted
                                                        : storage::AuditDurability::kSynced);
  const http::Router router(http::ApiRoutes());
  http::Dispatcher dispatcher(router, env, auth, audit);
  http::Server server(server_options, dispatcher);
  base::Status listening = server.Listen();
  if (!listening.ok()) return Failed(listening, context);
  context.out << fmt::format("Needlepoint is serving http://{}:{} ({} backend; audit witness {})\n",
                             server_options.address, server.port(), db.backend(),
                             (*store)->audit_witness_path());
  context.out.flush();
  // The outbox sender runs on a thread of its own, beside the server (app/outbox_sender.h).
  std::unique_ptr<mail::MailTransport> transport = mail::MakeSmtpTransport();
  app::OutboxSender sender(env, *transport);
  std::optional<app::OutboxWorker> outbox;
  if (options.outbox_interval > 0) {
    outbox.emplace(sender, std::chrono::seconds(options.outbox_interval));
  }
  server.Run();
  if (outbox) outbox->Stop();  // lets a round in progress finish
  audit.Stop();                // before the server's event loops go
  context.out << "stopped\n";
  return cli::kExitOk;
}

}  // namespace

cli::Command ServeCommand() {
  return cli::MakeCommand<ServeOptions, DeclareServe, RunServe>(
      "serve",
      "Serve the clinic over HTTP (an empty database gets a demo clinic; a real clinic starts "
      "with `needlepoint init`)");
}

}  // namespace needlepoint::server
