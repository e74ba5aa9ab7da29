// A loaded pack described as plain Python values (dicts, lists, strings), which the
// pure-Python layer turns into DataFrames. Values keep the pack's notation: money in euros
// as exact text ("646.52"), dates as "YYYY-MM-DD".
#pragma once

#include <pybind11/pybind11.h>

#include "eligo/pack.hpp"

namespace eligo::python {

pybind11::dict to_dict(const Text& text);
pybind11::dict to_dict(const SourceLocation& where);
pybind11::dict to_dict(const EntityModel& entities);
pybind11::dict to_dict(const InputSpec& input);
pybind11::dict to_dict(const Parameter& parameter);
pybind11::dict to_dict(const Variable& variable);
pybind11::dict to_dict(const Benefit& benefit);
pybind11::dict to_dict(const TestCase& test);

// A value in the type's representation, written in the pack's notation.
std::string format_value(ValueType type, std::int64_t value, const std::vector<std::string>& enum_values = {});

}  // namespace eligo::python
