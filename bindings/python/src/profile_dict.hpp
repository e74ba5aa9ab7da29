// An accessibility profile (docs/outreach.md) from a dict of the accessibility table's
// columns, values already typed by the Python layer; absent keys keep the cautious defaults
// (no digital access assumed).
#pragma once

#include <pybind11/pybind11.h>

#include "eligo/outreach.hpp"

namespace eligo::python {

outreach::AccessibilityProfile profile_from(const pybind11::dict& fields);

}  // namespace eligo::python
