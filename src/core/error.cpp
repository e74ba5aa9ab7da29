#include "eligo/error.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace eligo {

// Both the file's name and the message may hold text from users (an id, a column name):
// a line break or an escape byte in them is shown as an escape, so that every diagnostic
// stays one line and cannot forge another or drive the terminal.
std::string SourceLocation::to_string() const {
  std::string text = file.empty() ? std::string("<input>") : detail::printable(file);
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  return text;
}

std::string Diagnostic::to_string() const {
  return where.to_string() + (severity == Severity::error ? ": error: " : ": warning: ") + detail::printable(message);
}

namespace {
std::string join_messages(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    if (!text.empty()) text += '\n';
    text += diagnostic.to_string();
  }
  return text;
}
}  // namespace

Error::Error(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_messages(diagnostics)), diagnostics_(std::move(diagnostics)) {}

Error::Error(const std::string& message)
    : std::runtime_error(message), diagnostics_{Diagnostic{Severity::error, {}, message}} {}

Error::Error(SourceLocation where, const std::string& message)
    : Error(std::vector<Diagnostic>{Diagnostic{Severity::error, std::move(where), message}}) {}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void throw_if_errors(const std::vector<Diagnostic>& diagnostics) {
  if (has_errors(diagnostics)) throw Error(diagnostics);
}

}  // namespace eligo
