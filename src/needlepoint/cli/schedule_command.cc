// `needlepoint schedule propose FILE|-` (the scheduling contract: exit 0 with the proposal,
// 3 when unplaceable, 2 with one line per input problem) and `needlepoint schedule
// free-slots FILE|-` (the first free starts for one appointment).
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/contract/schedule_input_json.h"
#include "needlepoint/contract/schedule_result_json.h"
#include "needlepoint/schedule/free_slots.h"
#include "needlepoint/schedule/series.h"

namespace needlepoint::cli {
namespace {

// A year of a busy clinic's bookings as JSON is ~40 MB.
constexpr std::size_t kMaxScheduleInputBytes = 64 << 20;

int Propose(const std::string& file, CommandContext& context) {
  base::Result<std::string> text = ReadInput(file, context.in, kMaxScheduleInputBytes);
  if (!text) return Failed(text.error(), context);
  base::Result<contract::SeriesInput> input = contract::ParseSeriesInputText(*text);
  if (!input) return Failed(input.error(), context);
  const base::TimeZone zone = input->calendar.zone;
  base::Result<schedule::Availability> availability =
      schedule::Availability::Build(std::move(input->calendar));
  if (!availability) return Failed(availability.error(), context);
  base::Result<schedule::SeriesProposal> proposal =
      schedule::ProposeSeries(*availability, input->request);
  if (!proposal) return Failed(proposal.error(), context);
  context.out << contract::SeriesProposalToJson(*proposal, zone).dump(2) << "\n";
  return proposal->unplaceable ? kExitUnplaceable : kExitOk;
}

int FreeSlots(const std::string& file, CommandContext& context) {
  base::Result<std::string> text = ReadInput(file, context.in, kMaxScheduleInputBytes);
  if (!text) return Failed(text.error(), context);
  base::Result<contract::SlotSearchInput> input = contract::ParseSlotSearchInputText(*text);
  if (!input) return Failed(input.error(), context);
  const base::TimeZone zone = input->calendar.zone;
  base::Result<schedule::Availability> availability =
      schedule::Availability::Build(std::move(input->calendar));
  if (!availability) return Failed(availability.error(), context);
  base::Result<std::vector<schedule::Slot>> slots =
      schedule::FindFreeSlots(*availability, input->request);
  if (!slots) return Failed(slots.error(), context);
  context.out << contract::FreeSlotsToJson(*slots, zone).dump(2) << "\n";
  return kExitOk;
}

}  // namespace

Command ScheduleCommand() {
  return {
      "schedule", "Propose a treatment series, or find free slots for one appointment",
      [](CLI::App& app, CommandContext& context) -> std::function<int()> {
        app.require_subcommand(1);
        auto file = std::make_shared<std::string>();
        auto selected = std::make_shared<std::function<int()>>();

        CLI::App* propose = app.add_subcommand(
            "propose", "Place every session of a series (the scheduling contract)");
        propose->add_option("input", *file, "Input JSON file, or - for standard input")->required();
        propose->callback(
            [=, &context] { *selected = [=, &context] { return Propose(*file, context); }; });

        CLI::App* free = app.add_subcommand(
            "free-slots", "The first free starts for one appointment from a date on");
        free->add_option("input", *file, "Input JSON file, or - for standard input")->required();
        free->callback(
            [=, &context] { *selected = [=, &context] { return FreeSlots(*file, context); }; });
        return [selected] { return (*selected) ? (*selected)() : kExitBadInput; };
      }};
}

}  // namespace needlepoint::cli
