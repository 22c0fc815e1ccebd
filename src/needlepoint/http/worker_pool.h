// WorkerPool: a fixed set of threads that run submitted tasks in order, behind a bounded
// queue. The server runs request handlers on pools, never on its I/O threads, so a handler
// that waits (an Argon2id hash, a database lock) cannot stop other connections from being
// read and answered; a full queue is refused at once (503) instead of growing without bound.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace needlepoint::http {

class WorkerPool {
 public:
  // Starts `threads` threads (at least 1). At most `queue_limit` tasks wait for a thread.
  WorkerPool(int threads, std::size_t queue_limit);
  // Stop().
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `task`. False, dropping it, if `queue_limit` tasks are already waiting or the pool
  // is stopping. Thread-safe.
  bool TrySubmit(std::function<void()> task);

  // Runs the tasks already queued, then joins the threads; later submissions are refused.
  // Idempotent.
  void Stop();

 private:
  void Run();

  const std::size_t queue_limit_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;  // guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::vector<std::thread> threads_;
};

}  // namespace needlepoint::http
