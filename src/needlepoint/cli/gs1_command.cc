// `needlepoint gs1 parse TEXT|-`: a cartridge barcode's GS1 element string (the session-day
// contract §1) as JSON. Exit 0 with the contract's object; 2 with one line naming the AI and
// the problem.
#include <CLI/CLI.hpp>
#include <iostream>

#include "needlepoint/cli/commands.h"
#include "needlepoint/cli/input.h"
#include "needlepoint/contract/gs1.h"

namespace needlepoint::cli {
namespace {

// A barcode is short; anything longer is not one.
constexpr std::size_t kMaxBarcodeBytes = 4096;

int Parse(const std::string& text, CommandContext& context) {
  std::string input = text;
  if (text == "-") {
    base::Result<std::string> read = ReadInput("-", context.in, kMaxBarcodeBytes);
    if (!read) return Failed(read.error(), context);
    input = std::move(*read);
  }
  base::Result<contract::Gs1Element> element = contract::ParseGs1(input);
  if (!element) {
    context.err << element.error().message() << "\n";
    return kExitBadInput;
  }
  context.out << contract::Gs1ToJson(*element).dump(2) << "\n";
  return kExitOk;
}

}  // namespace

Command Gs1Command() {
  return {
      "gs1", "Read a needle cartridge's GS1 barcode (GTIN, lot, serial, expiry)",
      [](CLI::App& app, CommandContext& context) -> std::function<int()> {
        app.require_subcommand(1);
        auto text = std::make_shared<std::string>();
        auto selected = std::make_shared<bool>(false);
        CLI::App* parse = app.add_subcommand(
            "parse",
            "Parse a GS1 element string, human-readable '(01)…(17)…' or as a scanner "
            "types it (symbology identifier, group separators); - reads standard input");
        parse->add_option("text", *text, "The element string, or - for standard input")->required();
        parse->callback([selected] { *selected = true; });
        return [=, &context] { return *selected ? Parse(*text, context) : kExitBadInput; };
      }};
}

}  // namespace needlepoint::cli
