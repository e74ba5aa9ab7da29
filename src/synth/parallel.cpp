#include "synth/parallel.hpp"

#include <algorithm>
#include <exception>
#include <thread>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

namespace eligo::synth {

std::size_t thread_count(int threads) {
  return threads > 0 ? static_cast<std::size_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
}

void run_tasks(const std::vector<Task>& tasks, int threads) {
  std::vector<std::exception_ptr> failures(tasks.size());
  const auto run = [&](std::size_t task) {
    try {
      tasks[task]();
    } catch (...) {
      failures[task] = std::current_exception();
    }
  };
  const std::size_t count = std::min(thread_count(threads), tasks.size());
  if (count <= 1) {
    for (std::size_t task = 0; task < tasks.size(); ++task) run(task);
  } else {
    boost::asio::thread_pool pool(count);
    for (std::size_t task = 0; task < tasks.size(); ++task) boost::asio::post(pool, [&run, task] { run(task); });
    pool.join();
  }
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
