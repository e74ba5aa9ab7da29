#include "core/worker_threads.hpp"

#include <atomic>
#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace eligo::detail {

namespace {

std::thread start_thread(std::function<void()> body) { return std::thread(std::move(body)); }

std::atomic<ThreadStarter> thread_starter{&start_thread};

}  // namespace

void run_on_threads(unsigned threads, const std::function<void()>& worker) {
  std::mutex failure_lock;
  std::exception_ptr first_failure;
  const std::function<void()> guarded = [&] {
    try {
      worker();
    } catch (...) {
      const std::lock_guard lock(failure_lock);
      if (!first_failure) first_failure = std::current_exception();
    }
  };

  std::vector<std::thread> started;
  if (threads > 1) started.reserve(threads - 1);  // no reallocation (that could throw) once threads run
  const ThreadStarter start = thread_starter.load();
  for (unsigned thread = 1; thread < threads; ++thread) {
    try {
      started.push_back(start(guarded));
    } catch (...) {
      // std::system_error (no thread left) or std::bad_alloc: go on with the threads that
      // run; they share the work of those that could not start.
      break;
    }
  }
  guarded();
  for (std::thread& thread : started) thread.join();
  if (first_failure) std::rethrow_exception(first_failure);
}

ThreadStarterOverride::ThreadStarterOverride(ThreadStarter starter) : previous_(thread_starter.exchange(starter)) {}

ThreadStarterOverride::~ThreadStarterOverride() { thread_starter.store(previous_); }

}  // namespace eligo::detail
