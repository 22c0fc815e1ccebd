// Graceful shutdown, on SQLite: while a request is inside its handler (held there by a write
// transaction the test keeps open), Stop() closes an idle kept-alive connection at once and
// refuses new connections, yet waits for the in-flight request, whose client then gets its
// complete response and whose write is stored.
#include <gtest/gtest.h>

#include <future>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// Polls `condition` until it holds or `timeout` passes.
template <typename Condition>
bool Eventually(Condition condition, milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(milliseconds(10));
  }
  return condition();
}

TEST(GracefulShutdown, FinishesInFlightRequestsRefusesNewOnesAndClosesIdleOnes) {
  auto started = TestServer::Start();
  ASSERT_TRUE(started.has_value()) << started.error().ToString();
  std::unique_ptr<TestServer> server = std::move(*started);
  auto seeded = SeedApiClinic(*server, "shutdown");
  ASSERT_TRUE(seeded.has_value()) << seeded.error().ToString();
  const uint16_t port = server->port();

  // A kept-alive connection, idle after its first request.
  auto idle = RawConnection::Open(port);
  ASSERT_NE(idle, nullptr);
  ASSERT_TRUE(idle->Write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  const HttpResult first = idle->ReadResponse(milliseconds(5000));
  ASSERT_EQ(first.status, 200);
  ASSERT_NE(first.Header("connection"), "close");

  // Hold the clinic's writer so that a patient create waits inside its handler.
  auto holder = server->db().Begin(seeded->seed.clinic.id, storage::Access::kWrite);
  ASSERT_TRUE(holder.has_value()) << holder.error().ToString();
  auto in_flight = std::async(std::launch::async, [&] {
    return Client(port).Send(
        "POST", "/api/v1/patients",
        R"({"given_name":"Mary","family_name":"Seacole","birth_date":"1970-01-01"})",
        Bearer(seeded->tokens.at("front_desk")));
  });
  ASSERT_TRUE(Eventually([&] { return server->in_flight() == 1; }, milliseconds(10000)))
      << "the request never reached its handler";
  ASSERT_EQ(in_flight.wait_for(seconds(0)), std::future_status::timeout)
      << "the request was not held in flight";

  auto stopping = std::async(std::launch::async, [&] { server->Stop(); });
  // The idle connection is closed without waiting for the busy one.
  const std::string after = idle->ReadUntilClosed(milliseconds(3000));
  EXPECT_TRUE(idle->closed()) << "the idle kept-alive connection stayed open";
  EXPECT_TRUE(after.empty()) << after;
  // New connections are refused.
  EXPECT_TRUE(Eventually([&] { return !CanConnect(port); }, milliseconds(3000)))
      << "the server still accepts connections while stopping";
  // Stop() is still waiting for the request, which is still running.
  EXPECT_EQ(in_flight.wait_for(seconds(0)), std::future_status::timeout);
  EXPECT_EQ(stopping.wait_for(seconds(0)), std::future_status::timeout)
      << "Stop() returned before the in-flight request finished";

  holder->reset();  // roll back: the handler can go on
  const HttpResult done = in_flight.get();
  EXPECT_EQ(done.status, 201) << done.body;
  const nlohmann::json body = done.Json();
  ASSERT_TRUE(body.is_object()) << "incomplete response: " << done.body;
  EXPECT_EQ(body.value("family_name", ""), "Seacole");
  EXPECT_EQ(done.Header("content-length"), std::to_string(done.body.size()));
  EXPECT_EQ(stopping.wait_for(seconds(10)), std::future_status::ready) << "Stop() hangs";
  EXPECT_FALSE(CanConnect(port));

  // The write it answered for is stored.
  auto tx = server->db().Begin(seeded->seed.clinic.id, storage::Access::kRead);
  ASSERT_TRUE(tx.has_value());
  auto patient = (*tx)->patients().Get(base::PatientId(body.value("id", int64_t{0})));
  ASSERT_TRUE(patient.has_value());
  EXPECT_EQ(patient->family_name, "Seacole");
}

}  // namespace
}  // namespace needlepoint::http::testing
