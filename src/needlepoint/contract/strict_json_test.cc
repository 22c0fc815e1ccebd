#include "needlepoint/contract/strict_json.h"

#include <gtest/gtest.h>

namespace needlepoint::contract {
namespace {

std::string ErrorOf(std::string_view text, const JsonLimits& limits = {}) {
  base::Result<nlohmann::json> parsed = ParseStrictJson(text, limits);
  if (parsed) return "";
  EXPECT_EQ(parsed.error().problems().size(), 1u);
  EXPECT_EQ(parsed.error().problems()[0].path, "/");
  return parsed.error().problems()[0].message;
}

TEST(StrictJsonTest, ParsesOrdinaryDocuments) {
  base::Result<nlohmann::json> parsed =
      ParseStrictJson(R"({"a": [1, 2.5, "x", true, null, {"b": {}}], "c": "é"})");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ((*parsed)["a"][1], 2.5);
  EXPECT_EQ((*parsed)["a"][5]["b"], nlohmann::json::object());
  EXPECT_EQ((*parsed)["c"], "é");
  EXPECT_EQ(ParseStrictJson("[]").value(), nlohmann::json::array());
  EXPECT_EQ(ParseStrictJson("7").value(), 7);
}

// Regression (issue 8): nlohmann's lexer takes a NUL byte for the end of the input, so
// everything after one was silently ignored and a truncated document was accepted.
TEST(StrictJsonTest, NulByteAnywhereIsRejectedNotTheEndOfInput) {
  using namespace std::string_literals;
  for (const std::string& text : {"{\"a\": 1}\0{\"b\": 2}"s, "{\"a\": 1}\0"s,
                                  "{\"a\": 1, \0 \"b\": 2}"s, "{\"a\": \"x\0y\"}"s, "\0"s}) {
    const std::string error = ErrorOf(text);
    EXPECT_NE(error.find("NUL"), std::string::npos)
        << "accepted " << text.size() << " bytes: " << error;
  }
}

TEST(StrictJsonTest, RejectsDuplicateKeys) {
  EXPECT_EQ(ErrorOf(R"({"areas": ["cheeks"], "areas": []})"), "duplicate key 'areas'");
  EXPECT_EQ(ErrorOf(R"({"p": {"x": 1, "x": 2}})"), "duplicate key 'x'");
  EXPECT_EQ(ErrorOf(R"([{"x": 1}, {"x": 2}])"), "");  // same key in sibling objects is fine
}

TEST(StrictJsonTest, SyntaxErrorsNameLineAndColumn) {
  const std::string error = ErrorOf("{\n  \"a\": 1,\n  \"b\": tru}");
  EXPECT_NE(error.find("invalid JSON"), std::string::npos) << error;
  EXPECT_NE(error.find("line 3"), std::string::npos) << error;
  EXPECT_NE(ErrorOf("").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("{} trailing").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("{\"a\": NaN}").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("{\"a\": 1,}").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("// comment\n{}").find("invalid JSON"), std::string::npos);
}

TEST(StrictJsonTest, RejectsInvalidUtf8) {
  EXPECT_NE(ErrorOf("{\"a\": \"\xff\xfe\"}").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("{\"a\": \"\xc3\x28\"}").find("invalid JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("{\"a\": \"\\ud800\"}").find("invalid JSON"), std::string::npos);
}

TEST(StrictJsonTest, RejectsNulCharacters) {
  // PostgreSQL cannot store U+0000 in text; refusing it keeps both backends identical.
  EXPECT_EQ(ErrorOf(R"({"name": "Ada\u0000Null"})"),
            "a string contains the NUL character (\\u0000)");
  EXPECT_EQ(ErrorOf(R"({"a\u0000b": 1})"), "a key contains the NUL character");
}

TEST(StrictJsonTest, EnforcesLimits) {
  JsonLimits limits;
  limits.max_depth = 3;
  limits.max_string_bytes = 8;
  limits.max_array_items = 4;
  EXPECT_EQ(ErrorOf("[[[1]]]", limits), "");
  EXPECT_EQ(ErrorOf("[[[[1]]]]", limits), "nesting deeper than 3 levels");
  EXPECT_EQ(ErrorOf(R"(["12345678"])", limits), "");
  EXPECT_EQ(ErrorOf(R"(["123456789"])", limits), "a string is longer than 8 bytes");
  EXPECT_EQ(ErrorOf("[1,2,3,4]", limits), "");
  EXPECT_EQ(ErrorOf("[1,2,3,4,5]", limits), "an array has more than 4 items");
  EXPECT_EQ(ErrorOf("[[],[],[],[],[]]", limits), "an array has more than 4 items");
}

TEST(StrictJsonTest, DeepNestingDoesNotExhaustTheStack) {
  const std::string deep(100000, '[');
  EXPECT_EQ(ErrorOf(deep), "nesting deeper than 32 levels");
}

}  // namespace
}  // namespace needlepoint::contract
