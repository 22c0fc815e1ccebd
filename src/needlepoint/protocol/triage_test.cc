// The shipped triage rules (protocol/default.toml [triage]) and the triage engine: signs of
// infection and cold sores are urgent on any day, expected effects reassure inside their
// window and ask for a review outside it, and a report is as urgent as its worst symptom.
#include "needlepoint/protocol/triage.h"

#include <gtest/gtest.h>

#include "needlepoint/protocol/protocol_loader.h"

namespace needlepoint::protocol {
namespace {

using domain::Symptom;
using domain::SymptomSet;
using domain::Urgency;

const Protocol& Default() { return *DefaultProtocol(); }

struct Case {
  SymptomSet symptoms;
  int day;
  Urgency expected;
};

TEST(Triage, InfectionSignsAndColdSoresAreUrgentOnAnyDay) {
  for (Symptom symptom : {Symptom::kPus, Symptom::kFever, Symptom::kSpreadingRedness,
                          Symptom::kIncreasingPain, Symptom::kColdSore}) {
    for (int day : {0, 1, 3, 10, 40}) {
      const domain::Triage triage = TriageReport(Default(), {symptom}, day);
      EXPECT_EQ(triage.urgency, Urgency::kUrgent) << domain::CodeName(symptom) << " day " << day;
      ASSERT_EQ(triage.symptoms.size(), 1u);
      EXPECT_FALSE(triage.symptoms[0].message.empty());
    }
  }
}

TEST(Triage, ExpectedEffectsInsideTheirWindowReassure) {
  const std::vector<Case> cases = {
      {{Symptom::kRedness}, 0, Urgency::kExpected},
      {{Symptom::kRedness}, 3, Urgency::kExpected},  // "up to 3 days"
      {{Symptom::kRedness}, 4, Urgency::kReview},    // one day later than expected
      {{Symptom::kFlaking}, 1, Urgency::kReview},    // before days 2-3
      {{Symptom::kFlaking}, 2, Urgency::kExpected},
      {{Symptom::kFlaking}, 3, Urgency::kExpected},
      {{Symptom::kFlaking}, 4, Urgency::kReview},
      {{Symptom::kRedness, Symptom::kFlaking}, 2, Urgency::kExpected},
      {{Symptom::kSwelling}, 2, Urgency::kExpected},
      {{Symptom::kSwelling}, 3, Urgency::kReview},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(TriageReport(Default(), c.symptoms, c.day).urgency, c.expected)
        << c.symptoms.size() << " symptoms on day " << c.day;
  }
}

TEST(Triage, TheWorstSymptomDecides) {
  const domain::Triage triage =
      TriageReport(Default(), {Symptom::kRedness, Symptom::kFlaking, Symptom::kPus}, 2);
  EXPECT_EQ(triage.urgency, Urgency::kUrgent);
  ASSERT_EQ(triage.symptoms.size(), 3u);
  // In checklist order, each with its own judgement.
  EXPECT_EQ(triage.symptoms[0].symptom, Symptom::kPus);
  EXPECT_EQ(triage.symptoms[0].urgency, Urgency::kUrgent);
  EXPECT_EQ(triage.symptoms[1].symptom, Symptom::kRedness);
  EXPECT_EQ(triage.symptoms[1].urgency, Urgency::kExpected);
  EXPECT_EQ(triage.symptoms[2].urgency, Urgency::kExpected);
  EXPECT_EQ(TriageReport(Default(), {Symptom::kNewDarkSpots, Symptom::kRedness}, 1).urgency,
            Urgency::kReview);
}

TEST(Triage, ANoteWithoutSymptomsIsReviewed) {
  const domain::Triage triage = TriageReport(Default(), {}, 1);
  EXPECT_EQ(triage.urgency, Urgency::kReview);
  EXPECT_TRUE(triage.symptoms.empty());
  EXPECT_EQ(triage.protocol, Default().ref);
}

TEST(Triage, ExpectedMessagesExplainRatherThanAlarm) {
  const domain::Triage inside = TriageReport(Default(), {Symptom::kRedness}, 1);
  EXPECT_NE(inside.symptoms[0].message.find("expected"), std::string::npos)
      << inside.symptoms[0].message;
  const domain::Triage outside = TriageReport(Default(), {Symptom::kRedness}, 6);
  EXPECT_NE(outside.symptoms[0].message, inside.symptoms[0].message);
  EXPECT_NE(TriageAdviceFor(Default(), Urgency::kUrgent).find("call the clinic now"),
            std::string::npos);
}

// The loader: the rules live in the data file and are validated with line-accurate errors.
std::string Edited(std::string_view from, std::string_view to) {
  std::string text(DefaultProtocolText());
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

// The line of `needle` in the shipped file (1-based).
int LineOf(std::string_view needle) {
  const std::string_view text = DefaultProtocolText();
  const size_t pos = text.find(needle);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + pos, '\n'));
}

TEST(TriageRules, InfectionSignsCannotBeWeakened) {
  const std::string needle = "[triage.symptoms.pus]\nurgency = \"urgent\"";
  const base::Result<Protocol> loaded =
      LoadProtocol(Edited(needle, "[triage.symptoms.pus]\nurgency = \"review\""), "clinic.toml");
  ASSERT_FALSE(loaded.has_value());
  ASSERT_EQ(loaded.error().problems().size(), 1u) << loaded.error().ToString();
  EXPECT_EQ(loaded.error().problems()[0].path, "clinic.toml:" + std::to_string(LineOf(needle) + 1));
  EXPECT_NE(loaded.error().problems()[0].message.find("weaker than Needlepoint's floor 'urgent'"),
            std::string::npos);
}

TEST(TriageRules, ColdSoreCannotBeExpected) {
  const base::Result<Protocol> loaded = LoadProtocol(
      Edited("[triage.symptoms.cold_sore]\nurgency = \"urgent\"",
             "[triage.symptoms.cold_sore]\nurgency = \"expected\"\nexpected_days = { from = 0, "
             "to = 3 }\noutside_urgency = \"urgent\"\noutside_message = \"call\""),
      "clinic.toml");
  ASSERT_FALSE(loaded.has_value());
  EXPECT_NE(loaded.error().ToString().find("cold_sore"), std::string::npos);
}

TEST(TriageRules, AnExpectedEffectNeedsItsWindowAndWhatHappensOutsideIt) {
  const base::Result<Protocol> loaded =
      LoadProtocol(Edited("expected_days = { from = 0, to = 3 }\nmessage = \"Redness like",
                          "message = \"Redness like"),
                   "clinic.toml");
  ASSERT_FALSE(loaded.has_value());
  EXPECT_NE(loaded.error().ToString().find("needs expected_days"), std::string::npos)
      << loaded.error().ToString();
}

TEST(TriageRules, AWindowMustBeOrdered) {
  const base::Result<Protocol> loaded = LoadProtocol(
      Edited("expected_days = { from = 2, to = 3 }", "expected_days = { from = 3, to = 2 }"),
      "clinic.toml");
  ASSERT_FALSE(loaded.has_value());
  EXPECT_NE(loaded.error().ToString().find("expected_days"), std::string::npos);
}

TEST(TriageRules, EverySymptomNeedsARuleAndUnknownOnesAreRefused) {
  const base::Result<Protocol> missing =
      LoadProtocol(Edited("[triage.symptoms.bruising]", "[triage.symptoms.bruises]"), "c.toml");
  ASSERT_FALSE(missing.has_value());
  const std::string text = missing.error().ToString();
  EXPECT_NE(text.find("unknown symptom 'bruises'"), std::string::npos) << text;
  EXPECT_NE(text.find("missing symptom 'bruising'"), std::string::npos) << text;
}

TEST(TriageRules, AFileWithoutTriageUsesTheBuiltInRules) {
  std::string text(DefaultProtocolText());
  text.erase(text.rfind("\n# -", text.find("# Triage of patients")));
  const base::Result<Protocol> loaded = LoadProtocol(text, "older.toml");
  ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
  EXPECT_TRUE(loaded->triage_built_in);
  EXPECT_FALSE(Default().triage_built_in);
  EXPECT_EQ(TriageReport(*loaded, {Symptom::kPus}, 1).urgency, Urgency::kUrgent);
  EXPECT_EQ(TriageReport(*loaded, {Symptom::kRedness}, 1).urgency, Urgency::kExpected);
}

TEST(TriageRules, EveryShippedRuleHasASource) {
  for (Symptom symptom : domain::AllCodes<Symptom>()) {
    EXPECT_FALSE(Default().triage_rule(symptom).text.source.empty()) << domain::CodeName(symptom);
  }
}

}  // namespace
}  // namespace needlepoint::protocol
