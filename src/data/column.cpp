#include <cassert>

#include "eligo/population.hpp"

namespace eligo {

namespace {
constexpr std::size_t words_for(std::size_t rows) { return (rows + 63) / 64; }
constexpr std::uint64_t bit_of(std::size_t row) { return std::uint64_t{1} << (row % 64); }
}  // namespace

// Every row starts unknown: a column is only as known as what was put in it.
Column::Column(ValueType type, std::size_t rows)
    : type_(type), values_(rows, 0), validity_(words_for(rows), 0) {}

std::optional<std::int64_t> Column::get(std::size_t row) const {
  if (!is_known(row)) return std::nullopt;
  return values_[row];
}

void Column::set(std::size_t row, std::int64_t value) {
  assert(row < values_.size());
  values_[row] = value;
  validity_[row / 64] |= bit_of(row);
}

void Column::set_unknown(std::size_t row) {
  assert(row < values_.size());
  values_[row] = 0;  // a fixed slot value keeps results reproducible; it is never read as data
  validity_[row / 64] &= ~bit_of(row);
}

void Column::resize(std::size_t rows) {
  const std::size_t old_rows = values_.size();
  values_.resize(rows, 0);
  validity_.resize(words_for(rows), 0);
  // Bits past the end are kept clear so that word-wise operations never see stale rows.
  if (rows < old_rows && rows % 64 != 0) validity_.back() &= bit_of(rows) - 1;
}

Column Column::permuted(std::span<const std::uint32_t> rows) const {
  Column result(type_, rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t from = rows[i];
    assert(from < values_.size());
    result.values_[i] = values_[from];
    if (is_known(from)) result.validity_[i / 64] |= bit_of(i);
  }
  return result;
}

}  // namespace eligo
