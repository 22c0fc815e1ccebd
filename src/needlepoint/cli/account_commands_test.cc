// `needlepoint init` and `needlepoint reset-password`, run in-process against a fresh SQLite
// file: a clinic and its owner on an empty database, invited with a one-time link (without a
// terminal, or with --invite) or given a password typed twice at a terminal that never echoes
// it; a second run, bad options and a given-up prompt change nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <deque>
#include <filesystem>
#include <sstream>

#include "needlepoint/app/accounts.h"
#include "needlepoint/cli/cli.h"
#include "needlepoint/security/password.h"
#include "needlepoint/security/token.h"
#include "needlepoint/storage/open/store.h"

namespace needlepoint::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kOwnerPassword = "the owner's own passphrase 7";

// A person at a keyboard who types `lines` in turn (then nothing more).
class FakeTerminal final : public Terminal {
 public:
  explicit FakeTerminal(std::deque<std::string> lines) : lines_(std::move(lines)) {}
  bool Interactive() const override { return true; }
  std::optional<std::string> ReadSecret(std::string_view prompt) override {
    prompts.emplace_back(prompt);
    if (lines_.empty()) return std::nullopt;
    std::string line = lines_.front();
    lines_.pop_front();
    return line;
  }
  std::vector<std::string> prompts;

 private:
  std::deque<std::string> lines_;
};

struct CliRun {
  int status;
  std::string out;
  std::string err;
};

class AccountCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("np-init-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Db() const { return "sqlite:" + (dir_ / "clinic.db").string(); }

  CliRun Cli(std::vector<std::string> args, Terminal* terminal = nullptr) {
    args.insert(args.begin(), "needlepoint");
    std::istringstream in;
    std::ostringstream out, err;
    const int status = RunCli(args, in, out, err, clock_, terminal);
    return {status, out.str(), err.str()};
  }
  CliRun Init(std::vector<std::string> extra = {}, Terminal* terminal = nullptr,
              const std::string& slug = "harbour") {
    std::vector<std::string> args = {"init",
                                     "--db",
                                     Db(),
                                     "--clinic-name",
                                     "Harbour Skin",
                                     "--slug",
                                     slug,
                                     "--time-zone",
                                     "Europe/London",
                                     "--owner-email",
                                     "olive@harbour.test",
                                     "--owner-name",
                                     "Olive Owner"};
    args.insert(args.end(), extra.begin(), extra.end());
    return Cli(args, terminal);
  }

  std::unique_ptr<storage::Store> Open() {
    storage::StoreConfig config;
    config.url = Db();
    config.migrate = false;
    config.create_key = false;
    return storage::OpenStore(config, clock_).value();
  }
  domain::User Owner(storage::Store& store) {
    const base::ClinicId clinic = store.database().FindClinic("harbour").value();
    auto tx = store.database().Begin(clinic, storage::Access::kRead).value();
    return tx->users().FindByEmail("olive@harbour.test").value();
  }
  static std::string LinkToken(const std::string& out) {
    const size_t at = out.find("/invite#");
    if (at == std::string::npos) return "";
    const size_t start = at + 8;
    return out.substr(start, out.find_first_of(" \n", start) - start);
  }

  base::FakeClock clock_{base::Timestamp(std::chrono::sys_days(std::chrono::year(2026) / 12 / 1))};
  fs::path dir_;
};

TEST_F(AccountCommands, InitWithoutATerminalInvitesTheOwner) {
  const CliRun run = Init();
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("Clinic \"Harbour Skin\" created: login name harbour"));
  const std::string token = LinkToken(run.out);
  ASSERT_TRUE(security::ParseSessionToken(token).has_value()) << run.out;
  EXPECT_THAT(run.out, HasSubstr("http://127.0.0.1:8080/invite#" + token));

  auto store = Open();
  const domain::User owner = Owner(*store);
  EXPECT_EQ(owner.role, domain::Role::kOwner);
  EXPECT_EQ(owner.display_name, "Olive Owner");
  EXPECT_FALSE(domain::HasPassword(owner)) << "nobody can log in before the owner sets it";
  // The link sets the owner's password, once.
  app::ProtocolCache protocols;
  app::AppEnv env{store->database(), clock_, protocols, {19 * 1024, 2}};
  ASSERT_TRUE(app::AcceptPasswordLink(env, token, kOwnerPassword, "test").has_value());
  EXPECT_TRUE(security::VerifyPassword(kOwnerPassword, Owner(*store).password_hash));
  EXPECT_FALSE(app::AcceptPasswordLink(env, token, kOwnerPassword, "test").has_value());
}

TEST_F(AccountCommands, InitRefusesASecondRunAndChangesNothing) {
  ASSERT_EQ(Init().status, 0);
  int64_t audit_rows = 0;
  {
    auto store = Open();
    const base::ClinicId clinic = store->database().FindClinic("harbour").value();
    audit_rows =
        store->database().Begin(clinic, storage::Access::kRead).value()->audit().Head()->first;
  }
  const CliRun again = Init({"--invite"}, nullptr, "second-clinic");
  EXPECT_EQ(again.status, 1);
  EXPECT_THAT(again.err, HasSubstr("already holds a clinic"));
  EXPECT_THAT(again.err, HasSubstr("nothing was changed"));
  EXPECT_THAT(again.out, Not(HasSubstr("/invite#")));
  auto store = Open();
  EXPECT_EQ(store->database().ListClinics().value().size(), 1u);
  EXPECT_FALSE(store->database().FindClinic("second-clinic").has_value());
  const base::ClinicId clinic = store->database().FindClinic("harbour").value();
  EXPECT_EQ(store->database().Begin(clinic, storage::Access::kRead).value()->audit().Head()->first,
            audit_rows);
}

TEST_F(AccountCommands, InitNamesEveryBadOptionAndCreatesNothing) {
  const CliRun run = Cli({"init", "--db", Db(), "--clinic-name", " ", "--slug", "Harbour Skin",
                          "--time-zone", "Mars/Olympus", "--owner-email", "olive"});
  EXPECT_EQ(run.status, 2);
  for (const char* option : {"--clinic-name", "--slug", "--time-zone", "--owner-email"}) {
    EXPECT_THAT(run.err, HasSubstr(option)) << run.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "clinic.db"));
  // Required options are required.
  EXPECT_EQ(Cli({"init", "--db", Db(), "--slug", "harbour"}).status, 2);
}

TEST_F(AccountCommands, AtATerminalThePasswordIsAskedTwiceAndNeverShown) {
  FakeTerminal person({"short", "short", "one passphrase 1234", "another passphrase 1234",
                       std::string(kOwnerPassword), std::string(kOwnerPassword)});
  const CliRun run = Init({}, &person);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(person.prompts.size(), 6u);
  EXPECT_THAT(run.err, HasSubstr("differ"));
  EXPECT_THAT(run.err, HasSubstr("at least 12"));
  EXPECT_THAT(run.out, Not(HasSubstr("/invite#")));
  EXPECT_THAT(run.out + run.err, Not(HasSubstr(std::string(kOwnerPassword))));
  auto store = Open();
  EXPECT_TRUE(security::VerifyPassword(kOwnerPassword, Owner(*store).password_hash));
}

TEST_F(AccountCommands, GivingUpAtThePromptChangesNothing) {
  FakeTerminal person({"one passphrase 1234", "another passphrase 1234"});
  const CliRun run = Init({}, &person);
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr("nothing was changed"));
  EXPECT_FALSE(fs::exists(dir_ / "clinic.db"));
}

TEST_F(AccountCommands, InviteAtATerminalAsksNothing) {
  FakeTerminal person({});
  const CliRun run = Init({"--invite", "--base-url", "https://clinic.example/"}, &person);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(person.prompts.empty());
  EXPECT_THAT(run.out, HasSubstr("https://clinic.example/invite#"));
}

TEST_F(AccountCommands, ResetPasswordGivesTheOperatorALink) {
  FakeTerminal person({std::string(kOwnerPassword), std::string(kOwnerPassword)});
  ASSERT_EQ(Init({}, &person).status, 0);
  const CliRun reset =
      Cli({"reset-password", "--db", Db(), "--clinic", "harbour", "--email", "Olive@Harbour.test"});
  ASSERT_EQ(reset.status, 0) << reset.err;
  const std::string token = LinkToken(reset.out);
  ASSERT_FALSE(token.empty()) << reset.out;
  auto store = Open();
  EXPECT_FALSE(security::VerifyPassword(kOwnerPassword, Owner(*store).password_hash))
      << "the old password stops working";
  auto tx = store->database()
                .Begin(store->database().FindClinic("harbour").value(), storage::Access::kRead)
                .value();
  EXPECT_TRUE(tx->password_tokens()
                  .Get(security::HashToken(*security::ParseSessionToken(token)))
                  .has_value());
  tx.reset();
  EXPECT_EQ(
      Cli({"reset-password", "--db", Db(), "--clinic", "harbour", "--email", "nobody@harbour.test"})
          .status,
      1);
}

}  // namespace
}  // namespace needlepoint::cli
