// Problems reported to users: in a rule pack, in data, or during evaluation.
//
// Following cel-cpp, problems in user sources are collected as a list of diagnostics,
// each with a location, so that one run reports all of them. One exception type carries
// that list across the API.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace eligo {

// A place in a user file. Lines and columns count from 1; 0 means "not known".
// For CSV data, `line` is the physical line of the row and `column` the field index.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  std::string to_string() const;  // "file:line:column", dropping parts that are unknown
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;

  std::string to_string() const;  // "file:line:column: error: message"
};

// The one exception eligo throws for problems in what it was given.
class Error : public std::runtime_error {
 public:
  explicit Error(std::vector<Diagnostic> diagnostics);
  explicit Error(const std::string& message);
  Error(SourceLocation where, const std::string& message);

  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// Throws an Error holding every diagnostic when at least one of them is an error.
void throw_if_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace eligo
