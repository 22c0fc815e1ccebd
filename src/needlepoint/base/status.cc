#include "needlepoint/base/status.h"

namespace needlepoint::base {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kConflict:
      return "conflict";
    case StatusCode::kFailedPrecondition:
      return "failed_precondition";
    case StatusCode::kPermissionDenied:
      return "permission_denied";
    case StatusCode::kUnauthenticated:
      return "unauthenticated";
    case StatusCode::kResourceExhausted:
      return "resource_exhausted";
    case StatusCode::kUnavailable:
      return "unavailable";
    case StatusCode::kInternal:
      return "internal";
  }
  return "unknown";
}

Status Status::Invalid(std::vector<FieldProblem> problems, std::string message) {
  if (message.empty()) {
    message = problems.size() == 1 ? "1 problem with the input"
                                   : std::to_string(problems.size()) + " problems with the input";
  }
  Status status(StatusCode::kInvalidArgument, std::move(message));
  status.problems_ = std::move(problems);
  return status;
}

Status Status::WithProblems(StatusCode code, std::vector<FieldProblem> problems,
                            std::string message) {
  Status status(code, std::move(message));
  status.problems_ = std::move(problems);
  return status;
}

std::string Status::ToString() const {
  std::string out(StatusCodeName(code_));
  if (!message_.empty()) out += ": " + message_;
  for (const FieldProblem& problem : problems_) {
    out += "\n  " + problem.path + ": " + problem.message;
  }
  return out;
}

}  // namespace needlepoint::base
