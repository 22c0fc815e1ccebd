// The audit log's hash chain: each row's hash is a keyed hash (HMAC-SHA-256) of the previous
// row's hash and this row's fields, so altering, removing or reordering any row breaks the
// chain from that row on, and without the key nobody can forge a consistent replacement.
// The key lives outside the database (see docs/SECURITY.md).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/domain/audit.h"

namespace needlepoint::storage {

inline constexpr std::size_t kAuditKeyBytes = 32;
using AuditKey = std::array<unsigned char, kAuditKeyBytes>;

// The prev_hash of a clinic's first row: 64 zeros.
const std::string& GenesisHash();

// The hex hash of `record` (its seq, time, entry fields and prev_hash) under `key`.
std::string AuditRowHash(const AuditKey& key, const domain::AuditRecord& record);

struct ChainReport {
  int64_t rows = 0;
  bool ok = true;
  int64_t first_bad_seq = 0;  // 0 when ok
  std::string problem;        // what is wrong at first_bad_seq
};

// Checks `rows` (one clinic's chain, in stored order) against `key` and the recorded head
// (`head_seq`, `head_hash`). Detects altered rows, removed rows (gaps, broken links, a head
// beyond the last row), reordered rows and a truncated tail.
ChainReport VerifyChain(const AuditKey& key, std::span<const domain::AuditRecord> rows,
                        int64_t head_seq, const std::string& head_hash);

// A new random key.
AuditKey NewAuditKey();
// The key as 64 hex digits, and back (kInvalidArgument for anything else).
std::string AuditKeyToHex(const AuditKey& key);
base::Result<AuditKey> AuditKeyFromHex(std::string_view hex);

}  // namespace needlepoint::storage
