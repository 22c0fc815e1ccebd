// Server: HTTP/1.1 on Boost.Beast over Asio — a small pool of I/O threads, keep-alive,
// limits on header size (8 KiB) and body size (1 MiB; a route may set its own, router.h), read
// and idle timeouts, and a graceful
// stop (on SIGTERM/SIGINT or Stop()) that refuses new connections, lets in-flight requests
// finish, and closes idle connections. It only moves bytes: every request goes to the
// Dispatcher.
//
// The I/O threads only read and write. Handlers run on worker pools with bounded queues
// (router.h, Lane): the general pool, and a small lane for password hashing (logins), so a
// burst of logins or a wait for the database never stalls the I/O threads and logins cannot
// take every worker. /healthz is answered on the I/O thread. A request whose pool's queue is
// full is answered 503 with Retry-After at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "needlepoint/base/status.h"
#include "needlepoint/http/dispatcher.h"

namespace needlepoint::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (tests)
  int threads = 4;
  std::size_t header_limit = 8 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::chrono::seconds read_timeout{10};  // a whole request, once its first byte arrived
  std::chrono::seconds idle_timeout{30};  // between requests on a kept-alive connection
  std::chrono::seconds shutdown_grace{10};
  int workers = 8;                      // threads running handlers (they may wait on the database)
  std::size_t worker_queue = 1024;      // requests waiting for a worker before 503
  int hash_workers = 2;                 // the login lane (AuthSettings::concurrent_hashes)
  std::size_t hash_queue = 64;          // logins waiting for the lane before 503
  std::chrono::seconds retry_after{1};  // the Retry-After of a 503 for a full queue
  bool handle_signals = true;           // stop gracefully on SIGTERM and SIGINT
  // Reverse proxies (CIDR blocks) whose X-Forwarded-For names the client (client_address.h);
  // none by default: the peer address is the client's and X-Forwarded-For is ignored.
  std::vector<std::string> trusted_proxies;
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher);
  ~Server();

  // Binds and listens. kUnavailable if the address cannot be bound; kInvalidArgument for a
  // malformed address or trusted proxy.
  base::Status Listen();
  // The bound port (after Listen).
  uint16_t port() const;
  // Serves until stopped; returns once every connection has finished or the grace period
  // has passed.
  void Run();
  // Starts a graceful stop. Thread-safe; idempotent.
  void Stop();
  // Requests handed to the dispatcher and not answered yet. Thread-safe.
  int in_flight() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace needlepoint::http
