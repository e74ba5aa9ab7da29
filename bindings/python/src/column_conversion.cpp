#include "column_conversion.hpp"

#include <charconv>
#include <cmath>
#include <limits>

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

// Writes rows into a Column, checking each known value against the input's range.
class ColumnWriter {
 public:
  ColumnWriter(const InputSpec& spec, std::size_t rows) : spec_(spec) { result_.column = Column(spec.type, rows); }

  void unknown(std::size_t row) { result_.column.set_unknown(row); }

  void bad(std::size_t row, std::string message) {
    result_.column.set_unknown(row);
    if (result_.bad.size() < reported_bad_values) result_.bad.push_back({row, std::move(message)});
    ++result_.bad_count;
  }

  void known(std::size_t row, std::int64_t value) {
    if (spec_.type == ValueType::boolean && value != 0 && value != 1)
      return bad(row, std::to_string(value) + " is not a boolean (expected true/false or 1/0)");
    if (spec_.type == ValueType::enumeration &&
        (value < 0 || static_cast<std::size_t>(value) >= spec_.enum_values.size()))
      return bad(row, "enumeration index " + std::to_string(value) + " is out of range");
    if (spec_.minimum && value < *spec_.minimum)
      return bad(row, format_value(spec_.type, value) + " is below the minimum " +
                          format_value(spec_.type, *spec_.minimum));
    if (spec_.maximum && value > *spec_.maximum)
      return bad(row, format_value(spec_.type, value) + " is above the maximum " +
                          format_value(spec_.type, *spec_.maximum));
    result_.column.set(row, value);
  }

  Conversion take() { return std::move(result_); }

 private:
  const InputSpec& spec_;
  Conversion result_;
};

// The shortest text that reads back as `value` (what Python's repr gives), kept to `digits`
// decimals. Digits beyond are accepted only when they are floating-point noise such as the
// ...00000004 of 0.1 + 0.2, which six zeros (or nines) in a row right after them reveal.
std::optional<std::int64_t> exact_from_double(double value, int digits) {
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
  const std::int64_t scale = unit_scale(spec.type);
  py::gil_scoped_release release;
  ColumnWriter out(spec, static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    if (missing && (*missing)(row)) {
      out.unknown(r);
      continue;
    }
    std::int64_t scaled = 0;
    if (__builtin_mul_overflow(in(row), scale, &scaled)) {
      out.bad(r, std::to_string(in(row)) + " is too large");
      continue;
    }
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
      char text[64];
      const auto [end, error] = std::to_chars(text, text + sizeof text, value);
      const std::string shown = error == std::errc{} ? std::string(text, end) : std::string("value");
      out.bad(r, shown + " is not " + type_words(spec.type));
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
  py::gil_scoped_release release;
  ColumnWriter out(spec, static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    if (missing && (*missing)(row))
      out.unknown(r);
    else
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

Conversion from_codes(const InputSpec& spec, const Int64Array& codes, const Int64Array& lookup) {
  const auto in = codes.unchecked<1>();
  const auto table = lookup.unchecked<1>();
  py::gil_scoped_release release;
  ColumnWriter out(spec, static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t row = 0; row < in.shape(0); ++row) {
    const auto r = static_cast<std::size_t>(row);
    const std::int64_t code = in(row);
    if (code < 0) {
      out.unknown(r);
    } else if (code >= table.shape(0) || table(code) < 0) {
      out.bad(r, "value is not " + type_words(spec.type));
    } else {
      out.known(r, table(code));
    }
  }
  return out.take();
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
      out.bad(row, "'" + *texts[row] + "': " + error.what());
    }
  }
  return out.take();
}

}  // namespace eligo::python
