// Progress of long runs, on stderr and only when stderr is a terminal: a script that
// captures the output or a log file gets none of it.
#pragma once

#include <chrono>
#include <string_view>

namespace eligo::cli {

class Progress {
 public:
  Progress();  // enabled when stderr is a terminal

  // Announces a stage ("reading data"); the previous one is reported done with its time.
  void stage(std::string_view what);
  void done();  // ends the last stage

 private:
  bool enabled_;
  bool in_stage_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace eligo::cli
