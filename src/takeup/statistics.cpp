// Take-up statistics by benefit and by group, weighted by survey weights when present.
#include "eligo/takeup.hpp"
#include "takeup/alignment.hpp"

namespace eligo {

namespace {

double rate(double part, double whole) { return whole > 0 ? part / whole : 0.0; }

void add_truth(BenefitTakeUp& row, std::size_t b_truth, const TakeUpTruth& truth,
               const takeup::Alignment& alignment, std::size_t b_results, const std::vector<double>* weights) {
  double eligible = 0, receiving = 0, not_receiving = 0, stake_cents = 0;
  const auto& eligible_column = truth.eligible[b_truth];
  for (std::size_t group = 0; group < eligible_column.size(); ++group) {
    if (eligible_column[group] == 0) continue;
    const double weight = weights ? (*weights)[group] : 1.0;
    eligible += weight;
    const Receipt receipt = alignment.receipt(b_results, group);
    if (receipt == Receipt::yes) receiving += weight;
    if (receipt == Receipt::no) {
      not_receiving += weight;
      stake_cents += weight * static_cast<double>(truth.monthly_cents[b_truth][group]);
    }
  }
  row.true_eligible = eligible;
  row.true_not_receiving = not_receiving;
  row.true_non_take_up_rate = rate(not_receiving, receiving + not_receiving);
  row.true_monthly_at_stake_euros = stake_cents / cents_per_euro;
}

}  // namespace

TakeUpStatistics take_up_statistics(const RulePack& pack, const Results& results, const ReceiptTable& receipts,
                                    const Population& population, const TakeUpTruth* truth) {
  if (population.group_count() != results.group_count())
    throw Error("take-up statistics: the population has " + std::to_string(population.group_count()) +
                " groups but the results " + std::to_string(results.group_count()));
  if (truth != nullptr)
    for (const auto& column : truth->eligible)
      if (column.size() != results.group_count())
        throw Error("take-up statistics: the truth table is not aligned with the results' groups");
  const takeup::Alignment alignment(pack, results, receipts);
  const std::vector<double>* weights = population.weights() ? &*population.weights() : nullptr;

  TakeUpStatistics statistics;
  statistics.weighted = weights != nullptr;
  std::vector<GroupTakeUp> groups(results.group_count());
  for (std::size_t b = 0; b < results.benefits.size(); ++b) {
    const BenefitResults& benefit = results.benefits[b];
    BenefitTakeUp row;
    row.benefit = benefit.benefit;
    double stake_cents = 0;
    for (std::size_t group = 0; group < results.group_count(); ++group) {
      const Status status = benefit.status[group];
      if (status == Status::not_eligible) continue;
      const double weight = weights ? (*weights)[group] : 1.0;
      const Receipt receipt = alignment.receipt(b, group);
      if (status == Status::undetermined) {
        row.undetermined += weight;
        if (receipt == Receipt::no) {
          row.undetermined_not_receiving += weight;
          ++groups[group].benefits_undetermined;
        }
        continue;
      }
      row.eligible += weight;
      if (receipt == Receipt::yes) row.receiving += weight;
      if (receipt == Receipt::unknown) row.receipt_unknown += weight;
      if (receipt == Receipt::no) {
        const std::int64_t monthly = monthly_amount_cents(*alignment.benefit(b), benefit.amount_cents[group]);
        row.not_receiving += weight;
        stake_cents += weight * static_cast<double>(monthly);
        ++groups[group].benefits_not_claimed;
        groups[group].monthly_at_stake_cents += monthly;
      }
    }
    row.non_take_up_rate = rate(row.not_receiving, row.receiving + row.not_receiving);
    row.monthly_at_stake_euros = stake_cents / cents_per_euro;
    if (truth != nullptr) {
      for (std::size_t t = 0; t < truth->benefits.size(); ++t)
        if (truth->benefits[t] == benefit.benefit) add_truth(row, t, *truth, alignment, b, weights);
    }
    statistics.by_benefit.push_back(std::move(row));
  }
  for (std::size_t group = 0; group < groups.size(); ++group) {
    if (groups[group].benefits_not_claimed == 0 && groups[group].benefits_undetermined == 0) continue;
    groups[group].group = static_cast<std::uint32_t>(group);
    statistics.by_group.push_back(groups[group]);
  }
  return statistics;
}

TakeUpTruth truth_from_results(const RulePack& pack, const Results& complete) {
  TakeUpTruth truth;
  for (const auto& benefit : complete.benefits) {
    const Benefit* spec = pack.find_benefit(benefit.benefit);
    if (spec == nullptr) throw Error("benefit \"" + benefit.benefit + "\" of the results is not in pack " + pack.id);
    std::vector<std::uint8_t> eligible(complete.group_count(), 0);
    std::vector<std::int64_t> monthly(complete.group_count(), 0);
    for (std::size_t group = 0; group < complete.group_count(); ++group) {
      if (benefit.status[group] != Status::eligible) continue;
      eligible[group] = 1;
      monthly[group] = monthly_amount_cents(*spec, benefit.amount_cents[group]);
    }
    truth.benefits.push_back(benefit.benefit);
    truth.eligible.push_back(std::move(eligible));
    truth.monthly_cents.push_back(std::move(monthly));
  }
  return truth;
}

}  // namespace eligo
