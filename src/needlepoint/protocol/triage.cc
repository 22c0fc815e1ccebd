#include "needlepoint/protocol/triage.h"

#include <algorithm>

namespace needlepoint::protocol {

domain::Triage TriageReport(const Protocol& protocol, domain::SymptomSet symptoms, int day) {
  domain::Triage triage;
  triage.day = std::max(day, 0);
  triage.protocol = protocol.ref;
  triage.urgency = domain::Urgency::kReview;
  bool any = false;
  symptoms.ForEach([&](domain::Symptom symptom) {
    const TriageRule& rule = protocol.triage_rule(symptom);
    domain::SymptomTriage judged{symptom, rule.urgency, rule.message};
    if (rule.urgency == domain::Urgency::kExpected && rule.expected_days) {
      const auto [from, to] = *rule.expected_days;
      if (triage.day < from || triage.day > to) {
        judged.urgency = rule.outside_urgency;
        judged.message = rule.outside_message;
      }
    }
    // The strongest urgency has the lowest enum value.
    triage.urgency = any ? std::min(triage.urgency, judged.urgency) : judged.urgency;
    any = true;
    triage.symptoms.push_back(std::move(judged));
  });
  return triage;
}

const std::string& TriageAdviceFor(const Protocol& protocol, domain::Urgency urgency) {
  return protocol.triage_advice.by_urgency[static_cast<size_t>(urgency)];
}

}  // namespace needlepoint::protocol
