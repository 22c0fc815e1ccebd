// `needlepoint screen` and `needlepoint plan`: an intake file in, the contract's answer out.
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/app/intake_files.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/text_report.h"
#include "needlepoint/contract/result_json.h"

namespace needlepoint::cli {
namespace {

struct EngineOptions {
  std::string input;
  std::string protocol;
  std::string format = "json";
  std::string today;
};

void DeclareEngineOptions(CLI::App& app, EngineOptions& options) {
  app.add_option("--protocol", options.protocol,
                 "Protocol TOML file to use instead of the built-in one");
  app.add_option("--format", options.format, "Output: json (the contract) or text (for a desk)")
      ->check(CLI::IsMember({"json", "text"}));
  app.add_option("--today", options.today,
                 "Date used when the intake has no assessed_on (default: today, local time)");
  app.add_option("intake", options.input, "Intake JSON file, or - for standard input")->required();
}

// What both commands work on: the protocol, the intake's text and the date standing in for
// a missing assessed_on. Every failure is the command line's or a file's: exit status 2.
struct EngineInput {
  std::shared_ptr<const protocol::Protocol> protocol;
  std::string intake;
  base::CivilDate today;
};

base::Result<EngineInput> ReadEngineInput(const EngineOptions& options, CommandContext& context) {
  EngineInput input;
  input.today = base::Today(context.clock, base::TimeZone::Local());
  if (!options.today.empty()) {
    base::Result<base::CivilDate> parsed = base::CivilDate::Parse(options.today);
    if (!parsed) return base::Fail(base::InvalidArgument("--today: " + parsed.error().message()));
    input.today = *parsed;
  }
  NP_ASSIGN_OR_RETURN(input.protocol, LoadProtocolOption(options.protocol));
  NP_ASSIGN_OR_RETURN(input.intake, ReadInput(options.input, context.in));
  return input;
}

int Refused(const base::Status& status, CommandContext& context) {
  PrintStatus(status, context.err);
  return kExitBadInput;
}

int RunScreen(const EngineOptions& options, CommandContext& context) {
  base::Result<EngineInput> input = ReadEngineInput(options, context);
  if (!input) return Refused(input.error(), context);
  base::Result<domain::Screening> screening =
      app::ScreenIntakeText(*input->protocol, input->intake, input->today);
  if (!screening) return Refused(screening.error(), context);
  if (options.format == "json") {
    context.out << contract::ScreeningToJson(*screening).dump(2) << "\n";
  } else {
    context.out << ScreeningReport(*screening);
  }
  return kExitOk;
}

int RunPlan(const EngineOptions& options, CommandContext& context) {
  base::Result<EngineInput> input = ReadEngineInput(options, context);
  if (!input) return Refused(input.error(), context);
  base::Result<domain::PlanResult> result =
      app::PlanIntakeText(*input->protocol, input->intake, input->today);
  if (!result) return Refused(result.error(), context);
  if (options.format == "json") {
    context.out << contract::PlanResultToJson(*result).dump(2) << "\n";
  } else {
    context.out << PlanReport(*result);
  }
  return kExitOk;
}

}  // namespace

Command ScreenCommand() {
  return MakeCommand<EngineOptions, DeclareEngineOptions, RunScreen>(
      "screen", "Screen a consultation intake against the protocol");
}

Command PlanCommand() {
  return MakeCommand<EngineOptions, DeclareEngineOptions, RunPlan>(
      "plan", "Screen an intake and, unless not eligible, plan the treatment series");
}

}  // namespace needlepoint::cli
