#include "takeup/alignment.hpp"

namespace eligo::takeup {

Alignment::Alignment(const RulePack& pack, const Results& results, const ReceiptTable& receipts)
    : receipts_(receipts) {
  for (const auto& benefit : results.benefits) {
    const Benefit* spec = pack.find_benefit(benefit.benefit);
    if (spec == nullptr) throw Error("benefit \"" + benefit.benefit + "\" of the results is not in pack " + pack.id);
    benefits_.push_back(spec);
    receipt_column_.push_back(receipts.find_benefit(benefit.benefit).value_or(none));
  }
  receipt_row_.reserve(results.group_count());
  for (const auto& id : results.group_ids) receipt_row_.push_back(receipts.find_group(id).value_or(none));
}

}  // namespace eligo::takeup
