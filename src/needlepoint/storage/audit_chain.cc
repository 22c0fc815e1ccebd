#include "needlepoint/storage/audit_chain.h"

#include <sodium.h>

#include <stdexcept>

#include "needlepoint/security/sodium_init.h"

namespace needlepoint::storage {
namespace {

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2, '0');
  sodium_bin2hex(out.data(), out.size() + 1, bytes, size);
  return out;
}

// Appends a length-prefixed field, so no two different rows serialise the same way.
void Field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

}  // namespace

const std::string& GenesisHash() {
  static const std::string genesis(64, '0');
  return genesis;
}

std::string AuditRowHash(const AuditKey& key, const domain::AuditRecord& record) {
  security::EnsureSodium();
  const domain::AuditEntry& e = record.entry;
  std::string message;
  message.reserve(256);
  Field(message, std::to_string(record.clinic_id.value()));
  Field(message, std::to_string(record.seq));
  Field(message, std::to_string(record.at.time_since_epoch().count()));
  Field(message, e.user_id ? std::to_string(e.user_id->value()) : "");
  Field(message, e.role ? domain::CodeName(*e.role) : "");
  Field(message, e.action);
  Field(message, e.object_type);
  Field(message, e.object_id);
  Field(message, e.patient_id ? std::to_string(e.patient_id->value()) : "");
  Field(message, e.request_id);
  Field(message, domain::CodeName(e.outcome));
  Field(message, e.detail);
  Field(message, record.prev_hash);
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, key.data(), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return Hex(mac, sizeof mac);
}

ChainReport VerifyChain(const AuditKey& key, std::span<const domain::AuditRecord> rows,
                        int64_t head_seq, const std::string& head_hash) {
  ChainReport report;
  report.rows = static_cast<int64_t>(rows.size());
  auto fail = [&](int64_t seq, std::string problem) {
    report.ok = false;
    report.first_bad_seq = seq;
    report.problem = std::move(problem);
    return report;
  };
  std::string previous = GenesisHash();
  int64_t expected_seq = 1;
  for (const domain::AuditRecord& row : rows) {
    if (row.seq != expected_seq) {
      return fail(row.seq, "expected row " + std::to_string(expected_seq) + " here, found row " +
                               std::to_string(row.seq) + " (a row was removed or reordered)");
    }
    if (row.prev_hash != previous) {
      return fail(row.seq, "the link to the previous row is broken");
    }
    if (AuditRowHash(key, row) != row.hash) {
      return fail(row.seq, "the row's content does not match its hash (altered)");
    }
    previous = row.hash;
    ++expected_seq;
  }
  const int64_t last = expected_seq - 1;
  if (head_seq != last) {
    return fail(last + 1, "the chain head records row " + std::to_string(head_seq) +
                              " but the last row is " + std::to_string(last) +
                              " (rows were removed from the end)");
  }
  if (head_hash != previous) {
    return fail(last, "the chain head's hash does not match the last row");
  }
  return report;
}

AuditKey NewAuditKey() {
  security::EnsureSodium();
  AuditKey key;
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string AuditKeyToHex(const AuditKey& key) { return Hex(key.data(), key.size()); }

base::Result<AuditKey> AuditKeyFromHex(std::string_view hex) {
  security::EnsureSodium();
  AuditKey key;
  std::size_t length = 0;
  if (hex.size() != 2 * kAuditKeyBytes ||
      sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &length, nullptr) !=
          0 ||
      length != key.size()) {
    return base::Fail(base::InvalidArgument("an audit key is 64 hexadecimal digits"));
  }
  return key;
}

}  // namespace needlepoint::storage
