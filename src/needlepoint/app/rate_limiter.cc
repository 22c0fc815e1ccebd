#include "needlepoint/app/rate_limiter.h"

#include <algorithm>

namespace needlepoint::app {

base::Status AddressRateLimiter::Count(std::string_view address, base::Timestamp now) {
  std::lock_guard lock(mutex_);
  auto it = seen_.find(address);
  if (it == seen_.end()) {
    if (seen_.size() > 100'000) seen_.clear();  // bound the memory a spoofing flood can take
    it = seen_.emplace(std::string(address), std::deque<base::Timestamp>()).first;
  }
  std::deque<base::Timestamp>& times = it->second;
  while (!times.empty() && times.front() <= now - window_) times.pop_front();
  if (static_cast<int>(times.size()) >= max_requests_) {
    const auto wait = std::chrono::ceil<std::chrono::seconds>(times.front() + window_ - now);
    return base::ResourceExhausted("too many requests; retry in " +
                                   std::to_string(std::max<int64_t>(1, wait.count())) + " s");
  }
  times.push_back(now);
  return base::OkStatus();
}

void AddressRateLimiter::Configure(int max_requests, std::chrono::seconds window) {
  std::lock_guard lock(mutex_);
  max_requests_ = max_requests;
  window_ = window;
  seen_.clear();
}

}  // namespace needlepoint::app
