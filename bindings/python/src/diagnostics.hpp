// Diagnostics as Python dicts: the one shape problems take in Python, whether they come
// from a pack (file, line, column) or from a DataFrame (frame, row, column name).
#pragma once

#include <pybind11/pybind11.h>

#include <vector>

#include "eligo/error.hpp"

namespace eligo::python {

pybind11::dict to_dict(const Diagnostic& diagnostic);
pybind11::list to_list(const std::vector<Diagnostic>& diagnostics);

}  // namespace eligo::python
