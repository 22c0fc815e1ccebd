// Runs every GS1 case in tests/gs1_cases (README.md there describes the format) through
// ParseGs1 and compares the contract's JSON, or the one-line error, with the file.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "needlepoint/contract/gs1.h"
#include "needlepoint/contract/testing/case_files.h"

namespace needlepoint::contract {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

struct Gs1Case {
  std::string file;
  std::string name;
  json data;
};

void PrintTo(const Gs1Case& c, std::ostream* os) { *os << c.file << ": " << c.name; }

std::vector<Gs1Case> Cases() {
  std::vector<Gs1Case> cases;
  for (const fs::path& path :
       case_files::CaseFiles({fs::path(NP_SOURCE_DIR) / "tests/gs1_cases"})) {
    const json document = json::parse(case_files::ReadFile(path));
    for (const json& item : document.at("cases")) {
      cases.push_back({path.stem().string(), item.at("name").get<std::string>(), item});
    }
  }
  return cases;
}

class Gs1Cases : public ::testing::TestWithParam<Gs1Case> {};

TEST_P(Gs1Cases, ParsesAsTheContractSays) {
  const Gs1Case& c = GetParam();
  const std::string input = c.data.at("input").get<std::string>();
  const base::Result<Gs1Element> parsed = ParseGs1(input);
  if (c.data.contains("error")) {
    ASSERT_FALSE(parsed.has_value()) << c.name << ": parsed as " << Gs1ToJson(*parsed).dump();
    EXPECT_EQ(parsed.error().code(), base::StatusCode::kInvalidArgument) << c.name;
    EXPECT_EQ(parsed.error().message(), c.data.at("error").get<std::string>()) << c.name;
    return;
  }
  ASSERT_TRUE(parsed.has_value()) << c.name << ": " << parsed.error().ToString();
  EXPECT_EQ(json::parse(Gs1ToJson(*parsed).dump()), c.data.at("output")) << c.name;
}

std::string CaseName(const ::testing::TestParamInfo<Gs1Case>& info) {
  return case_files::TestNameOf(info.param.file + "_" + std::to_string(info.index));
}

INSTANTIATE_TEST_SUITE_P(Files, Gs1Cases, ::testing::ValuesIn(Cases()), CaseName);

TEST(Gs1, CheckDigitWeightsThreeOneFromTheRight) {
  EXPECT_EQ(Gs1CheckDigit("0950600013435"), 2);
  EXPECT_EQ(Gs1CheckDigit("1061414100004"), 0);
  EXPECT_EQ(Gs1CheckDigit("0088881234567"), 6);
  // A single digit is weighted 3: 3 * 3 = 9, so the check digit is 1.
  EXPECT_EQ(Gs1CheckDigit("3"), 1);
}

TEST(Gs1, EveryCaseFileHasCases) {
  const std::vector<Gs1Case> cases = Cases();
  EXPECT_GE(cases.size(), 40u);
  EXPECT_TRUE(std::any_of(cases.begin(), cases.end(), [](const Gs1Case& c) {
    return c.data.at("input").get<std::string>().find('\x1d') != std::string::npos;
  })) << "no case uses a group separator";
}

TEST(Gs1, CharacterSet82) {
  for (char c : std::string("AZaz09!\"%&'()*+,-./:;<=>?_")) EXPECT_TRUE(InCharacterSet82(c)) << c;
  for (char c : std::string(" #$@[\\]^`{|}~\x1d\n")) EXPECT_FALSE(InCharacterSet82(c)) << c;
}

}  // namespace
}  // namespace needlepoint::contract
