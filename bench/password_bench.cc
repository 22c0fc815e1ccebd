// Argon2id cost on this machine, to pick the strongest setting that keeps a login (one
// verification) under ~300 ms (docs/SECURITY.md records the choice).
#include <benchmark/benchmark.h>

#include "needlepoint/security/password.h"

namespace {

void BM_Argon2idVerify(benchmark::State& state) {
  const needlepoint::security::Argon2Params params{static_cast<uint64_t>(state.range(0)) * 1024,
                                                   static_cast<uint64_t>(state.range(1))};
  const std::string hash =
      needlepoint::security::HashPassword("a long and unremarkable password", params).value();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        needlepoint::security::VerifyPassword("a long and unremarkable password", hash));
  }
  state.SetLabel(std::to_string(state.range(0)) + " MiB, t=" + std::to_string(state.range(1)));
}
BENCHMARK(BM_Argon2idVerify)
    ->Args({19, 2})  // OWASP minimum
    ->Args({46, 1})  // OWASP alternative
    ->Args({64, 2})
    ->Args({64, 3})  // RFC 9106 second recommendation's memory at t=3
    ->Args({128, 3})
    ->Args({256, 3})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
