// `needlepoint screen` and `needlepoint plan`: an intake file in, the contract's answer out.
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/base/time_zone.h"
#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/cli/text_report.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/screening.h"

namespace needlepoint::cli {
namespace {

struct EngineOptions {
  std::string input;
  std::string protocol;
  std::string format = "json";
  std::string today;
};

void AddEngineOptions(CLI::App& app, EngineOptions& options) {
  app.add_option("--protocol", options.protocol,
                 "Protocol TOML file to use instead of the built-in one");
  app.add_option("--format", options.format, "Output: json (the contract) or text (for a desk)")
      ->check(CLI::IsMember({"json", "text"}));
  app.add_option("--today", options.today,
                 "Date used when the intake has no assessed_on (default: today, local time)");
  app.add_option("intake", options.input, "Intake JSON file, or - for standard input")->required();
}

// Runs the engine on the intake; `answer` turns (protocol, intake) into json + text.
template <typename Answer>
int RunEngine(const EngineOptions& options, CommandContext& context, Answer answer) {
  base::CivilDate today = base::Today(context.clock, base::TimeZone::Local());
  if (!options.today.empty()) {
    base::Result<base::CivilDate> parsed = base::CivilDate::Parse(options.today);
    if (!parsed) {
      context.err << "--today: " << parsed.error().message() << "\n";
      return kExitBadInput;
    }
    today = *parsed;
  }
  base::Result<std::shared_ptr<const protocol::Protocol>> protocol =
      LoadProtocolOption(options.protocol);
  if (!protocol) {
    PrintStatus(protocol.error(), context.err);
    return kExitBadInput;
  }
  base::Result<std::string> text = ReadInput(options.input, context.in);
  if (!text) {
    PrintStatus(text.error(), context.err);
    return kExitBadInput;
  }
  base::Result<domain::Intake> intake =
      contract::ParseIntakeText(*text, {.today = today, .aliases = &(*protocol)->aliases});
  if (!intake) {
    PrintStatus(intake.error(), context.err);
    return kExitBadInput;
  }
  answer(**protocol, *intake, options.format == "json");
  return kExitOk;
}

}  // namespace

Command ScreenCommand() {
  return {"screen", "Screen a consultation intake against the protocol",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto options = std::make_shared<EngineOptions>();
            AddEngineOptions(app, *options);
            return [options, &context] {
              return RunEngine(
                  *options, context,
                  [&](const protocol::Protocol& protocol, const domain::Intake& intake, bool json) {
                    const domain::Screening screening = protocol::Screen(protocol, intake);
                    if (json) {
                      context.out << contract::ScreeningToJson(screening).dump(2) << "\n";
                    } else {
                      context.out << ScreeningReport(screening);
                    }
                  });
            };
          }};
}

Command PlanCommand() {
  return {"plan", "Screen an intake and, unless not eligible, plan the treatment series",
          [](CLI::App& app, CommandContext& context) -> std::function<int()> {
            auto options = std::make_shared<EngineOptions>();
            AddEngineOptions(app, *options);
            return [options, &context] {
              return RunEngine(
                  *options, context,
                  [&](const protocol::Protocol& protocol, const domain::Intake& intake, bool json) {
                    const domain::PlanResult result = protocol::ScreenAndPlan(protocol, intake);
                    if (json) {
                      context.out << contract::PlanResultToJson(result).dump(2) << "\n";
                    } else {
                      context.out << PlanReport(result);
                    }
                  });
            };
          }};
}

}  // namespace needlepoint::cli
