// Filling eligo Columns from numpy arrays, one pass each, with the GIL released.
//
// Copies: none where the engine can read the caller's array as it is (int64 whole numbers,
// numpy booleans, category codes in the pack's order: the Column borrows the buffer and keeps
// the array alive); otherwise each converter reads the array in place (any stride) and
// writes the Column once, in as few bytes a value as the type needs (1 for booleans and
// enumerations, 4 for dates), so the Column is at most one copy of an input column. Values that do not fit the
// input (more decimals than the type holds, out of range, not a whole number...) are left
// unknown and reported as BadValue rows, so the Python layer can name column, row and id.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eligo/pack.hpp"
#include "eligo/population.hpp"

namespace eligo::python {

struct BadValue {
  std::size_t row = 0;
  std::string message;
};

struct Conversion {
  Column column;
  std::vector<BadValue> bad;  // the first few problems only
  std::size_t bad_count = 0;  // all of them
};

using Int64Array = pybind11::array_t<std::int64_t>;
using MaskArray = pybind11::array_t<bool>;  // true where the value is missing (pandas' convention)

// Whole numbers: integers as they are, money and decimals counted in euros and units (scaled
// to cents and millionths), booleans as 0/1, enumerations as value indices.
Conversion from_integers(const InputSpec& spec, const Int64Array& values, const std::optional<MaskArray>& mask);

// Floating point numbers, NaN being unknown. Money and decimals go through the shortest
// decimal text of each number, so 646.52 is exactly 64652 cents.
Conversion from_floats(const InputSpec& spec, const pybind11::array_t<double>& values);

Conversion from_booleans(const InputSpec& spec, const pybind11::array_t<bool>& values,
                         const std::optional<MaskArray>& mask);

// datetime64 values seen as int64 ticks, `ticks_per_day` of them a day; NaT is unknown.
Conversion from_datetimes(const InputSpec& spec, const Int64Array& ticks, std::int64_t ticks_per_day);

// Category codes (-1 unknown; any signed integer width) mapped through `lookup` to the
// input's enumeration indices.
Conversion from_codes(const InputSpec& spec, const pybind11::array& codes, const Int64Array& lookup);

// Text in the pack's notation (None unknown), parsed as the CSV reader does.
Conversion from_texts(const InputSpec& spec, const std::vector<std::optional<std::string>>& texts);

}  // namespace eligo::python
