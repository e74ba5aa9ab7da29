#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace eligo::cli {

Progress::Progress() : enabled_(::isatty(STDERR_FILENO) == 1) {}

void Progress::stage(std::string_view what) {
  done();
  if (!enabled_) return;
  std::cerr << "eligo: " << what << "..." << std::flush;
  in_stage_ = true;
  started_ = std::chrono::steady_clock::now();
}

void Progress::done() {
  if (!enabled_ || !in_stage_) return;
  const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_);
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, " %.3f s\n", elapsed.count());
  std::cerr << seconds << std::flush;
  in_stage_ = false;
}

}  // namespace eligo::cli
