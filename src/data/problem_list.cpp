#include "data/problem_list.hpp"

#include <algorithm>
#include <tuple>

namespace eligo::data {

ProblemList::ProblemList(std::vector<std::string> files, std::size_t cap) : files_(std::move(files)), cap_(cap) {}

void ProblemList::add(const std::string& file, int line, int column, std::string message) {
  ++count_;
  if (diagnostics_.size() < cap_)
    diagnostics_.push_back(Diagnostic{Severity::error, SourceLocation{file, line, column}, std::move(message)});
}

void ProblemList::throw_if_any() const {
  if (count_ == 0) return;
  const auto rank = [this](const Diagnostic& d) {
    const auto file = std::find(files_.begin(), files_.end(), d.where.file);
    return std::tuple(file - files_.begin(), d.where.line, d.where.column);
  };
  std::vector<Diagnostic> sorted = diagnostics_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&rank](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  if (count_ > sorted.size()) {
    const std::string file = sorted.empty() ? std::string() : sorted.back().where.file;
    sorted.push_back(Diagnostic{Severity::error, SourceLocation{file, 0, 0},
                                "... and " + std::to_string(count_ - diagnostics_.size()) + " more problems"});
  }
  throw Error(std::move(sorted));
}

}  // namespace eligo::data
