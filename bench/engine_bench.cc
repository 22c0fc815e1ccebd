// The clinical engine against the cost of parsing its own input, in one run: strict JSON
// parsing of a realistic intake, the contract's intake validation, screening, planning, and
// writing the answer as JSON. The engine should cost less than parsing its input.
#include <benchmark/benchmark.h>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/strict_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/protocol/screen.h"

namespace {

using namespace needlepoint;  // NOLINT(google-build-using-namespace): benchmark file

// The contract's example intake: every section filled, several findings, four zones.
constexpr std::string_view kIntake = R"({
  "assessed_on": "2026-11-20",
  "planned_date": "2026-12-04",
  "patient": { "birth_date": "1988-03-14", "fitzpatrick": 4 },
  "areas": ["cheeks", "forehead", "perioral", "chin"],
  "concerns": [
    { "code": "acne_scars", "subtype": "rolling", "severity": 3, "areas": ["cheeks", "chin"] },
    { "code": "fine_lines", "severity": 2, "areas": ["forehead", "perioral"] },
    { "code": "hyperpigmentation", "subtype": "pih", "severity": 2 }
  ],
  "history": ["herpes_history", "diabetes_controlled"],
  "active": [ { "code": "acne", "areas": ["jawline"] } ],
  "medications": [
    { "code": "isotretinoin", "last_dose": "2026-04-01" },
    { "code": "topical_retinoid", "last_use": "2026-11-18" },
    { "code": "fish_oil" }
  ],
  "procedures": [ { "code": "filler", "date": "2026-11-10", "areas": ["perioral"] } ],
  "allergies": ["lidocaine", "penicillin"],
  "pregnant": false,
  "breastfeeding": false
})";

const base::CivilDate kToday = *base::CivilDate::FromYmd(2026, 11, 20);

domain::Intake ParsedIntake() { return *contract::ParseIntakeText(kIntake, {.today = kToday}); }

void BM_ParseJson(benchmark::State& state) {
  for (auto _ : state) {
    auto document = contract::ParseStrictJson(kIntake);
    benchmark::DoNotOptimize(document);
  }
}
BENCHMARK(BM_ParseJson);

void BM_ParseIntake(benchmark::State& state) {
  for (auto _ : state) {
    auto intake = contract::ParseIntakeText(kIntake, {.today = kToday});
    benchmark::DoNotOptimize(intake);
  }
}
BENCHMARK(BM_ParseIntake);

void BM_Screen(benchmark::State& state) {
  const auto protocol = protocol::DefaultProtocol();
  const domain::Intake intake = ParsedIntake();
  for (auto _ : state) {
    domain::Screening screening = protocol::Screen(*protocol, intake);
    benchmark::DoNotOptimize(screening);
  }
}
BENCHMARK(BM_Screen);

void BM_ScreenAndPlan(benchmark::State& state) {
  const auto protocol = protocol::DefaultProtocol();
  const domain::Intake intake = ParsedIntake();
  for (auto _ : state) {
    domain::PlanResult result = protocol::ScreenAndPlan(*protocol, intake);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_ScreenAndPlan);

void BM_WritePlanJson(benchmark::State& state) {
  const auto protocol = protocol::DefaultProtocol();
  const domain::PlanResult result = protocol::ScreenAndPlan(*protocol, ParsedIntake());
  for (auto _ : state) {
    std::string text = contract::PlanResultToJson(result).dump();
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_WritePlanJson);

void BM_EndToEnd(benchmark::State& state) {
  const auto protocol = protocol::DefaultProtocol();
  for (auto _ : state) {
    auto intake = contract::ParseIntakeText(kIntake, {.today = kToday});
    std::string text =
        contract::PlanResultToJson(protocol::ScreenAndPlan(*protocol, *intake)).dump();
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_EndToEnd);

void BM_LoadProtocol(benchmark::State& state) {
  for (auto _ : state) {
    auto protocol = protocol::LoadProtocol(protocol::DefaultProtocolText(), "default.toml");
    benchmark::DoNotOptimize(protocol);
  }
}
BENCHMARK(BM_LoadProtocol);

}  // namespace

BENCHMARK_MAIN();
