#include "needlepoint/cli/cli.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "needlepoint/protocol/protocol_loader.h"
#include "needlepoint/storage/audit_chain.h"
#include "needlepoint/storage/sqlite/sqlite_connection.h"

namespace needlepoint::cli {
namespace {

using testing::HasSubstr;
using testing::StartsWith;

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

const base::FakeClock& Clock() {
  static const base::FakeClock clock(
      base::Timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 20).time_since_epoch()));
  return clock;
}

CliRun Cli(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), "needlepoint");
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int status = RunCli(args, in, out, err, Clock());
  return {status, out.str(), err.str()};
}

// A file in the test's temporary directory holding `content`.
std::string TempFile(const std::string& name, const std::string& content) {
  const std::filesystem::path path = std::filesystem::path(testing::TempDir()) / name;
  std::ofstream(path) << content;
  return path.string();
}

constexpr std::string_view kIsotretinoin = R"({
  "assessed_on": "2026-11-20", "planned_date": "2026-12-04",
  "patient": { "birth_date": "1988-03-14", "fitzpatrick": 3 },
  "areas": ["cheeks"],
  "concerns": [ { "code": "acne_scars", "subtype": "rolling", "severity": 3 } ],
  "medications": [ { "code": "isotretinoin", "last_dose": "2026-08-01" } ]
})";

std::string WithMedication(std::string_view medication) {
  return R"({"assessed_on": "2026-11-20", "patient": {"birth_date": "1988-03-14",
    "fitzpatrick": 3}, "areas": ["cheeks"], "concerns": [{"code": "fine_lines",
    "severity": 2}], "medications": [)" +
         std::string(medication) + "]}";
}

TEST(CliTest, ScreenPrintsExactlyOneJsonDocument) {
  const CliRun run = Cli({"screen", TempFile("iso.json", std::string(kIsotretinoin))});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const nlohmann::json answer = nlohmann::json::parse(run.out);  // throws on trailing text
  EXPECT_EQ(answer["verdict"], "defer");
  EXPECT_EQ(answer["earliest_date"], "2027-02-01");
  EXPECT_EQ(answer["findings"][0]["code"], "isotretinoin");
  EXPECT_FALSE(answer["findings"][0]["evidence"].get<std::string>().empty());
  EXPECT_EQ(answer["protocol"]["name"], "needlepoint-default");
}

TEST(CliTest, DashReadsStandardInput) {
  const CliRun run = Cli({"screen", "-"}, std::string(kIsotretinoin));
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["verdict"], "defer");
}

TEST(CliTest, PlanPrintsScreeningAndPlan) {
  const CliRun run = Cli({"plan", "-"}, std::string(kIsotretinoin));
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json answer = nlohmann::json::parse(run.out);
  EXPECT_EQ(answer["screening"]["verdict"], "defer");
  EXPECT_EQ(answer["plan"]["sessions"], 6);
  EXPECT_EQ(answer["plan"]["schedule"][0]["date"], "2027-02-01");
}

TEST(CliTest, NotEligiblePlanIsNull) {
  const CliRun run = Cli({"plan", "-"}, R"({"assessed_on": "2026-11-20", "patient": {"birth_date":
    "1988-03-14", "fitzpatrick": 3}, "areas": ["cheeks"], "concerns": [{"code": "fine_lines",
    "severity": 2}], "history": ["keloid_tendency"]})");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(nlohmann::json::parse(run.out)["plan"].is_null());
}

TEST(CliTest, UnknownMedicationIsExitTwoWithThePath) {
  const CliRun run = Cli({"screen", "-"}, WithMedication(R"({"code": "isotretinion"})"));
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");  // never a verdict for bad input
  EXPECT_EQ(run.err,
            "/medications/0/code: unknown medication 'isotretinion' (did you mean "
            "'isotretinoin'?)\n");
}

TEST(CliTest, BadDateIsExitTwo) {
  const CliRun run = Cli({"plan", "-"}, WithMedication(R"({"code": "isotretinoin",
    "last_dose": "2026-13-01"})"));
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "/medications/0/last_dose: '2026-13-01' has no month 13\n");
}

TEST(CliTest, EmptyAreasAndWrongTypesListEveryProblem) {
  const CliRun run = Cli({"screen", "-"}, R"({"patient": {"birth_date": "1988-03-14",
    "fitzpatrick": "V"}, "areas": [], "concerns": [{"code": "fine_lines", "severity": 2}]})");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "/patient/fitzpatrick: must be a whole number, not a string\n"
            "/areas: must not be empty\n");
}

TEST(CliTest, MalformedJsonIsExitTwo) {
  const CliRun run = Cli({"screen", "-"}, "{\"areas\": [");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, StartsWith("/: invalid JSON"));
}

TEST(CliTest, MissingFileIsExitTwo) {
  const CliRun run = Cli({"screen", "/nonexistent/intake.json"});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr("/nonexistent/intake.json: cannot open"));
}

TEST(CliTest, TextFormatPutsTheVerdictFirst) {
  const CliRun run = Cli({"plan", "--format", "text", "-"}, std::string(kIsotretinoin));
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, StartsWith("DEFER: earliest treatment date Mon 1 Feb 2027 (2027-02-01)."));
  EXPECT_THAT(run.out, HasSubstr("isotretinoin  until 2027-02-01"));
  EXPECT_THAT(run.out, HasSubstr("Plan: 6 sessions, 28-42 days apart"));
  EXPECT_THAT(run.out, HasSubstr("cheeks       1.50-1.50"));
  EXPECT_LT(run.out.find("Findings"), run.out.find("Plan:"));
}

TEST(CliTest, TodayOptionSetsTheDefaultAssessmentDate) {
  const CliRun run = Cli({"screen", "--today", "2026-01-05", "-"},
                         R"({"patient": {"birth_date": "1988-03-14", "fitzpatrick": 3},
                          "areas": ["cheeks"], "concerns": [{"code": "dullness", "severity": 1}]})");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["assessed_on"], "2026-01-05");
  EXPECT_EQ(Cli({"screen", "--today", "tomorrow", "-"}, "{}").status, 2);
}

TEST(CliTest, AlternativeProtocolFileIsUsedAndRecorded) {
  std::string text(protocol::DefaultProtocolText());
  text.replace(text.find("version = \"2.0.0\""), 17, "version = \"clinic-7\"");
  text.replace(text.find("window = { months = 6 }"), 23, "window = { months = 1 }");
  const std::string file = TempFile("clinic.toml", text);
  const CliRun run = Cli({"screen", "--protocol", file, "-"}, std::string(kIsotretinoin));
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json answer = nlohmann::json::parse(run.out);
  EXPECT_EQ(answer["protocol"]["version"], "clinic-7");
  EXPECT_EQ(answer["verdict"], "eligible");  // 2026-08-01 + 1 month is long past
}

TEST(CliTest, ProtocolCheckAcceptsTheShippedFile) {
  const CliRun run = Cli({"protocol", "check",
                          TempFile("default.toml", std::string(protocol::DefaultProtocolText()))});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr(": OK, needlepoint-default 2.0.0: 16 zones, 12 concerns, 28 "
                                 "findings"));
}

TEST(CliTest, ProtocolCheckNamesFileLineAndProblem) {
  std::string text(protocol::DefaultProtocolText());
  text.replace(text.find("max = 1.5 }\nhard_max_mm = 2.0"), 11, "max = 2.5 }");
  const CliRun run = Cli({"protocol", "check", TempFile("unsafe.toml", text)});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err,
              testing::MatchesRegex(
                  "unsafe\\.toml:[0-9]+: depth max 2\\.5 exceeds zone hard maximum 2.0 for "
                  "'cheeks'\n.*"));
}

TEST(CliTest, ProtocolShowPrintsTables) {
  const CliRun run = Cli({"protocol", "show"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("Zones (needle setting, mm)"));
  EXPECT_THAT(run.out, HasSubstr("cheeks       0.50-1.50  2.00"));
  EXPECT_THAT(run.out, HasSubstr("isotretinoin           defer            6 months"));
  EXPECT_THAT(run.out, HasSubstr("Sources and evidence"));
}

TEST(CliTest, UsageErrorsAreExitTwoAndHelpIsZero) {
  EXPECT_EQ(Cli({}).status, 2);
  EXPECT_EQ(Cli({"frobnicate"}).status, 2);
  EXPECT_EQ(Cli({"screen"}).status, 2);
  EXPECT_EQ(Cli({"screen", "--format", "xml", "-"}).status, 2);
  const CliRun help = Cli({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_THAT(help.out, HasSubstr("screen"));
  EXPECT_THAT(help.out, HasSubstr("plan"));
}

TEST(CliTest, OutboxSendRunsOneRound) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "np-outbox-send";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string db = "sqlite:" + (dir / "clinic.db").string();
  ASSERT_EQ(Cli({"migrate", "--db", db}).status, 0);
  const CliRun run = Cli({"outbox", "send", "--db", db});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("sent 0, retrying 0, failed 0, void 0, waiting 0"));
  EXPECT_EQ(Cli({"outbox"}).status, 2);  // the subcommand is required
  std::filesystem::remove_all(dir);
}

// Regression (issue 8): `needlepoint backup` wrote a copy of all patient data readable by
// everyone under the usual umask 022. The copy must be the service user's only, like the
// database, whatever the umask.
TEST(CliTest, BackupFileIsOwnerOnlyWhateverTheUmask) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "np-backup-mode";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string db = "sqlite:" + (dir / "clinic.db").string();
  ASSERT_EQ(Cli({"migrate", "--db", db}).status, 0);
  const std::string backup = (dir / "backup.db").string();
  const mode_t old_mask = umask(0);  // the most permissive umask there is
  const CliRun run = Cli({"backup", "--db", db, "--to", backup});
  umask(old_mask);
  ASSERT_EQ(run.status, 0) << run.err;
  struct stat info {};
  ASSERT_EQ(stat(backup.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u) << std::oct << (info.st_mode & 0777);
  EXPECT_FALSE(std::filesystem::exists(backup + ".partial"));
  std::filesystem::remove_all(dir);
}

// Regression (issue 8): with write access to the SQLite file, deleting the newest audit rows
// and rewinding the chain head passed `needlepoint audit verify`. The commands that write
// append each commit's chain head to DB.audit-witness; verify reads it and reports the cut,
// and reports a deleted witness; a server will not start over a log whose witness is gone.
TEST(CliTest, AuditVerifyReportsATruncatedTailAndAMissingWitness) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "np-witness-cli";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "clinic.db").string();
  const std::string db = "sqlite:" + file;
  const CliRun demo = Cli({"demo-data", "--db", db, "--clinics", "1", "--patients", "3"});
  ASSERT_EQ(demo.status, 0) << demo.err;
  ASSERT_TRUE(std::filesystem::exists(file + ".audit-witness"));
  const CliRun clean = Cli({"audit", "verify", "--db", db});
  EXPECT_EQ(clean.status, 0) << clean.out << clean.err;
  EXPECT_THAT(clean.out, HasSubstr("every chain verifies"));
  EXPECT_THAT(clean.out, HasSubstr("witness records in 1 file"));

  {  // Someone with the database file cuts the rows off (demo-data leaves one per clinic) and
     // rewinds the head to the empty chain's.
    auto raw = storage::sqlite::SqliteConnection::Open(
        file, storage::sqlite::SqliteConnection::Mode::kReadWrite, 5000);
    ASSERT_TRUE(raw.has_value());
    for (const std::string& sql :
         {std::string("DROP TRIGGER audit_log_no_delete"), std::string("DELETE FROM audit_log"),
          "UPDATE audit_heads SET seq = 0, hash = '" + storage::GenesisHash() + "'"}) {
      const base::Status done = (*raw)->Exec(sql);
      ASSERT_TRUE(done.ok()) << sql << ": " << done.ToString();
    }
  }
  const CliRun chain_only = Cli({"audit", "verify", "--db", db, "--no-witness"});
  EXPECT_EQ(chain_only.status, 0) << "the chain alone cannot see it: " << chain_only.out;
  const CliRun cut = Cli({"audit", "verify", "--db", db});
  EXPECT_EQ(cut.status, 1) << cut.out;
  EXPECT_THAT(cut.out, HasSubstr("BROKEN at row 1"));
  EXPECT_THAT(cut.out, HasSubstr("removed from the end"));
  EXPECT_THAT(cut.out, HasSubstr("TAMPERING DETECTED"));

  // Deleting the witness to hide it is reported too, and stops the commands that write.
  // (Another clinic first: a database without audit rows may start a new witness.)
  const CliRun more =
      Cli({"demo-data", "--db", db, "--clinics", "1", "--patients", "1", "--slug-prefix", "more"});
  ASSERT_EQ(more.status, 0) << more.err;
  std::filesystem::remove(file + ".audit-witness");
  const CliRun gone = Cli({"audit", "verify", "--db", db});
  EXPECT_EQ(gone.status, 1) << gone.out;
  EXPECT_THAT(gone.out, HasSubstr("is missing (deleted?)"));
  const CliRun refused =
      Cli({"demo-data", "--db", db, "--clinics", "1", "--patients", "1", "--slug-prefix", "again"});
  EXPECT_EQ(refused.status, 1) << refused.err;
  EXPECT_THAT(refused.err, HasSubstr("--new-audit-witness"));
  std::filesystem::remove_all(dir);
}

// The real executable, end to end: stdin, stdout and the exit status as a shell sees them.
TEST(CliBinaryTest, ExecutableReadsStdinAndReportsBadInput) {
  const std::string bin = std::string(NP_BUILD_DIR) + "/needlepoint";
  const std::string input = TempFile("bad.json", WithMedication(R"({"code": "isotretinion"})"));
  const std::string command = bin + " screen - < " + input + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[256];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_EQ(output,
            "/medications/0/code: unknown medication 'isotretinion' (did you mean "
            "'isotretinoin'?)\n");
}

}  // namespace
}  // namespace needlepoint::cli
