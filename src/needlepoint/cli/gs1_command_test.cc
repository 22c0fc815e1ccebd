// `needlepoint gs1 parse`: every case of tests/gs1_cases through the command (argument and
// standard input), with the contract's exit statuses, and the real executable once with a
// raw scanner string.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "needlepoint/cli/cli.h"

namespace needlepoint::cli {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

struct Run {
  int status;
  std::string out;
  std::string err;
};

Run Gs1(const std::string& argument, const std::string& stdin_text = "") {
  static const base::FakeClock clock(base::Timestamp{});
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int status = RunCli({"needlepoint", "gs1", "parse", argument}, in, out, err, clock);
  return {status, out.str(), err.str()};
}

std::vector<json> AllCases() {
  std::vector<json> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(NP_SOURCE_DIR) / "tests/gs1_cases")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream file(entry.path());
    std::stringstream text;
    text << file.rdbuf();
    for (const json& item : json::parse(text.str()).at("cases")) cases.push_back(item);
  }
  return cases;
}

TEST(Gs1Command, EveryCaseFromStandardInputAndAsAnArgument) {
  const std::vector<json> cases = AllCases();
  ASSERT_GE(cases.size(), 40u);
  for (const json& c : cases) {
    const std::string input = c.at("input");
    const std::string name = c.at("name");
    for (const Run& run : {Gs1("-", input), Gs1(input)}) {
      if (c.contains("error")) {
        EXPECT_EQ(run.status, 2) << name;
        EXPECT_EQ(run.out, "") << name;
        EXPECT_EQ(run.err, c.at("error").get<std::string>() + "\n") << name;
      } else {
        ASSERT_EQ(run.status, 0) << name << ": " << run.err;
        EXPECT_EQ(run.err, "") << name;
        EXPECT_EQ(json::parse(run.out), c.at("output")) << name;
      }
    }
  }
}

TEST(Gs1Command, EmptyStandardInputIsTheContractsError) {
  const Run run = Gs1("-", "");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "empty input\n");
}

TEST(Gs1Command, KeysInTheContractsOrderWithNulls) {
  const Run run = Gs1("(01)09506000134352(17)270531(10)AB-123(21)S001");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(json::parse(run.out).dump(),
            R"({"expiry":"2027-05-31","gtin":"09506000134352","lot":"AB-123",)"
            R"("production_date":null,"serial":"S001"})");
  EXPECT_LT(run.out.find("\"gtin\""), run.out.find("\"lot\""));
  EXPECT_LT(run.out.find("\"serial\""), run.out.find("\"expiry\""));
  EXPECT_LT(run.out.find("\"expiry\""), run.out.find("\"production_date\""));
}

TEST(Gs1Command, TheExecutableReadsARawScanFromStandardInput) {
  const std::string bin = std::string(NP_BUILD_DIR) + "/needlepoint";
  const fs::path input = fs::path(::testing::TempDir()) / "scan.txt";
  std::ofstream(input, std::ios::binary) << "]d2010950600013435317270531\x1d"
                                         << "10AB\n";
  FILE* pipe = popen((bin + " gs1 parse - < " + input.string() + " 2>&1").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[256];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_EQ(output, "(01): check digit is 3, expected 2\n");
}

}  // namespace
}  // namespace needlepoint::cli
