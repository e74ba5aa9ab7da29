// Clocks, memory readings and statistics shared by the benchmark programs.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "eligo/population.hpp"

namespace eligo::bench {

// Wall-clock and process CPU time (all threads), in seconds. CPU time is the steadier of
// the two on a machine shared with other work.
struct Clock {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  double cpu = process_cpu();

  static double process_cpu() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
  double wall_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  }
  double cpu_seconds() const { return process_cpu() - cpu; }
};

inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Nearest-rank percentile, p in [0, 100].
inline double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size()) + 0.999999);
  rank = std::clamp<std::size_t>(rank, 1, values.size());
  return values[rank - 1];
}

// A field of /proc/self/status in bytes (VmRSS, VmHWM); 0 when unavailable.
inline std::int64_t proc_status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stoll(line.substr(field.size() + 1)) * 1024;
  }
  return 0;
}

// Resets the peak resident size (VmHWM) to the current one (Linux >= 4.0).
inline bool reset_peak_rss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  return static_cast<bool>(clear);
}

// Bytes of the input columns: values (1 to 8 bytes a row) and validity bits.
inline std::int64_t input_column_bytes(const Population& population) {
  std::int64_t total = 0;
  for (const EntityTable* table : {&population.groups(), &population.persons()})
    for (const auto& [name, column] : table->columns)
      total += static_cast<std::int64_t>(column.value_bytes() + column.validity().size_bytes());
  return total;
}

}  // namespace eligo::bench
