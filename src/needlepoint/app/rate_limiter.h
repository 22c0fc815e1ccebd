// AddressRateLimiter: at most N requests per client address in a sliding window, for public
// routes that anyone can call (the booking form). In memory, per server: a flood is answered
// 429 long before it reaches the database.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "needlepoint/base/clock.h"
#include "needlepoint/base/status.h"

namespace needlepoint::app {

class AddressRateLimiter {
 public:
  explicit AddressRateLimiter(int max_requests = 5,
                              std::chrono::seconds window = std::chrono::minutes(10))
      : max_requests_(max_requests), window_(window) {}

  // Counts one request from `address` at `now`. kResourceExhausted "too many requests; retry
  // in N s" (app::RetryAfterSeconds reads N) when the address already made `max_requests` in
  // the window; a refused request is not counted. Thread-safe.
  base::Status Count(std::string_view address, base::Timestamp now);

  // Changes the limit (tests; a clinic with a shared outgoing address).
  void Configure(int max_requests, std::chrono::seconds window);

 private:
  std::mutex mutex_;
  int max_requests_;
  std::chrono::seconds window_;
  std::map<std::string, std::deque<base::Timestamp>, std::less<>> seen_;
};

}  // namespace needlepoint::app
