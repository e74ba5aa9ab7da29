#include "cli/ranking_chain.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace eligo::cli {

std::vector<std::size_t> rows_on_side(const std::vector<Candidate>& candidates, const detail::HouseholdSplit& split,
                                      detail::HouseholdSplit::Side side) {
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < candidates.size(); ++row)
    if (split.side[candidates[row].group] == side) rows.push_back(row);
  return rows;
}

namespace {

template <typename T>
std::vector<T> select(const std::vector<T>& values, const std::vector<std::size_t>& rows) {
  std::vector<T> selected;
  selected.reserve(rows.size());
  for (const std::size_t row : rows) selected.push_back(values[row]);
  return selected;
}

// The audit groups keep their order; a group none of the rows kept belongs to is left out,
// as it would be on a population of these households alone.
GroupColumn select_groups(const GroupColumn& column, const std::vector<std::size_t>& rows) {
  std::vector<std::int32_t> code_kept(column.groups.size(), -1);
  for (const std::size_t row : rows)
    if (const std::int32_t code = column.codes[row]; code >= 0) code_kept[static_cast<std::size_t>(code)] = 0;
  GroupColumn selected{column.name, {}, {}};
  for (std::size_t code = 0; code < column.groups.size(); ++code) {
    if (code_kept[code] < 0) continue;
    code_kept[code] = static_cast<std::int32_t>(selected.groups.size());
    selected.groups.push_back(column.groups[code]);
  }
  selected.codes.reserve(rows.size());
  for (const std::size_t row : rows) {
    const std::int32_t code = column.codes[row];
    selected.codes.push_back(code < 0 ? -1 : code_kept[static_cast<std::size_t>(code)]);
  }
  return selected;
}

CandidateFeatures select_features(const CandidateFeatures& features, const std::vector<std::size_t>& rows) {
  CandidateFeatures selected{features.model.select_rows(rows), {}, select(features.addressed_person, rows)};
  for (const GroupColumn& column : features.audit_groups) selected.audit_groups.push_back(select_groups(column, rows));
  return selected;
}

}  // namespace

DetectedRights select_households(const DetectedRights& detected, const detail::HouseholdSplit& split,
                                 detail::HouseholdSplit::Side side) {
  const std::vector<std::size_t> candidate_rows = rows_on_side(detected.candidates, split, side);
  const std::vector<std::size_t> right_rows = rows_on_side(detected.rights, split, side);
  return {detected.results, select(detected.candidates, candidate_rows),
          select_features(detected.features, candidate_rows), select(detected.rights, right_rows),
          select_features(detected.rights_features, right_rows)};
}

std::vector<double> non_claimant_labels(const std::vector<Candidate>& candidates, const TakeUpTruth* truth) {
  std::vector<double> labels;
  labels.reserve(candidates.size());
  for (const Candidate& c : candidates)
    labels.push_back(truth != nullptr ? truth->eligible[c.benefit][c.group] : c.status == Status::eligible ? 1.0 : 0.0);
  return labels;
}

std::string metrics_text(const RankingMetrics& metrics) {
  std::ostringstream text;
  text << "NDCG@k " << std::fixed << std::setprecision(3) << metrics.ndcg_at_k << ", precision@k "
       << metrics.precision_at_k << ", recall@k " << metrics.recall_at_k << ", AUC " << metrics.auc
       << ", expected rights opened per 100 contacts " << std::setprecision(1)
       << metrics.rights_opened_per_100_contacts;
  return text.str();
}

std::map<std::string, double> card_metrics(const RankingMetrics& metrics) {
  return {{"k", static_cast<double>(metrics.k)},
          {"ndcg_at_k", metrics.ndcg_at_k},
          {"precision_at_k", metrics.precision_at_k},
          {"recall_at_k", metrics.recall_at_k},
          {"auc", metrics.auc},
          {"rights_opened_per_100_contacts", metrics.rights_opened_per_100_contacts}};
}

FairnessReport audit_contact_list(std::span<const double> scores, std::span<const double> labels,
                                  const DetectedRights& detected, std::size_t k) {
  FairnessOptions options;
  options.k = k;
  return audit_fairness(scores, labels, {}, detected.features.audit_groups, options);
}

void print_contact_line(std::ostream& out, std::size_t position, const DetectedRights& detected,
                        const RankedCandidate& entry) {
  const Candidate& c = detected.candidates[entry.row];
  out << std::setw(3) << position << ". " << detected.features.addressed_person[entry.row] << " ("
      << detected.results.group_ids[c.group] << ") " << detected.results.benefits[c.benefit].benefit << ' '
      << (c.status == Status::undetermined ? std::string("undetermined") : format_scaled(c.monthly_cents, 2) + " EUR/month")
      << ", P(non-claimant) " << std::fixed << std::setprecision(2) << entry.non_claimant_probability;
  if (!std::isnan(entry.expected_gain)) out << ", gain from contact " << entry.expected_gain;
  out << "; reasons:";
  for (const Reason& reason : entry.reasons) out << ' ' << reason.feature;
  out << '\n';
}

}  // namespace eligo::cli
