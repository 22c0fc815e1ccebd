#include "needlepoint/storage/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>
#include <vector>

namespace needlepoint::storage::postgres {
namespace {

// Type oids from pg_type.h (server headers are not installed for clients).
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string SqlState(const PGresult* result) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  return state != nullptr ? state : "";
}

// Maps a failed result to a Status without leaking SQL text to callers.
base::Status ErrorStatus(pg_conn* conn, const PGresult* result) {
  if (PQstatus(conn) != CONNECTION_OK) {
    return base::Unavailable("lost the connection to PostgreSQL");
  }
  const std::string state = SqlState(result);
  const char* primary =
      result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string message = primary != nullptr ? primary : PQerrorMessage(conn);
  if (state == "23P01") {
    return base::Conflict("the provider, room or device is already booked at that time");
  }
  if (state == "23505") return base::Conflict("a record with the same key already exists");
  if (state == "23503") return base::FailedPrecondition("a referenced record does not exist");
  if (state == "23514" || state == "23502" || state.starts_with("22")) {
    return base::InvalidArgument("a value is outside what the schema allows");
  }
  if (state == "40001" || state == "40P01" || state == "55P03") {
    return base::Unavailable("the database is busy with a concurrent change; retry");
  }
  if (state == "P0001") return base::FailedPrecondition(message);  // append-only audit log
  if (state.starts_with("08") || state == "57P01" || state == "53300") {
    return base::Unavailable("PostgreSQL is unavailable: " + message);
  }
  return base::Internal("database error " + state + ": " + message);
}

sql::SqlValue Value(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return std::monostate{};
  const char* text = PQgetvalue(result, row, column);
  const int length = PQgetlength(result, row, column);
  switch (PQftype(result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid: {
      int64_t value = 0;
      std::from_chars(text, text + length, value);
      return value;
    }
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return std::strtod(text, nullptr);
    default:
      return std::string(text, static_cast<size_t>(length));
  }
}

}  // namespace

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  bool in_literal = false;
  for (char c : sql) {
    if (c == '\'') in_literal = !in_literal;
    if (c == '?' && !in_literal) {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

base::Result<std::unique_ptr<PgConnection>> PgConnection::Connect(const std::string& conninfo) {
  pg_conn* conn = PQconnectdb(conninfo.c_str());
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string message = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    PQfinish(conn);
    return base::Fail(base::Unavailable("cannot connect to PostgreSQL: " + message));
  }
  // Server notices ("relation already exists, skipping") are not errors; keep them off stderr.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection() { PQfinish(conn_); }

bool PgConnection::Healthy() const {
  return PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE;
}

bool PgConnection::TransactionFailed() const {
  return PQtransactionStatus(conn_) == PQTRANS_INERROR;
}

base::Result<pg_result*> PgConnection::Run(std::string_view sql,
                                           std::span<const sql::SqlParam> params) {
  auto it = prepared_.find(sql);
  if (it == prepared_.end()) {
    const std::string name = "np" + std::to_string(prepared_.size() + 1);
    ResultPtr prepared(PQprepare(conn_, name.c_str(), NumberPlaceholders(sql).c_str(),
                                 static_cast<int>(params.size()), nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
      return base::Fail(ErrorStatus(conn_, prepared.get()));
    }
    it = prepared_.emplace(std::string(sql), name).first;
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    const sql::SqlValue& value = params[i].value();
    if (const auto* n = std::get_if<int64_t>(&value)) {
      texts[i] = std::to_string(*n);
    } else if (const auto* d = std::get_if<double>(&value)) {
      char buffer[32];
      texts[i].assign(buffer, std::to_chars(buffer, buffer + sizeof buffer, *d).ptr);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      values[i] = s->c_str();  // the caller's text, alive until the call returns
      continue;
    } else {
      continue;  // NULL
    }
    values[i] = texts[i].c_str();
  }
  PGresult* result = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()),
                                    values.data(), nullptr, nullptr, /*resultFormat=*/0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    base::Status error = ErrorStatus(conn_, result);
    PQclear(result);
    return base::Fail(std::move(error));
  }
  return result;
}

base::Result<sql::SqlRows> PgConnection::Query(std::string_view sql,
                                               std::span<const sql::SqlParam> params) {
  NP_ASSIGN_OR_RETURN(pg_result * raw, Run(sql, params));
  ResultPtr result(raw);
  const int rows = PQntuples(raw);
  const int columns = PQnfields(raw);
  sql::SqlRows out;
  out.reserve(static_cast<size_t>(rows));
  for (int r = 0; r < rows; ++r) {
    std::vector<sql::SqlValue> values;
    values.reserve(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) values.push_back(Value(raw, r, c));
    out.emplace_back(std::move(values));
  }
  return out;
}

base::Result<int64_t> PgConnection::Execute(std::string_view sql,
                                            std::span<const sql::SqlParam> params) {
  NP_ASSIGN_OR_RETURN(pg_result * raw, Run(sql, params));
  ResultPtr result(raw);
  const char* affected = PQcmdTuples(raw);
  return affected != nullptr && *affected != '\0' ? std::stoll(affected) : int64_t{0};
}

base::Result<int64_t> PgConnection::NextId() {
  NP_ASSIGN_OR_RETURN(sql::SqlRows rows, Query("SELECT nextval('np_ids')", {}));
  return rows.front().Int(0);
}

base::Status PgConnection::SetTenant(base::ClinicId clinic) {
  // Transaction-local: it ends with the transaction, so a pooled connection never carries a
  // tenant into the next one.
  return base::StatusOf(
      Query("SELECT set_config('app.clinic_id', ?, true)", {std::to_string(clinic.value())}));
}

base::Status PgConnection::LockResources(std::span<const int64_t> resources) {
  // Transaction-level advisory locks, taken in ascending order so that two writers never
  // wait for each other in a cycle. Ids come from one database-wide sequence, so an id
  // names one resource; bit 62 keeps these keys apart from the migration lock.
  std::vector<int64_t> keys(resources.begin(), resources.end());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (int64_t id : keys) {
    NP_RETURN_IF_ERROR(base::StatusOf(
        Query("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT))", {(int64_t{1} << 62) | id})));
  }
  return base::OkStatus();
}

base::Status PgConnection::Exec(std::string_view command) {
  ResultPtr result(PQexec(conn_, std::string(command).c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return ErrorStatus(conn_, result.get());
  }
  return base::OkStatus();
}

base::Result<std::string> PgConnection::Show(std::string_view setting) {
  ResultPtr result(PQexec(conn_, ("SHOW " + std::string(setting)).c_str()));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
    return base::Fail(ErrorStatus(conn_, result.get()));
  }
  return std::string(PQgetvalue(result.get(), 0, 0));
}

}  // namespace needlepoint::storage::postgres
