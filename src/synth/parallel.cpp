#include "synth/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "core/worker_threads.hpp"

namespace eligo::synth {

std::size_t thread_count(int threads) {
  return threads > 0 ? static_cast<std::size_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
}

void run_tasks(const std::vector<Task>& tasks, int threads) {
  std::vector<std::exception_ptr> failures(tasks.size());
  std::atomic<std::size_t> next_task{0};
  // Each thread takes the next task until none is left: tasks run in order on one thread,
  // and on fewer threads than asked when some cannot be started.
  const auto work = [&] {
    for (std::size_t task = next_task++; task < tasks.size(); task = next_task++) {
      try {
        tasks[task]();
      } catch (...) {
        failures[task] = std::current_exception();
      }
    }
  };
  const std::size_t count = std::max<std::size_t>(1, std::min(thread_count(threads), tasks.size()));
  detail::run_on_threads(static_cast<unsigned>(count), work);
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

void add_row_ranges(std::vector<Task>& tasks, std::size_t rows, std::size_t parts, std::size_t align,
                    const std::function<void(std::size_t, std::size_t)>& work) {
  parts = std::max<std::size_t>(1, parts);
  const std::size_t aligned_rows = (rows + align - 1) / align;  // in units of `align` rows
  for (std::size_t part = 0; part < parts; ++part) {
    const std::size_t first = std::min(rows, aligned_rows * part / parts * align);
    const std::size_t last = std::min(rows, aligned_rows * (part + 1) / parts * align);
    if (first < last) tasks.push_back([work, first, last] { work(first, last); });
  }
}

}  // namespace eligo::synth
