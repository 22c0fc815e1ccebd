// Demo and scale data: realistic clinics with staff (providers working Monday to Saturday,
// 09:00-17:00), rooms, pens with serial numbers and visit lengths, patients with
// consultations screened and planned by the real engine, and a year of appointments (the
// consultation, each treatment session of the plan, a follow-up), placed in free slots of the
// clinic's working hours so that nothing overlaps.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "needlepoint/base/clock.h"
#include "needlepoint/protocol/protocol.h"
#include "needlepoint/storage/database.h"

namespace needlepoint::app {

struct DemoDataOptions {
  int clinics = 1;
  int patients_per_clinic = 200;
  uint32_t seed = 1;
  std::string slug_prefix = "demo";
  // Appointments fall in [first_day, first_day + days).
  base::CivilDate first_day;
  int days = 365;
};

struct DemoDataReport {
  int clinics = 0;
  int64_t staff = 0;
  int64_t patients = 0;
  int64_t consultations = 0;
  int64_t plans = 0;
  int64_t appointments = 0;
};

// Generates the data; `progress` (optional) is called after each clinic. Deterministic for a
// given seed and protocol. Fails on the first storage error; clinics already written stay.
base::Result<DemoDataReport> GenerateDemoData(
    storage::Database& db, const protocol::Protocol& protocol, const base::Clock& clock,
    const DemoDataOptions& options,
    const std::function<void(const DemoDataReport&)>& progress = {});

}  // namespace needlepoint::app
