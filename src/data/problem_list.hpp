// Problems found in data files, gathered so that one run reports all of them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "eligo/error.hpp"

namespace eligo::data {

class ProblemList {
 public:
  // `files` in the order their problems are listed; past `cap` problems are only counted,
  // so a file broken on every row still yields a readable message.
  explicit ProblemList(std::vector<std::string> files, std::size_t cap = 100);

  void add(const std::string& file, int line, int column, std::string message);
  std::size_t count() const noexcept { return count_; }
  // True once `cap` problems are kept: later ones are only counted, their text unused.
  bool full() const noexcept { return diagnostics_.size() >= cap_; }

  // Throws one Error listing the problems by file, line and column, with a last line
  // counting those left out; does nothing when there is none.
  void throw_if_any() const;

 private:
  std::vector<std::string> files_;
  std::size_t cap_;
  std::size_t count_ = 0;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace eligo::data
