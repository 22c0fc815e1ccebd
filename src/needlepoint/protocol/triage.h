// Triage of a patient's adverse-event report by the protocol's [triage] rules: each symptom's
// urgency on the day after the session it was reported (an expected effect outside its window
// is treated as the rule says), and the strongest of them. Pure and thread-safe.
#pragma once

#include <string>

#include "needlepoint/domain/adverse_event.h"
#include "needlepoint/protocol/protocol.h"

namespace needlepoint::protocol {

// The triage of `symptoms` reported `day` days after the session (0: the session's day;
// negative days count as day 0). A report with no symptom (a note only) is a review.
domain::Triage TriageReport(const Protocol& protocol, domain::SymptomSet symptoms, int day);

// What the patient is told overall for `urgency`.
const std::string& TriageAdviceFor(const Protocol& protocol, domain::Urgency urgency);

}  // namespace needlepoint::protocol
