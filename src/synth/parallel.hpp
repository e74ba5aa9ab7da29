// Work the generator spreads over threads. Each task writes its own part of the result and
// draws no random number another task would draw, so the population is the same whatever
// the number of threads.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace eligo::synth {

using Task = std::function<void()>;

// Runs the tasks on up to `threads` threads (0: one per core; 1: one after the other on this
// thread) and returns when all are done. The first exception, in the order of the tasks,
// is then thrown again.
void run_tasks(const std::vector<Task>& tasks, int threads);

// Threads that run_tasks would use for `threads`: at least one.
std::size_t thread_count(int threads);

// Adds `parts` tasks that cover rows [0, rows) in order: work(first, last) on ranges whose
// bounds, but the last, are multiples of `align` rows.
void add_row_ranges(std::vector<Task>& tasks, std::size_t rows, std::size_t parts, std::size_t align,
                    const std::function<void(std::size_t, std::size_t)>& work);

}  // namespace eligo::synth
