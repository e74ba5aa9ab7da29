// A column of the population: typed values stored in 1 to 8 bytes with a validity bitmap.
// In the core stage: the evaluation (eval) reads the columns before the population's readers
// and builders (data) come in the stage order.
#include <algorithm>
#include <cassert>
#include <cstring>

#include "eligo/error.hpp"
#include "eligo/population.hpp"

namespace eligo {

namespace {
constexpr std::size_t words_for(std::size_t rows) { return (rows + 63) / 64; }
constexpr std::uint64_t bit_of(std::size_t row) { return std::uint64_t{1} << (row % 64); }

// One stored value, sign-extended from its width. memcpy keeps the read free of aliasing
// assumptions and compiles to a single load.
template <typename Stored>
std::int64_t load(const std::byte* data, std::size_t row) noexcept {
  Stored value;
  std::memcpy(&value, data + row * sizeof(Stored), sizeof(Stored));
  return value;
}

template <typename Stored>
void read_rows(const std::byte* data, const std::uint64_t* validity, std::size_t first, std::size_t n,
               std::int64_t* values, std::uint8_t* known) noexcept {
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t row = first + i;
    const bool is_known = (validity[row / 64] >> (row % 64)) & 1u;
    known[i] = is_known;
    // Unknown rows read as 0 whatever is stored there (a borrowed buffer may hold anything).
    values[i] = is_known ? load<Stored>(data, row) : 0;
  }
}

template <typename Stored>
void write_rows(std::byte* data, std::uint64_t* validity, std::size_t first, std::size_t n, const std::int64_t* values,
                const std::uint8_t* known) noexcept {
  for (std::size_t i = 0; i < n; ++i) {
    const auto narrow = static_cast<Stored>(known[i] ? values[i] : 0);
    std::memcpy(data + (first + i) * sizeof(Stored), &narrow, sizeof(Stored));
  }
  // Validity a word at a time: the rows of [first, first + n) that fall in one word.
  for (std::size_t i = 0; i < n;) {
    const std::size_t row = first + i;
    const std::size_t shift = row % 64;
    const std::size_t count = std::min<std::size_t>(64 - shift, n - i);
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k < count; ++k) bits |= std::uint64_t{known[i + k] != 0} << k;
    const std::uint64_t mask = (count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1) << shift;
    validity[row / 64] = (validity[row / 64] & ~mask) | (bits << shift);
    i += count;
  }
}

bool valid_width(std::size_t width) { return width == 1 || width == 2 || width == 4 || width == 8; }
}  // namespace

// Every row starts unknown: a column is only as known as what was put in it.
Column::Column(ValueType type, std::size_t rows, std::size_t width)
    : type_(type),
      rows_(rows),
      width_(static_cast<std::uint8_t>(width)),
      owned_((rows * width + 7) / 8, 0),
      validity_(words_for(rows), 0) {
  if (!valid_width(width)) throw Error("a column stores 1, 2, 4 or 8 bytes a value");
}

Column Column::borrowed(ValueType type, const void* values, std::size_t rows, std::size_t width,
                        std::shared_ptr<const void> owner) {
  if (!valid_width(width)) throw Error("a column stores 1, 2, 4 or 8 bytes a value");
  Column column;
  column.type_ = type;
  column.rows_ = rows;
  column.width_ = static_cast<std::uint8_t>(width);
  column.borrowed_ = static_cast<const std::byte*>(values);
  column.owner_ = std::move(owner);
  column.validity_.assign(words_for(rows), ~std::uint64_t{0});
  if (rows % 64 != 0) column.validity_.back() = bit_of(rows) - 1;  // bits past the end stay clear
  return column;
}

std::int64_t Column::value(std::size_t row) const noexcept {
  const std::byte* stored = data();
  switch (width_) {
    case 1: return load<std::int8_t>(stored, row);
    case 2: return load<std::int16_t>(stored, row);
    case 4: return load<std::int32_t>(stored, row);
    default: return load<std::int64_t>(stored, row);
  }
}

std::optional<std::int64_t> Column::get(std::size_t row) const {
  if (!is_known(row)) return std::nullopt;
  return value(row);
}

std::span<const std::int64_t> Column::values() const {
  if (width_ != 8) throw Error("values(): this column stores " + std::to_string(width_) + " bytes a value; use read()");
  return {reinterpret_cast<const std::int64_t*>(data()), rows_};
}

void Column::read(std::size_t first, std::size_t n, std::int64_t* values, std::uint8_t* known) const noexcept {
  assert(first + n <= rows_);
  const std::byte* stored = data();
  switch (width_) {
    case 1: return read_rows<std::int8_t>(stored, validity_.data(), first, n, values, known);
    case 2: return read_rows<std::int16_t>(stored, validity_.data(), first, n, values, known);
    case 4: return read_rows<std::int32_t>(stored, validity_.data(), first, n, values, known);
    default: return read_rows<std::int64_t>(stored, validity_.data(), first, n, values, known);
  }
}

void Column::set(std::size_t row, std::int64_t value) {
  assert(row < rows_);
  if (is_borrowed()) throw Error("a column over borrowed values is read-only");
  auto* stored = reinterpret_cast<std::byte*>(owned_.data()) + row * width_;
  switch (width_) {
    case 1: {
      const auto narrow = static_cast<std::int8_t>(value);
      std::memcpy(stored, &narrow, 1);
      break;
    }
    case 2: {
      const auto narrow = static_cast<std::int16_t>(value);
      std::memcpy(stored, &narrow, 2);
      break;
    }
    case 4: {
      const auto narrow = static_cast<std::int32_t>(value);
      std::memcpy(stored, &narrow, 4);
      break;
    }
    default: std::memcpy(stored, &value, 8);
  }
  assert(this->value(row) == value);  // the width was chosen for the input's range
  validity_[row / 64] |= bit_of(row);
}

void Column::write(std::size_t first, std::size_t n, const std::int64_t* values, const std::uint8_t* known) {
  assert(first + n <= rows_);
  if (is_borrowed()) throw Error("a column over borrowed values is read-only");
  auto* stored = reinterpret_cast<std::byte*>(owned_.data());
  switch (width_) {
    case 1: return write_rows<std::int8_t>(stored, validity_.data(), first, n, values, known);
    case 2: return write_rows<std::int16_t>(stored, validity_.data(), first, n, values, known);
    case 4: return write_rows<std::int32_t>(stored, validity_.data(), first, n, values, known);
    default: return write_rows<std::int64_t>(stored, validity_.data(), first, n, values, known);
  }
}

void Column::set_unknown(std::size_t row) {
  assert(row < rows_);
  // A fixed slot value keeps results reproducible; it is never read as data. Borrowed values
  // are not ours to write: read() gives 0 for unknown rows anyway.
  if (!is_borrowed()) std::memset(reinterpret_cast<std::byte*>(owned_.data()) + row * width_, 0, width_);
  validity_[row / 64] &= ~bit_of(row);
}

void Column::resize(std::size_t rows) {
  if (is_borrowed()) throw Error("a column over borrowed values cannot be resized");
  const std::size_t old_rows = rows_;
  rows_ = rows;
  owned_.resize((rows * width_ + 7) / 8, 0);
  validity_.resize(words_for(rows), 0);
  // Bits past the end are kept clear so that word-wise operations never see stale rows.
  if (rows < old_rows && rows % 64 != 0) validity_.back() &= bit_of(rows) - 1;
  // Shrinking then growing again must not bring back old values.
  if (rows < old_rows)
    std::memset(reinterpret_cast<std::byte*>(owned_.data()) + rows * width_, 0, owned_.size() * 8 - rows * width_);
}

std::size_t Column::value_bytes() const noexcept { return rows_ * width_; }

Column Column::permuted(std::span<const std::uint32_t> rows) const {
  Column result(type_, rows.size(), width_);
  const std::byte* from_data = data();
  auto* to_data = reinterpret_cast<std::byte*>(result.owned_.data());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t from = rows[i];
    assert(from < rows_);
    if (is_known(from)) {
      std::memcpy(to_data + i * width_, from_data + std::size_t{from} * width_, width_);
      result.validity_[i / 64] |= bit_of(i);
    }
  }
  return result;
}

std::size_t storage_width(const InputSpec& spec) noexcept {
  switch (spec.type) {
    case ValueType::boolean: return 1;
    case ValueType::enumeration: return spec.enum_values.size() <= 127 ? 1 : spec.enum_values.size() <= 32767 ? 2 : 8;
    case ValueType::date: return 4;
    default: return 8;
  }
}

}  // namespace eligo
