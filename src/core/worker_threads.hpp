// Work spread over threads, without the two ways a plain thread pool fails: a thread that
// cannot be started (std::thread throws std::system_error when the process or the system
// has no thread left) must not leave the others waiting for it, and an exception escaping
// a thread must not end the process (std::terminate).
#pragma once

#include <functional>
#include <thread>

namespace eligo::detail {

// Runs `worker` once on each of `threads` threads, the calling thread being one of them,
// and returns when every call has returned. `worker` takes its work from a shared queue
// (an atomic counter), so any number of threads gets all of it done: when a thread cannot
// be started, those already running (at least the calling one) do its share, and the
// result is the same. The first exception a worker let escape, whatever its type, is
// thrown again here once every thread has finished.
void run_on_threads(unsigned threads, const std::function<void()>& worker);

// How run_on_threads starts a thread: std::thread's constructor, unless a test makes it
// fail (ThreadStarterOverride).
using ThreadStarter = std::thread (*)(std::function<void()> body);

// Replaces the thread starter while it lives. Tests only; never while threads are started.
class ThreadStarterOverride {
 public:
  explicit ThreadStarterOverride(ThreadStarter starter);
  ~ThreadStarterOverride();
  ThreadStarterOverride(const ThreadStarterOverride&) = delete;
  ThreadStarterOverride& operator=(const ThreadStarterOverride&) = delete;

 private:
  ThreadStarter previous_;
};

}  // namespace eligo::detail
