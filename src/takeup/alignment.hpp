// Receipts and pack benefits lined up with the groups and benefits of a Results, so that
// detection and statistics read them by index in the hot loops.
#pragma once

#include <vector>

#include "eligo/pack.hpp"
#include "eligo/results.hpp"
#include "eligo/takeup.hpp"

namespace eligo::takeup {

class Alignment {
 public:
  // Throws Error when a benefit of the results is not in the pack. Receipt columns of
  // benefits the results do not have are ignored; groups the receipts lack are unknown.
  Alignment(const RulePack& pack, const Results& results, const ReceiptTable& receipts);

  Receipt receipt(std::size_t benefit, std::size_t group) const noexcept {
    const std::size_t column = receipt_column_[benefit];
    const std::size_t row = receipt_row_[group];
    if (column == none || row == none) return Receipt::unknown;
    return receipts_.get(column, row);
  }
  const Benefit* benefit(std::size_t benefit) const noexcept { return benefits_[benefit]; }

 private:
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  const ReceiptTable& receipts_;
  std::vector<std::size_t> receipt_column_;  // per result benefit
  std::vector<std::size_t> receipt_row_;     // per result group
  std::vector<const Benefit*> benefits_;     // per result benefit
};

}  // namespace eligo::takeup
