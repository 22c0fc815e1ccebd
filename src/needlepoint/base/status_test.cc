#include "needlepoint/base/status.h"

#include <gtest/gtest.h>

namespace needlepoint::base {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return Fail(InvalidArgument(std::to_string(n) + " is odd"));
  return n / 2;
}

Result<int> Quarter(int n) {
  NP_ASSIGN_OR_RETURN(int half, Half(n));
  NP_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

Status CheckPositive(int n) {
  if (n <= 0) return InvalidArgument(std::to_string(n) + " is not positive");
  return OkStatus();
}

Status CheckBothPositive(int a, int b) {
  NP_RETURN_IF_ERROR(CheckPositive(a));
  NP_RETURN_IF_ERROR(CheckPositive(b));
  return OkStatus();
}

Result<int> SumOfPositives(int a, int b) {
  NP_RETURN_IF_ERROR(CheckBothPositive(a, b));
  return a + b;
}

TEST(StatusTest, DefaultIsOk) {
  Status status;
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(status.ToString(), "ok");
}

TEST(StatusTest, InvalidListsEveryProblem) {
  Status status = Status::Invalid({{"/a", "missing"}, {"/b/0", "unknown code 'x'"}});
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.problems().size(), 2u);
  EXPECT_EQ(status.ToString(),
            "invalid_argument: 2 problems with the input\n  /a: missing\n  /b/0: unknown code 'x'");
}

TEST(StatusTest, MacrosPropagateTheFirstError) {
  EXPECT_EQ(Quarter(8).value(), 2);
  EXPECT_EQ(Quarter(6).error().message(), "3 is odd");
  EXPECT_EQ(Quarter(5).error().message(), "5 is odd");
  EXPECT_TRUE(CheckBothPositive(1, 2).ok());
  EXPECT_EQ(CheckBothPositive(1, -2).message(), "-2 is not positive");
  EXPECT_EQ(SumOfPositives(2, 3).value(), 5);
  EXPECT_EQ(SumOfPositives(0, 3).error().message(), "0 is not positive");
}

TEST(StatusTest, CodeNamesAreStable) {
  EXPECT_EQ(StatusCodeName(StatusCode::kConflict), "conflict");
  EXPECT_EQ(StatusCodeName(StatusCode::kUnauthenticated), "unauthenticated");
}

}  // namespace
}  // namespace needlepoint::base
