#include "column_conversion.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <memory>

#include "pack_dicts.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

constexpr std::size_t reported_bad_values = 20;

int decimal_digits(ValueType type) {
  switch (type) {
    case ValueType::money: return 2;
    case ValueType::decimal: return 6;
    default: return 0;
  }
}

std::int64_t unit_scale(ValueType type) {
  switch (type) {
    case ValueType::money: return cents_per_euro;
    case ValueType::decimal: return decimal_scale;
    default: return 1;
  }
}

std::string type_words(ValueType type) {
  switch (type) {
    case ValueType::money: return "money (euros, at most 2 decimals)";
    case ValueType::decimal: return "a decimal (at most 6 decimals)";
    case ValueType::integer: return "a whole number";
    case ValueType::boolean: return "a boolean (true/false or 1/0)";
    case ValueType::date: return "a date";
    case ValueType::enumeration: return "one of the listed values";
  }
  return "a value";
}

bool fits_width(std::int64_t value, std::size_t width) {
  if (width >= 8) return true;
  const std::int64_t limit = std::int64_t{1} << (8 * width - 1);
  return value >= -limit && value < limit;
}

// Keeps a numpy array alive as long as a Column reads its buffer; the last Column to go
// releases it, taking the GIL, since that may happen in a thread that does not hold it.
std::shared_ptr<const void> keep_alive(const py::array& array) {
  PyObject* held = array.ptr();
  Py_INCREF(held);
  return std::shared_ptr<const void>(array.data(), [held](const void*) {
    py::gil_scoped_acquire gil;
    Py_DECREF(held);
  });
}

// Writes rows into a Column (or, for a borrowed one, only marks rows unknown), checking each
// known value against the input's range.
class ColumnWriter {
 public:
  ColumnWriter(const InputSpec& spec, std::size_t rows) : spec_(spec) {
    // Narrow widths keep the engine's copy of a column no larger than pandas' own.
    result_.column = Column(spec.type, rows, storage_width(spec));
  }
  // Over values read in place: only unknown and ill-fitting rows are written (as unknown).
  ColumnWriter(const InputSpec& spec, Column borrowed) : spec_(spec) { result_.column = std::move(borrowed); }

  void unknown(std::size_t row) { result_.column.set_unknown(row); }

  void bad(std::size_t row, std::string message) {
    result_.column.set_unknown(row);
    if (result_.bad.size() < reported_bad_values) result_.bad.push_back({row, std::move(message)});
    ++result_.bad_count;
  }

  // True when `value` fits the input; otherwise the row is reported and left unknown. The
  // messages say what was expected, never the value: they end up in logs and tickets.
  bool fits(std::size_t row, std::int64_t value) {
    if (spec_.type == ValueType::boolean && value != 0 && value != 1)
      return bad(row, "value is not a boolean (expected true/false or 1/0)"), false;
    if (spec_.type == ValueType::enumeration &&
        (value < 0 || static_cast<std::size_t>(value) >= spec_.enum_values.size()))
      return bad(row, "enumeration index out of range"), false;
    if (spec_.minimum && value < *spec_.minimum)
      return bad(row, "value below the minimum " + format_value(spec_.type, *spec_.minimum) + " of " + spec_.name),
             false;
    if (spec_.maximum && value > *spec_.maximum)
      return bad(row, "value above the maximum " + format_value(spec_.type, *spec_.maximum) + " of " + spec_.name),
             false;
    if (!fits_width(value, result_.column.width())) return bad(row, "value out of range of " + spec_.name), false;
    return true;
  }

  void known(std::size_t row, std::int64_t value) {
    if (fits(row, value)) result_.column.set(row, value);
  }

  Conversion take() { return std::move(result_); }

 private:
  const InputSpec& spec_;
  Conversion result_;
};

// A 1-D array whose values can be read in place: contiguous, and still alive while the
// Column lives (keep_alive).
bool contiguous(const py::array& array) { return array.ndim() == 1 && array.strides(0) == array.itemsize(); }

// The shortest text that reads back as `value` (what Python's repr gives), kept to `digits`
// decimals. Digits beyond are accepted only when they are floating-point noise such as the
// ...00000004 of 0.1 + 0.2, which six zeros (or nines) in a row right after them reveal.
std::optional<std::int64_t> exact_from_double(double value, int digits) {
  // Fast path: when the whole number of cents (or millionths) nearest to value, divided back,
  // gives value itself, that decimal reads back as value, and no other with as few decimals
  // does: it is the shortest text's. Far below 2^53 / scale, so every step is exact.
  const double scale = digits == 2 ? 100.0 : digits == 6 ? 1e6 : 1.0;
  if (std::fabs(value) < 1e9) {
    const double scaled = std::nearbyint(value * scale);
    if (scaled / scale == value) return static_cast<std::int64_t>(scaled);
  }
  char buffer[400];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (error != std::errc{}) return std::nullopt;
  std::string text(buffer, end);
  const auto point = text.find('.');
  if (point != std::string::npos && text.size() - point - 1 > static_cast<std::size_t>(digits)) {
    const std::string extra = text.substr(point + 1 + static_cast<std::size_t>(digits));
    const bool noise_below = extra.rfind("000000", 0) == 0;
    const bool noise_above = extra.rfind("999999", 0) == 0;
    if (!noise_below && !noise_above) return std::nullopt;
    text.resize(point + 1 + static_cast<std::size_t>(digits));
    auto scaled = parse_scaled(text, digits);
    if (scaled && noise_above) *scaled += value < 0 ? -1 : 1;
    return scaled;
  }
  return parse_scaled(text, digits);
}

}  // namespace

Conversion from_integers(const InputSpec& spec, const Int64Array& values, const std::optional<MaskArray>& mask) {
  if (spec.type == ValueType::date)
    throw Error("column '" + spec.name + "': integers cannot be dates; give datetime64 values or 'YYYY-MM-DD' text");
  const auto in = values.unchecked<1>();
  std::optional<decltype(mask->unchecked<1>())> missing;
  if (mask) missing.emplace(mask->unchecked<1>());
  const auto rows = static_cast<std::size_t>(in.shape(0));
  const std::int64_t scale = unit_scale(spec.type);
  // Whole numbers stored as they are: the engine reads the array itself.
  const bool in_place = scale == 1 && storage_width(spec) == 8 && contiguous(values);
  ColumnWriter out = in_place ? ColumnWriter(spec, Column::borrowed(spec.type, values.data(), rows, 8, keep_alive(values)))
                              : ColumnWriter(spec, rows);
  py::gil_scoped_release release;
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    if (missing && (*missing)(row)) {
      out.unknown(r);
      continue;
    }
    std::int64_t scaled = 0;
    if (__builtin_mul_overflow(in(row), scale, &scaled)) {
      out.bad(r, "value too large for " + spec.name);
      continue;
    }
    if (in_place)
      out.fits(r, scaled);
    else
      out.known(r, scaled);
  }
  return out.take();
}

Conversion from_floats(const InputSpec& spec, const py::array_t<double>& values) {
  if (spec.type == ValueType::date || spec.type == ValueType::enumeration)
    throw Error("column '" + spec.name + "': numbers cannot be " + type_words(spec.type));
  const auto in = values.unchecked<1>();
  const int digits = decimal_digits(spec.type);
  py::gil_scoped_release release;
  ColumnWriter out(spec, static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    const double value = in(row);
    if (std::isnan(value)) {
      out.unknown(r);
      continue;
    }
    if (!std::isfinite(value)) {
      out.bad(r, "infinite value");
      continue;
    }
    const auto exact = exact_from_double(value, digits);
    if (!exact) {
      out.bad(r, "value is not " + type_words(spec.type));
      continue;
    }
    out.known(r, *exact);
  }
  return out.take();
}

Conversion from_booleans(const InputSpec& spec, const py::array_t<bool>& values, const std::optional<MaskArray>& mask) {
  if (spec.type != ValueType::boolean)
    throw Error("column '" + spec.name + "': booleans cannot be " + type_words(spec.type));
  const auto in = values.unchecked<1>();
  std::optional<decltype(mask->unchecked<1>())> missing;
  if (mask) missing.emplace(mask->unchecked<1>());
  const auto rows = static_cast<std::size_t>(in.shape(0));
  // numpy booleans are one byte, 0 or 1: the engine reads the array itself.
  const bool in_place = contiguous(values);
  ColumnWriter out = in_place ? ColumnWriter(spec, Column::borrowed(spec.type, values.data(), rows, 1, keep_alive(values)))
                              : ColumnWriter(spec, rows);
  py::gil_scoped_release release;
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    if (missing && (*missing)(row))
      out.unknown(r);
    else if (!in_place)
      out.known(r, in(row) ? 1 : 0);
  }
  return out.take();
}

Conversion from_datetimes(const InputSpec& spec, const Int64Array& ticks, std::int64_t ticks_per_day) {
  if (spec.type != ValueType::date)
    throw Error("column '" + spec.name + "': dates cannot be " + type_words(spec.type));
  const auto in = ticks.unchecked<1>();
  constexpr std::int64_t not_a_time = std::numeric_limits<std::int64_t>::min();
  py::gil_scoped_release release;
  ColumnWriter out(spec, static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    const std::int64_t tick = in(row);
    if (tick == not_a_time) {
      out.unknown(r);
      continue;
    }
    // Floor division: a time of day belongs to its day, also before 1970.
    std::int64_t days = tick / ticks_per_day;
    if (tick % ticks_per_day < 0) --days;
    out.known(r, days);
  }
  return out.take();
}

namespace {

bool is_identity(const py::detail::unchecked_reference<std::int64_t, 1>& table) {
  for (py::ssize_t i = 0; i < table.shape(0); ++i)
    if (table(i) != i) return false;
  return true;
}

template <typename Code>
Conversion codes_of(const InputSpec& spec, const py::array& codes, const Int64Array& lookup) {
  const auto in = codes.unchecked<Code, 1>();
  const auto table = lookup.unchecked<1>();
  const auto rows = static_cast<std::size_t>(in.shape(0));
  // Categories in the pack's order (as sample_population and the pack's own categoricals
  // give them): the codes are the values, and the engine reads them in place.
  const bool in_place = is_identity(table) && contiguous(codes);
  ColumnWriter out = in_place
                         ? ColumnWriter(spec, Column::borrowed(spec.type, codes.data(), rows, sizeof(Code), keep_alive(codes)))
                         : ColumnWriter(spec, rows);
  py::gil_scoped_release release;
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    const std::int64_t code = in(row);
    if (code < 0) {
      out.unknown(r);
    } else if (code >= table.shape(0) || table(code) < 0) {
      out.bad(r, "value is not " + type_words(spec.type));
    } else if (in_place) {
      out.fits(r, code);
    } else {
      out.known(r, table(code));
    }
  }
  return out.take();
}

}  // namespace

Conversion from_codes(const InputSpec& spec, const py::array& codes, const Int64Array& lookup) {
  if (codes.ndim() != 1 || codes.dtype().kind() != 'i')
    throw Error("column '" + spec.name + "': category codes must be a 1-D array of signed integers");
  switch (codes.itemsize()) {
    case 1: return codes_of<std::int8_t>(spec, codes, lookup);
    case 2: return codes_of<std::int16_t>(spec, codes, lookup);
    case 4: return codes_of<std::int32_t>(spec, codes, lookup);
    default: return codes_of<std::int64_t>(spec, codes, lookup);
  }
}

Conversion from_texts(const InputSpec& spec, const std::vector<std::optional<std::string>>& texts) {
  py::gil_scoped_release release;
  ColumnWriter out(spec, texts.size());
  for (std::size_t row = 0; row < texts.size(); ++row) {
    if (!texts[row]) {
      out.unknown(row);
      continue;
    }
    try {
      out.known(row, parse_input_value(spec, *texts[row]));
    } catch (const Error& error) {
      out.bad(row, error.what());  // what was expected, without the text (tests/unit/privacy.cpp)
    }
  }
  return out.take();
}

}  // namespace eligo::python
