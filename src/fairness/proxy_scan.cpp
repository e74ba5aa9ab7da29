// How well each feature, alone and with the others, tells the groups of a protected
// attribute apart (the measure and thresholds are explained in fairness.hpp).
#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"
#include "fairness/format.hpp"

namespace eligo {

namespace {

constexpr const char* all_features = "(all features together)";

// Missing values rank below every known value, so that missingness is scanned too.
double rank_key(double x) { return std::isnan(x) ? -std::numeric_limits<double>::infinity() : x; }

// The folded one-against-rest AUC of `values` for every group of `attribute`, by the
// Mann-Whitney rank sums (ties share their mid-rank). NaN for a group too small to scan.
std::vector<double> folded_aucs(const std::vector<double>& values, const std::vector<std::size_t>& order,
                                const GroupColumn& attribute, std::size_t minimum_rows) {
  const std::size_t groups = attribute.groups.size();
  std::vector<double> rank_sum(groups, 0.0), members(groups, 0.0);
  double known = 0;
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start;
    double tied_known = 0;
    while (end < order.size() && rank_key(values[order[end]]) == rank_key(values[order[start]])) {
      tied_known += attribute.codes[order[end]] >= 0 ? 1 : 0;
      ++end;
    }
    const double mid_rank = known + (tied_known + 1) / 2;
    for (std::size_t i = start; i < end; ++i) {
      const std::int32_t code = attribute.codes[order[i]];
      if (code < 0) continue;
      rank_sum[static_cast<std::size_t>(code)] += mid_rank;
      members[static_cast<std::size_t>(code)] += 1;
    }
    known += tied_known;
    start = end;
  }
  std::vector<double> aucs(groups, std::nan(""));
  const auto minimum = static_cast<double>(minimum_rows);
  for (std::size_t g = 0; g < groups; ++g) {
    const double inside = members[g], outside = known - members[g];
    if (inside < minimum || outside < minimum) continue;
    const double auc = (rank_sum[g] - inside * (inside + 1) / 2) / (inside * outside);
    aucs[g] = std::max(auc, 1 - auc);
  }
  return aucs;
}

ProxyLevel level_of(double auc, const ProxyScanOptions& options) {
  if (auc >= options.strong_auc) return ProxyLevel::strong;
  if (auc >= options.notable_auc) return ProxyLevel::notable;
  return ProxyLevel::weak;
}

// The strongest group of one feature for one attribute; nothing when no group is scanned.
std::optional<ProxyFinding> strongest(const std::string& feature, const GroupColumn& attribute,
                                      const std::vector<double>& aucs, const ProxyScanOptions& options) {
  std::optional<ProxyFinding> best;
  for (std::size_t g = 0; g < aucs.size(); ++g)
    if (!std::isnan(aucs[g]) && (!best || aucs[g] > best->auc))
      best = ProxyFinding{feature, attribute.name, attribute.groups[g], aucs[g], level_of(aucs[g], options)};
  return best;
}

std::vector<std::size_t> sorted_rows(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&values](std::size_t a, std::size_t b) {
    const double x = rank_key(values[a]), y = rank_key(values[b]);
    return x != y ? x < y : a < b;
  });
  return order;
}

// One logistic regression per group on every scanned feature: proxies that need several
// features at once.
std::optional<ProxyFinding> joint_proxy(const FeatureMatrix& scanned, const GroupColumn& attribute,
                                        const ProxyScanOptions& options) {
  std::vector<std::size_t> known_rows;
  for (std::size_t row = 0; row < attribute.codes.size(); ++row)
    if (attribute.codes[row] >= 0) known_rows.push_back(row);
  Dataset data;
  data.features = scanned.select_rows(known_rows);
  std::vector<double> aucs(attribute.groups.size(), std::nan(""));
  for (std::size_t g = 0; g < attribute.groups.size(); ++g) {
    data.labels.clear();
    double inside = 0;
    for (const auto row : known_rows) {
      const bool member = attribute.codes[row] == static_cast<std::int32_t>(g);
      data.labels.push_back(member ? 1.0 : 0.0);
      inside += member ? 1 : 0;
    }
    const auto minimum = static_cast<double>(options.minimum_group_rows);
    if (inside < minimum || static_cast<double>(known_rows.size()) - inside < minimum) continue;
    const auto scores = train_logistic_regression(data).score(data.features);
    const double auc = roc_auc(scores, data.labels);
    aucs[g] = std::max(auc, 1 - auc);
  }
  return strongest(all_features, attribute, aucs, options);
}

const char* level_name(ProxyLevel level) {
  return level == ProxyLevel::strong ? "strong" : level == ProxyLevel::notable ? "notable" : "weak";
}

}  // namespace

ProxyScanReport scan_proxies(const FeatureMatrix& features, const std::vector<GroupColumn>& protected_attributes,
                             const ProxyScanOptions& options) {
  for (const auto& attribute : protected_attributes)
    if (attribute.codes.size() != features.rows())
      throw Error("proxy scan: attribute `" + attribute.name + "` has " + std::to_string(attribute.codes.size()) +
                  " values for " + std::to_string(features.rows()) + " rows");
  ProxyScanReport report;
  report.options = options;
  std::vector<FeatureColumn> scanned_columns;
  std::vector<std::size_t> scanned_source;
  for (std::size_t col = 0; col < features.cols(); ++col) {
    if (features.columns()[col].is_protected) continue;  // never a model input
    scanned_columns.push_back(features.columns()[col]);
    scanned_source.push_back(col);
    const std::vector<double> values = features.column_values(col);
    const auto order = sorted_rows(values);
    for (const auto& attribute : protected_attributes)
      if (auto finding = strongest(features.columns()[col].name, attribute,
                                   folded_aucs(values, order, attribute, options.minimum_group_rows), options))
        report.findings.push_back(*finding);
  }
  if (options.scan_all_features_together && !scanned_columns.empty()) {
    FeatureMatrix scanned(scanned_columns, features.rows());
    for (std::size_t row = 0; row < features.rows(); ++row)
      for (std::size_t i = 0; i < scanned_source.size(); ++i) scanned.set(row, i, features.at(row, scanned_source[i]));
    for (const auto& attribute : protected_attributes)
      if (auto finding = joint_proxy(scanned, attribute, options)) report.findings.push_back(*finding);
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const ProxyFinding& a, const ProxyFinding& b) { return a.auc > b.auc; });
  return report;
}

std::vector<ProxyFinding> ProxyScanReport::strong() const {
  std::vector<ProxyFinding> found;
  for (const auto& finding : findings)
    if (finding.level == ProxyLevel::strong) found.push_back(finding);
  return found;
}

std::string ProxyScanReport::to_text() const {
  std::string out = "Proxy scan\n==========\nHow well each feature tells a protected group from the others "
                    "(folded AUC: 0.50 no information, 1.00 perfect). Strong from " +
                    detail::fixed(options.strong_auc) + ", notable from " + detail::fixed(options.notable_auc) + ".\n";
  const auto strong_count = strong().size();
  out += strong_count == 0 ? "No strong proxy.\n" : std::to_string(strong_count) + " strong proxies:\n";
  for (const auto& f : findings)
    out += "  " + std::string(level_name(f.level)) + "  " + detail::fixed(f.auc) + "  `" + f.feature + "` for `" +
           f.attribute + "` (group `" + f.group + "`)\n";
  return out;
}

std::string ProxyScanReport::to_json() const {
  using json = nlohmann::ordered_json;
  json list = json::array();
  for (const auto& f : findings)
    list.push_back({{"feature", f.feature}, {"attribute", f.attribute}, {"group", f.group}, {"auc", f.auc},
                    {"level", level_name(f.level)}});
  const json out = {{"measure", "folded one-against-rest AUC"},
                    {"strong_auc", options.strong_auc},
                    {"notable_auc", options.notable_auc},
                    {"minimum_group_rows", options.minimum_group_rows},
                    {"findings", list}};
  // Group labels come from data: invalid UTF-8 is replaced (U+FFFD), never fatal.
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace eligo
