// The full trace as text: what an agent or a reviewer reads to check a result line by line.
#include <sstream>

#include "eligo/explain.hpp"

namespace eligo {

std::string render_trace_text(const Trace& trace) {
  std::ostringstream out;
  out << "trace of " << trace.group_id << " for " << trace.period << '\n';
  for (const TraceValue& value : trace.values) {
    out << "  " << value.kind << ' ' << value.name;
    if (!value.member_id.empty()) out << " [" << value.member_id << ']';
    out << " = " << value.value;
    if (!value.formula.empty()) out << "    <- " << value.formula;
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
