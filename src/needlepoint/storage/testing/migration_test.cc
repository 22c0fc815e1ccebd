// Migrations from an empty database and from every earlier version, refusal of a newer
// schema, and refusal of unsafe durability settings, on both SQL backends.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "needlepoint/storage/postgres/pg_connection.h"
#include "needlepoint/storage/postgres/pg_store.h"
#include "needlepoint/storage/sqlite/sqlite_connection.h"
#include "needlepoint/storage/sqlite/sqlite_store.h"
#include "needlepoint/storage/testing/test_store.h"

namespace needlepoint::storage::testing {
namespace {

namespace fs = std::filesystem;
using base::StatusCode;
using ::testing::HasSubstr;

class SqliteMigrationTest : public ::testing::Test {
 protected:
  // A path no earlier call returned, in the test's own scratch directory.
  std::string FreshSqlitePath() {
    return (scratch_.path() / ("db-" + std::to_string(files_++) + ".sqlite")).string();
  }
  base::Result<std::unique_ptr<sqlite::SqliteStore>> Open(const std::string& path,
                                                          std::optional<int> to = std::nullopt,
                                                          bool migrate = true) {
    sqlite::SqliteOptions options;
    options.path = path;
    options.migrate_to = to;
    options.migrate = migrate;
    return sqlite::SqliteStore::Open(options, clock_, TestAuditKey());
  }
  ScratchDir scratch_{"np-migrate"};
  int files_ = 0;
  base::FakeClock clock_{At(0)};
  const int latest_ = static_cast<int>(sqlite::SqliteMigrations()->size());
};

TEST_F(SqliteMigrationTest, EmptyDatabaseMigratesToTheLatestVersion) {
  auto store = Open(FreshSqlitePath()).value();
  EXPECT_EQ(store->Schema()->current, latest_);
  EXPECT_EQ(store->Schema()->latest, latest_);
  EXPECT_EQ(store->IntegrityCheck().value(), "ok");
  EXPECT_TRUE(SeedClinic(store->database(), "migrated").has_value());
}

TEST_F(SqliteMigrationTest, EveryEarlierVersionUpgradesToTheLatest) {
  for (int from = 0; from < latest_; ++from) {
    const std::string path = FreshSqlitePath();
    {
      auto old = Open(path, from).value();
      EXPECT_EQ(old->Schema()->current, from);
    }
    auto store = Open(path).value();
    EXPECT_EQ(store->Schema()->current, latest_) << "from version " << from;
    EXPECT_TRUE(SeedClinic(store->database(), "upgraded").has_value()) << "from " << from;
  }
}

TEST_F(SqliteMigrationTest, AnOutdatedSchemaIsNotUsedWithoutMigrating) {
  const std::string path = FreshSqlitePath();
  if (latest_ < 2) GTEST_SKIP() << "only one migration";
  ASSERT_TRUE(Open(path, latest_ - 1).has_value());
  auto refused = Open(path, std::nullopt, /*migrate=*/false);
  ASSERT_FALSE(refused.has_value());
  EXPECT_THAT(refused.error().message(), HasSubstr("run `needlepoint migrate` first"));
}

TEST_F(SqliteMigrationTest, ANewerSchemaIsRefused) {
  const std::string path = FreshSqlitePath();
  ASSERT_TRUE(Open(path).has_value());
  {
    auto raw =
        sqlite::SqliteConnection::Open(path, sqlite::SqliteConnection::Mode::kReadWrite, 1000)
            .value();
    ASSERT_TRUE(raw->Exec("INSERT INTO schema_migrations VALUES (" + std::to_string(latest_ + 1) +
                          ", 'from the future', 0)")
                    .ok());
  }
  auto refused = Open(path);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(refused.error().message(),
              HasSubstr("only knows up to version " + std::to_string(latest_)));
}

TEST_F(SqliteMigrationTest, UnsafeDurabilityIsRefused) {
  sqlite::SqliteOptions options;
  options.path = FreshSqlitePath();
  options.synchronous = "normal";
  auto refused = sqlite::SqliteStore::Open(options, clock_, TestAuditKey());
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(refused.error().message(), HasSubstr("synchronous=NORMAL"));
  options.allow_unsafe_durability = true;
  EXPECT_TRUE(sqlite::SqliteStore::Open(options, clock_, TestAuditKey()).has_value());
}

class PostgresMigrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (TestPostgresUrl().empty()) GTEST_SKIP() << "no PostgreSQL test cluster";
  }
  base::Result<std::unique_ptr<postgres::PgStore>> Open(const std::string& url,
                                                        std::optional<int> to = std::nullopt) {
    postgres::PgOptions options;
    options.conninfo = url;
    options.connections = 2;
    options.migrate_to = to;
    return postgres::PgStore::Open(options, clock_, TestAuditKey());
  }
  base::FakeClock clock_{At(0)};
  const int latest_ = static_cast<int>(postgres::PostgresMigrations()->size());
};

TEST_F(PostgresMigrationTest, EveryEarlierVersionUpgradesToTheLatest) {
  for (int from = 0; from < latest_; ++from) {
    const std::string url = FreshPostgresDatabase().value();
    {
      auto old = Open(url, from).value();
      EXPECT_EQ(old->Schema()->current, from);
    }
    auto store = Open(url).value();
    EXPECT_EQ(store->Schema()->current, latest_) << "from version " << from;
    EXPECT_TRUE(SeedClinic(store->database(), "pg-upgraded").has_value()) << "from " << from;
  }
}

TEST_F(PostgresMigrationTest, ANewerSchemaIsRefused) {
  const std::string url = FreshPostgresDatabase().value();
  ASSERT_TRUE(Open(url).has_value());
  auto raw = postgres::PgConnection::Connect(url).value();
  ASSERT_TRUE(raw->Exec("INSERT INTO schema_migrations VALUES (" + std::to_string(latest_ + 1) +
                        ", 'from the future', 0)")
                  .ok());
  auto refused = Open(url);
  ASSERT_FALSE(refused.has_value());
  EXPECT_THAT(refused.error().message(), HasSubstr("only knows up to version"));
}

TEST_F(PostgresMigrationTest, UnsafeDurabilityIsRefused) {
  const std::string url = FreshPostgresDatabase().value();
  const std::string database =
      url.substr(url.find(":///") + 4, url.find('?') - url.find(":///") - 4);
  auto admin = postgres::PgConnection::Connect(url).value();
  ASSERT_TRUE(admin->Exec("ALTER DATABASE " + database + " SET synchronous_commit = off").ok());
  auto refused = Open(url);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(refused.error().message(), HasSubstr("synchronous_commit=off"));
}

}  // namespace
}  // namespace needlepoint::storage::testing
