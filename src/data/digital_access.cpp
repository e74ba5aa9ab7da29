// The names of a person's digital access, as the accessibility tables write them. In the
// data stage, not with the planner that reads those tables: the synthetic population writes
// them (synth) and the ranking model reads them as a feature (rank), both before outreach.
#include "eligo/outreach.hpp"

namespace eligo::outreach {

std::string_view to_string(DigitalAccess access) {
  switch (access) {
    case DigitalAccess::none: return "none";
    case DigitalAccess::low: return "low";
    case DigitalAccess::autonomous: return "autonomous";
  }
  return "none";
}

}  // namespace eligo::outreach
