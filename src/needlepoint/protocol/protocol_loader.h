// Loading a clinical protocol from TOML text, with validation that makes an unsafe protocol
// impossible to load: no depth above a zone's hard maximum (and no hard maximum above the
// ceiling built into Needlepoint), no negative window, no unknown code or key, no undated
// timeline item, no finding level weaker than the contract's, no contract action dropped, no
// zone, concern, finding or timeline item missing.
#pragma once

#include <memory>
#include <string_view>

#include "needlepoint/base/status.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

// Parses and validates `toml_text`. On failure returns kInvalidArgument listing every
// problem, each with path "<file_name>:<line>" and a message such as
// "depth max 2.5 exceeds zone hard maximum 2.0 for 'cheeks'". Pure: does no I/O.
// The [triage] section (patients' adverse-event reports) is optional: a file without it —
// one written before triage existed — takes the built-in protocol's rules; a file with it is
// checked against the floors in safety_limits.h (signs of infection and a cold sore are
// always urgent).
base::Result<Protocol> LoadProtocol(std::string_view toml_text, std::string_view file_name);

// The protocol shipped inside the binary (protocol/default.toml).
std::string_view DefaultProtocolText();

// The shipped protocol, loaded once. Thread-safe. The shipped file is validated by the test
// suite, so a failure here is a build defect and aborts.
std::shared_ptr<const Protocol> DefaultProtocol();

}  // namespace needlepoint::protocol
