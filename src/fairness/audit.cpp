// The fairness audit: outcomes of the contact list per group, with bootstrap intervals
// and the rules that make it fail (see fairness.hpp for the rules and why).
#include <algorithm>
#include <cmath>
#include <limits>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"
#include "fairness/format.hpp"
#include "rank/seeded_random.hpp"

namespace eligo {

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

struct Counts {
  double rows = 0, need = 0, contacted = 0, contacted_need = 0, predicted = 0, observed = 0;
};

struct Metrics {
  double recall = not_a_number, precision = not_a_number, selection = not_a_number, calibration = not_a_number;
};

Metrics metrics_of(const Counts& group, const Counts& everyone, bool has_probabilities) {
  Metrics m;
  if (group.need > 0) m.recall = group.contacted_need / group.need;
  if (group.contacted > 0) m.precision = group.contacted_need / group.contacted;
  if (group.need > 0 && everyone.need > 0 && everyone.contacted_need > 0)
    m.selection = m.recall / (everyone.contacted_need / everyone.need);
  if (has_probabilities && group.rows > 0) m.calibration = (group.predicted - group.observed) / group.rows;
  return m;
}

// Counts of every group of every attribute, and of everyone, over the rows drawn.
struct Tally {
  std::vector<std::vector<Counts>> groups;  // [attribute][group]
  Counts everyone;

  explicit Tally(const std::vector<GroupColumn>& attributes) {
    for (const auto& attribute : attributes) groups.emplace_back(attribute.groups.size());
  }
  void add(std::size_t row, const std::vector<GroupColumn>& attributes, bool contacted, double label,
           double probability) {
    const double need = label > 0.5 ? 1 : 0;
    const auto count = [&](Counts& c) {
      c.rows += 1;
      c.need += need;
      c.contacted += contacted ? 1 : 0;
      c.contacted_need += contacted ? need : 0;
      c.predicted += probability;
      c.observed += need;
    };
    count(everyone);
    for (std::size_t a = 0; a < attributes.size(); ++a) {
      const std::int32_t code = attributes[a].codes[row];
      if (code >= 0) count(groups[a][static_cast<std::size_t>(code)]);
    }
  }
};

Interval percentile_interval(std::vector<double> samples, double confidence) {
  samples.erase(std::remove_if(samples.begin(), samples.end(), [](double x) { return std::isnan(x); }), samples.end());
  if (samples.empty()) return {not_a_number, not_a_number};
  std::sort(samples.begin(), samples.end());
  const auto at = [&samples](double q) {  // linear interpolation between order statistics
    const double position = q * static_cast<double>(samples.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, samples.size() - 1);
    return samples[below] + (position - static_cast<double>(below)) * (samples[above] - samples[below]);
  };
  const double tail = (1 - confidence) / 2;
  return {at(tail), at(1 - tail)};
}

void check_inputs(std::span<const double> scores, std::span<const double> labels,
                  std::span<const double> probabilities, const std::vector<GroupColumn>& attributes,
                  const FairnessOptions& options) {
  if (scores.size() != labels.size() || (!probabilities.empty() && probabilities.size() != labels.size()))
    throw Error("fairness audit: scores, labels and probabilities differ in length");
  if (options.k == 0) throw Error("fairness audit: the contact capacity k must be at least 1");
  if (!(options.confidence > 0 && options.confidence < 1)) throw Error("fairness audit: confidence must be in (0, 1)");
  for (const auto& attribute : attributes) {
    if (attribute.codes.size() != labels.size())
      throw Error("fairness audit: attribute `" + attribute.name + "` has " + std::to_string(attribute.codes.size()) +
                  " values for " + std::to_string(labels.size()) + " rows");
    for (const auto code : attribute.codes)
      if (code >= static_cast<std::int32_t>(attribute.groups.size()))
        throw Error("fairness audit: attribute `" + attribute.name + "` has a code without a group label");
  }
}

}  // namespace

FairnessReport audit_fairness(std::span<const double> scores, std::span<const double> labels,
                              std::span<const double> probabilities, const std::vector<GroupColumn>& attributes,
                              const FairnessOptions& options) {
  check_inputs(scores, labels, probabilities, attributes, options);
  const std::size_t rows = labels.size();
  const bool has_probabilities = !probabilities.empty();
  std::vector<bool> contacted(rows, false);
  const auto order = contact_order(scores);
  for (std::size_t position = 0; position < std::min(options.k, rows); ++position) contacted[order[position]] = true;
  const auto probability = [&](std::size_t row) { return has_probabilities ? probabilities[row] : 0.0; };

  Tally full(attributes);
  for (std::size_t row = 0; row < rows; ++row) full.add(row, attributes, contacted[row], labels[row], probability(row));

  // Bootstrap: rows drawn with replacement, the contact list held fixed (it is a fact of
  // the ranking under audit; the uncertainty is in who happens to be in the data).
  std::vector<std::vector<std::vector<Metrics>>> draws(attributes.size());
  for (std::size_t a = 0; a < attributes.size(); ++a) draws[a].resize(attributes[a].groups.size());
  detail::SeededRandom random(options.seed);
  for (std::size_t sample = 0; sample < options.bootstrap_samples && rows > 0; ++sample) {
    Tally tally(attributes);
    for (std::size_t i = 0; i < rows; ++i) {
      const auto row = static_cast<std::size_t>(random.below(rows));
      tally.add(row, attributes, contacted[row], labels[row], probability(row));
    }
    for (std::size_t a = 0; a < attributes.size(); ++a)
      for (std::size_t g = 0; g < attributes[a].groups.size(); ++g)
        draws[a][g].push_back(metrics_of(tally.groups[a][g], tally.everyone, has_probabilities));
  }

  FairnessReport report;
  report.options = options;
  report.rows = rows;
  report.non_claimants = static_cast<std::size_t>(full.everyone.need);
  report.contacted = static_cast<std::size_t>(full.everyone.contacted);
  report.recall_at_k = full.everyone.need > 0 ? full.everyone.contacted_need / full.everyone.need : 0;
  report.precision_at_k = full.everyone.contacted > 0 ? full.everyone.contacted_need / full.everyone.contacted : 0;
  report.has_probabilities = has_probabilities;
  const auto& limits = options.thresholds;

  for (std::size_t a = 0; a < attributes.size(); ++a) {
    AttributeFairness audit{attributes[a].name, {}};
    std::size_t unknown = 0;
    for (const auto code : attributes[a].codes) unknown += code < 0 ? 1 : 0;
    if (unknown > 0)
      report.warnings.push_back(std::to_string(unknown) + " rows with unknown `" + attributes[a].name +
                                "` are left out of its groups");
    for (std::size_t g = 0; g < attributes[a].groups.size(); ++g) {
      const Counts& c = full.groups[a][g];
      const Metrics m = metrics_of(c, full.everyone, has_probabilities);
      GroupFairness group;
      group.group = attributes[a].groups[g];
      group.rows = static_cast<std::size_t>(c.rows);
      group.non_claimants = static_cast<std::size_t>(c.need);
      group.contacted = static_cast<std::size_t>(c.contacted);
      group.contacted_non_claimants = static_cast<std::size_t>(c.contacted_need);
      group.recall_at_k = m.recall;
      group.precision_at_k = m.precision;
      group.selection_vs_need = m.selection;
      group.calibration_gap = m.calibration;
      const auto interval = [&](double Metrics::*field) {
        std::vector<double> samples;
        for (const auto& draw : draws[a][g]) samples.push_back(draw.*field);
        return percentile_interval(std::move(samples), options.confidence);
      };
      group.recall_interval = interval(&Metrics::recall);
      group.precision_interval = interval(&Metrics::precision);
      group.selection_interval = interval(&Metrics::selection);
      group.calibration_interval = interval(&Metrics::calibration);
      group.small = group.rows < limits.small_group || group.non_claimants < limits.small_group;
      if (group.small)
        report.warnings.push_back("group `" + audit.attribute + "` = `" + group.group + "` is small (" +
                                  std::to_string(group.rows) + " rows, " + std::to_string(group.non_claimants) +
                                  " true non-claimants; fewer than " + std::to_string(limits.small_group) +
                                  "): shown, not judged");
      audit.groups.push_back(std::move(group));
    }

    // The four-fifths rule against the best judged group.
    const GroupFairness* best = nullptr;
    for (const auto& group : audit.groups)
      if (!group.small && (best == nullptr || group.recall_at_k > best->recall_at_k)) best = &group;
    for (auto& group : audit.groups) {
      if (best == nullptr || std::isnan(group.recall_at_k)) {
        group.recall_ratio_to_best = not_a_number;
        continue;
      }
      group.recall_ratio_to_best = best->recall_at_k > 0 ? group.recall_at_k / best->recall_at_k : 1.0;
      if (group.small) continue;
      if (group.recall_ratio_to_best < limits.minimum_recall_ratio)
        report.failures.push_back("recall@" + std::to_string(options.k) + " of `" + audit.attribute + "` = `" +
                                  group.group + "` is " + detail::fixed(group.recall_at_k) + ", " +
                                  detail::fixed(group.recall_ratio_to_best) + " times that of `" + best->group + "` (" +
                                  detail::fixed(best->recall_at_k) + "); the rule asks at least " +
                                  detail::fixed(limits.minimum_recall_ratio));
      if (has_probabilities && std::abs(group.calibration_gap) > limits.maximum_calibration_gap)
        report.failures.push_back("calibration of `" + audit.attribute + "` = `" + group.group +
                                  "`: predicted minus observed non-claimant rate is " +
                                  detail::fixed(group.calibration_gap, 3) + "; the rule allows at most " +
                                  detail::fixed(limits.maximum_calibration_gap, 3) + " either way");
    }
    if (best == nullptr && !audit.groups.empty())
      report.warnings.push_back("no group of `" + audit.attribute + "` is large enough to be judged");
    report.attributes.push_back(std::move(audit));
  }
  return report;
}

}  // namespace eligo
