// Test helpers for the in-memory twin's tests: a database on a fake clock with two clinics,
// and short ways to run a transaction and build rows.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "needlepoint/storage/memory/memory_database.h"

namespace needlepoint::storage::memory::testing {

inline const base::Timestamp kMonday9am =
    base::Timestamp(std::chrono::sys_days(std::chrono::year{2025} / 3 / 3)) + std::chrono::hours(9);

class MemoryDatabaseTest : public ::testing::Test {
 protected:
  MemoryDatabaseTest() : clock_(kMonday9am), key_(NewAuditKey()), db_(clock_, key_) {
    harbour_ = db_.CreateClinic({"harbour-skin", "Harbour Skin", "Europe/London"})->id;
    meadow_ = db_.CreateClinic({"meadow", "Meadow Clinic", "Europe/Paris"})->id;
  }

  std::unique_ptr<Transaction> Write(base::ClinicId clinic) {
    return std::move(db_.Begin(clinic, Access::kWrite)).value();
  }
  std::unique_ptr<Transaction> Read(base::ClinicId clinic) {
    return std::move(db_.Begin(clinic, Access::kRead)).value();
  }

  static domain::Patient NewPatient(std::string given, std::string family) {
    domain::Patient patient;
    patient.given_name = std::move(given);
    patient.family_name = std::move(family);
    patient.birth_date = *base::CivilDate::FromYmd(1990, 5, 17);
    return patient;
  }

  static domain::User NewStaff(std::string email, domain::Role role, std::string name) {
    domain::User user;
    user.email = std::move(email);
    user.role = role;
    user.display_name = std::move(name);
    user.password_hash = "$argon2id$stub";
    return user;
  }

  static domain::AuditEntry Entry(std::string action) {
    domain::AuditEntry entry;
    entry.action = std::move(action);
    return entry;
  }

  // A query for up to `limit` audit rows, filtered by nothing else.
  static AuditQuery AllRows(int limit = 100000) {
    AuditQuery query;
    query.limit = limit;
    return query;
  }

  static PatientQuery Find(std::string text, int limit = 50, int offset = 0) {
    return {std::move(text), limit, offset};
  }

  // Commits a new patient in `clinic` and returns it.
  domain::Patient AddPatient(base::ClinicId clinic, std::string given, std::string family) {
    auto txn = Write(clinic);
    domain::Patient patient = txn->patients().Create(NewPatient(given, family)).value();
    EXPECT_TRUE(txn->Commit().ok());
    return patient;
  }

  base::FakeClock clock_;
  AuditKey key_;
  MemoryDatabase db_;
  base::ClinicId harbour_;
  base::ClinicId meadow_;
};

}  // namespace needlepoint::storage::memory::testing
