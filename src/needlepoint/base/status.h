// Status and Result<T>: how every fallible Needlepoint call reports failure.
//
// Errors are values. A Status carries a small code (what kind of failure, which decides the
// HTTP status and CLI exit code in exactly one place each), a human message, and, for
// invalid input, the list of field problems, each naming the JSON path or file line at fault.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace needlepoint::base {

enum class StatusCode {
  kOk,
  kInvalidArgument,     // the caller's input is malformed or violates a rule; see problems()
  kNotFound,            // no such object visible to the caller (also: another tenant's object)
  kConflict,            // the write collides with existing state (double booking, duplicate)
  kFailedPrecondition,  // the system is not in a state that allows the operation
  kPermissionDenied,    // authenticated, but the role may not do this
  kUnauthenticated,     // no valid session or credentials
  kResourceExhausted,   // throttled or over a limit; retry later
  kUnavailable,         // a dependency (database, disk) is temporarily unusable
  kInternal,            // a bug or an unexpected library failure
};

// Returns the lower_snake_case name of `code` ("invalid_argument").
std::string_view StatusCodeName(StatusCode code);

// One problem with one field of an input document. `path` is a JSON pointer
// ("/medications/1/code") or "file:line" for data files; `message` says what is wrong.
struct FieldProblem {
  std::string path;
  std::string message;

  friend bool operator==(const FieldProblem&, const FieldProblem&) = default;
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  // An invalid-argument status listing every problem found; `message` summarises them.
  static Status Invalid(std::vector<FieldProblem> problems, std::string message = {});
  // A status of any code that names the fields or items it is about (e.g. a failed
  // precondition listing each finding that blocks a plan).
  static Status WithProblems(StatusCode code, std::vector<FieldProblem> problems,
                             std::string message);

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldProblem>& problems() const { return problems_; }

  // "invalid_argument: message" followed by one line per problem.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::vector<FieldProblem> problems_;
};

inline Status OkStatus() { return {}; }
inline Status InvalidArgument(std::string message) {
  return {StatusCode::kInvalidArgument, std::move(message)};
}
inline Status NotFound(std::string message) { return {StatusCode::kNotFound, std::move(message)}; }
inline Status Conflict(std::string message) { return {StatusCode::kConflict, std::move(message)}; }
inline Status FailedPrecondition(std::string message) {
  return {StatusCode::kFailedPrecondition, std::move(message)};
}
inline Status PermissionDenied(std::string message) {
  return {StatusCode::kPermissionDenied, std::move(message)};
}
inline Status Unauthenticated(std::string message) {
  return {StatusCode::kUnauthenticated, std::move(message)};
}
inline Status ResourceExhausted(std::string message) {
  return {StatusCode::kResourceExhausted, std::move(message)};
}
inline Status Unavailable(std::string message) {
  return {StatusCode::kUnavailable, std::move(message)};
}
inline Status Internal(std::string message) { return {StatusCode::kInternal, std::move(message)}; }

// A value or the Status explaining why there is none.
template <typename T>
using Result = std::expected<T, Status>;

// The error of `result`, or OK if it holds a value.
template <typename T>
Status StatusOf(const Result<T>& result) {
  return result.has_value() ? Status() : result.error();
}

// Wraps a non-OK status for returning from a function that returns Result<T>.
inline std::unexpected<Status> Fail(Status status) { return std::unexpected(std::move(status)); }

}  // namespace needlepoint::base

namespace needlepoint::base::internal {
inline bool IsOk(const Status& status) { return status.ok(); }
template <typename T>
bool IsOk(const Result<T>& result) {
  return result.has_value();
}
inline Status ErrorOf(Status&& status) { return std::move(status); }
template <typename T>
Status ErrorOf(Result<T>&& result) {
  return std::move(result).error();
}

// What the NP_ macros return: converts to a Status or to any Result<T>, so one macro serves
// functions of either return type.
struct PropagatedError {
  Status status;
  operator Status() && { return std::move(status); }  // NOLINT(google-explicit-constructor)
  template <typename T>
  operator Result<T>() && {  // NOLINT(google-explicit-constructor)
    return std::unexpected(std::move(status));
  }
};
}  // namespace needlepoint::base::internal

#define NP_CONCAT_INNER_(a, b) a##b
#define NP_CONCAT_(a, b) NP_CONCAT_INNER_(a, b)

// Evaluates `expr` (a Status, or a Result whose value is not needed); returns its error from
// the enclosing function (which returns Status or a Result) if it failed.
#define NP_RETURN_IF_ERROR(expr)                                           \
  do {                                                                     \
    auto np_outcome_ = (expr);                                             \
    if (!::needlepoint::base::internal::IsOk(np_outcome_))                 \
      return ::needlepoint::base::internal::PropagatedError{               \
          ::needlepoint::base::internal::ErrorOf(std::move(np_outcome_))}; \
  } while (false)

// Evaluates `rexpr` (a Result<T>); on error returns the error from the enclosing function,
// otherwise move-assigns the value to `lhs` (which may be a declaration: `auto x`).
#define NP_ASSIGN_OR_RETURN(lhs, rexpr) \
  NP_ASSIGN_OR_RETURN_IMPL_(NP_CONCAT_(np_result_, __LINE__), lhs, rexpr)
#define NP_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr)                                 \
  auto tmp = (rexpr);                                                              \
  if (!tmp.has_value())                                                            \
    return ::needlepoint::base::internal::PropagatedError{std::move(tmp).error()}; \
  lhs = std::move(tmp).value()
