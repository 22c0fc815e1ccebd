// `needlepoint init` (a real clinic's first day) and `needlepoint reset-password` (the
// operator's recovery of an account). Passwords never come from the command line: init asks
// at the terminal (twice, not echoed) or, with --invite or without a terminal, prints a
// one-time set-password link.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "needlepoint/app/setup.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/store_options.h"
#include "needlepoint/cli/terminal.h"
#include "needlepoint/security/password.h"

namespace needlepoint::cli {
namespace {

struct InitOptions {
  storage::StoreConfig store;
  app::ClinicSetup setup;
  bool invite = false;
  std::string base_url = "http://127.0.0.1:8080";
};

// Whether the database named by `config` already holds a clinic, looked at without
// migrating it or creating anything. nullopt when it cannot tell without setting the
// database up (no audit key yet: a new installation); init then checks again afterwards.
base::Result<std::optional<size_t>> ExistingClinics(storage::StoreConfig config,
                                                    const base::Clock& clock) {
  config.migrate = false;
  config.require_current = false;
  config.create_key = false;
  base::Result<std::unique_ptr<storage::Store>> store = storage::OpenStore(config, clock);
  if (!store) {
    if (store.error().code() == base::StatusCode::kFailedPrecondition) {
      return std::optional<size_t>();
    }
    return base::Fail(store.error());
  }
  NP_ASSIGN_OR_RETURN(storage::SchemaState schema, (*store)->Schema());
  if (schema.current == 0) return std::optional<size_t>(0);
  NP_ASSIGN_OR_RETURN(std::vector<base::ClinicId> clinics, (*store)->database().ListClinics());
  return std::optional<size_t>(clinics.size());
}

// Asks for the owner's password twice until both agree and the policy accepts it (three
// tries); nullopt if the person gives up or input ends.
std::optional<std::string> AskPassword(Terminal& terminal, const std::string& email,
                                       std::ostream& err) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::optional<std::string> first =
        terminal.ReadSecret("Password for " + email + " (12 to 128 characters; not shown): ");
    if (!first) return std::nullopt;
    std::optional<std::string> second = terminal.ReadSecret("The same password again: ");
    if (!second) return std::nullopt;
    if (*first != *second) {
      err << "The two passwords differ; try again.\n";
      continue;
    }
    std::vector<base::FieldProblem> problems = security::PasswordProblems(*first, email, "");
    if (problems.empty()) return first;
    for (const base::FieldProblem& problem : problems)
      err << "The password " << problem.message << ".\n";
  }
  return std::nullopt;
}

void PrintLink(const app::PasswordLink& link, const std::string& base_url, std::ostream& out) {
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  out << fmt::format(
      "Open this link to set the password. It works once, for 72 hours, and is shown only "
      "this once:\n  {}{}\n",
      base, link.Path());
}

void DeclareInit(CLI::App& app, InitOptions& options) {
  AddStoreOptions(app, options.store);
  app.add_option("--clinic-name", options.setup.name, "The clinic's name")->required();
  app.add_option("--slug", options.setup.slug,
                 "The clinic's login name (lower-case letters, digits, hyphens)")
      ->required();
  app.add_option("--time-zone", options.setup.time_zone,
                 "The clinic's IANA time zone, e.g. Europe/London")
      ->required();
  app.add_option("--owner-email", options.setup.owner_email, "The owner's login")->required();
  options.setup.owner_name = "Clinic owner";
  app.add_option("--owner-name", options.setup.owner_name, "The owner's name");
  app.add_flag("--invite", options.invite,
               "Print a one-time link for the owner to set their password instead of asking "
               "for it here (the default without a terminal)");
  app.add_option("--base-url", options.base_url,
                 "The address the clinic's staff open Needlepoint at, for the link");
}

// The setup's problems, named as the options the person typed.
std::vector<base::FieldProblem> SetupOptionProblems(const app::ClinicSetup& setup) {
  std::vector<base::FieldProblem> problems = app::SetupProblems(setup);
  const std::map<std::string, std::string> option = {{"/slug", "--slug"},
                                                     {"/name", "--clinic-name"},
                                                     {"/time_zone", "--time-zone"},
                                                     {"/owner_email", "--owner-email"},
                                                     {"/owner_name", "--owner-name"}};
  for (base::FieldProblem& problem : problems) {
    if (auto it = option.find(problem.path); it != option.end()) problem.path = it->second;
  }
  return problems;
}

int RunInit(const InitOptions& options, CommandContext& context) {
  std::vector<base::FieldProblem> problems = SetupOptionProblems(options.setup);
  if (!problems.empty()) {
    return Failed(base::Status::Invalid(std::move(problems), "invalid setup"), context);
  }
  auto existing = ExistingClinics(options.store, context.clock);
  if (!existing) return Failed(existing.error(), context);
  if (*existing && **existing > 0) {
    context.err << "The database already holds a clinic. `needlepoint init` sets up an empty "
                   "database only; nothing was changed.\n";
    return kExitFailure;
  }
  const bool ask =
      !options.invite && context.terminal != nullptr && context.terminal->Interactive();
  std::optional<std::string> password;
  if (ask) {
    password = AskPassword(*context.terminal, options.setup.owner_email, context.err);
    if (!password) {
      context.err << "No password was set; nothing was changed. (--invite prints a link for "
                     "the owner instead.)\n";
      return kExitBadInput;
    }
  }
  auto store = storage::OpenStore(options.store, context.clock);
  if (!store) return Failed(store.error(), context);
  app::ProtocolCache protocols;
  app::AppEnv env{(*store)->database(), context.clock, protocols};
  auto created = app::InitClinic(env, options.setup, password);
  if (!created) {
    if (created.error().code() == base::StatusCode::kFailedPrecondition) {
      context.err << created.error().message() << "\n";
      return kExitFailure;
    }
    return Failed(created.error(), context);
  }
  context.out << fmt::format(
      "Clinic \"{}\" created: login name {}, time zone {}.\n"
      "Owner: {} ({}).\n",
      created->clinic.name, created->clinic.slug, created->clinic.time_zone, created->owner.email,
      created->owner.display_name);
  if (created->link) {
    PrintLink(*created->link, options.base_url, context.out);
  } else {
    context.out << "The owner's password is set; they log in with the clinic's login name, "
                   "their e-mail and that password.\n";
  }
  context.out << "Serve it with: needlepoint serve --db " << options.store.url << "\n";
  return kExitOk;
}

struct ResetPasswordOptions {
  storage::StoreConfig store;
  std::string clinic;
  std::string email;
  std::string base_url = "http://127.0.0.1:8080";
};

void DeclareResetPassword(CLI::App& app, ResetPasswordOptions& options) {
  AddStoreOptions(app, options.store);
  app.add_option("--clinic", options.clinic, "The clinic's login name")->required();
  app.add_option("--email", options.email, "The account's e-mail")->required();
  app.add_option("--base-url", options.base_url,
                 "The address the clinic's staff open Needlepoint at, for the link");
}

int RunResetPassword(const ResetPasswordOptions& options, CommandContext& context) {
  storage::StoreConfig config = options.store;
  config.migrate = false;
  config.create_key = false;
  auto store = storage::OpenStore(config, context.clock);
  if (!store) return Failed(store.error(), context);
  app::ProtocolCache protocols;
  app::AppEnv env{(*store)->database(), context.clock, protocols};
  auto link = app::ResetPasswordFromServer(env, options.clinic, options.email);
  if (!link) return Failed(link.error(), context);
  context.out << "The account's password no longer works and its sessions ended.\n";
  PrintLink(*link, options.base_url, context.out);
  return kExitOk;
}

}  // namespace

Command InitCommand() {
  return MakeCommand<InitOptions, DeclareInit, RunInit>(
      "init", "Set up a real clinic and its owner in an empty database");
}

Command ResetPasswordCommand() {
  return MakeCommand<ResetPasswordOptions, DeclareResetPassword, RunResetPassword>(
      "reset-password",
      "Issue a one-time set-password link for an account (the operator's recovery)");
}

}  // namespace needlepoint::cli
