// Detection: eligible (or undetermined) by the rules and not receiving.
#include <cstdlib>

#include "eligo/takeup.hpp"
#include "takeup/alignment.hpp"

namespace eligo {

std::int64_t monthly_amount_cents(const Benefit& benefit, std::int64_t amount_cents) {
  if (benefit.amount_period != "year") return amount_cents;
  // Half away from zero, as money is rounded elsewhere in eligo.
  const std::int64_t magnitude = (std::llabs(amount_cents) * 2 + 12) / 24;
  return amount_cents < 0 ? -magnitude : magnitude;
}

std::vector<Candidate> detect_candidates(const RulePack& pack, const Results& results,
                                         const ReceiptTable& receipts, const DetectionOptions& options) {
  const takeup::Alignment alignment(pack, results, receipts);
  std::vector<Candidate> candidates;
  for (std::size_t group = 0; group < results.group_count(); ++group) {
    for (std::size_t b = 0; b < results.benefits.size(); ++b) {
      const BenefitResults& benefit = results.benefits[b];
      const Status status = benefit.status[group];
      if (status == Status::not_eligible) continue;
      if (status == Status::undetermined && !options.include_undetermined) continue;
      const Receipt receipt = alignment.receipt(b, group);
      if (receipt == Receipt::yes && !options.include_receiving) continue;
      if (receipt == Receipt::unknown && !options.include_unknown_receipt) continue;
      Candidate candidate;
      candidate.group = static_cast<std::uint32_t>(group);
      candidate.benefit = static_cast<std::uint16_t>(b);
      candidate.status = status;
      candidate.receipt = receipt;
      if (status == Status::eligible)
        candidate.monthly_cents = monthly_amount_cents(*alignment.benefit(b), benefit.amount_cents[group]);
      else
        candidate.missing = results.missing_inputs(b, group);
      candidates.push_back(std::move(candidate));
    }
  }
  return candidates;
}

}  // namespace eligo
