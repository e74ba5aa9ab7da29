// The full trace as text: what an agent or a reviewer reads to check a result line by line.
#include <sstream>

#include "eligo/explain.hpp"

namespace eligo {

namespace {

// A formula written over several YAML lines, on one line of the trace.
std::string on_one_line(const std::string& formula) {
  std::string line;
  bool in_space = false;
  for (const char c : formula) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && !line.empty()) in_space = true;
    if (space) continue;
    if (in_space) line += ' ';
    in_space = false;
    line += c;
  }
  return line;
}

}  // namespace

std::string render_trace_text(const Trace& trace) {
  std::ostringstream out;
  out << "trace of " << trace.group_id << " for " << trace.period << '\n';
  for (const TraceValue& value : trace.values) {
    out << "  " << value.kind << ' ' << value.name;
    if (!value.member_id.empty()) out << " [" << value.member_id << ']';
    out << " = " << value.value;
    if (!value.formula.empty()) out << "    <- " << on_one_line(value.formula);
    if (!value.reference.empty()) out << "    (" << value.reference << ')';
    out << '\n';
  }
  if (!trace.parameters.empty()) out << "parameters:\n";
  for (const ParameterUse& parameter : trace.parameters) {
    out << "  " << parameter.name << " = " << parameter.value << " since " << parameter.start;
    if (!parameter.reference.empty()) out << "    (" << parameter.reference << ')';
    out << '\n';
  }
  return out.str();
}

}  // namespace eligo
