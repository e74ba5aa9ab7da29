// Fairness of a ranking, audited per group at every training and ranking run, and a scan
// for proxies of protected attributes among the model's features.
//
// The CNAF risk score lesson (FACTS.md): a model that never sees nationality or disability
// can still rebuild them from proxies ("receives AAH while working", single parenthood).
// So the audit looks at outcomes per group, whatever the features, and the proxy scan says
// how well each feature alone, and all of them together, would tell the groups apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "eligo/rank.hpp"

namespace eligo {

// A categorical attribute of each row: age band, sex, disability, nationality, territory,
// digital access. Protected or not, it only serves the audit here.
struct GroupColumn {
  std::string name;
  std::vector<std::string> groups;   // the label of each code
  std::vector<std::int32_t> codes;   // one per row; -1 = unknown (left out of the audit)

  // Groups in order of first appearance; an empty label is unknown.
  static GroupColumn from_labels(std::string name, const std::vector<std::string>& labels);
  // One group per distinct value of a feature column (NaN is unknown), labelled by value.
  static GroupColumn from_feature(const FeatureMatrix& features, const std::string& column);
};

// ---------------------------------------------------------------------------------------
// Proxy scan
//
// Measure: for each group of a protected attribute, the AUC of the feature at telling the
// group's members from everyone else, folded so that 0.5 means "no information" and 1
// "perfect separation" (max(AUC, 1 - AUC)); the largest over the groups is reported.
// AUC rather than normalised mutual information because it handles continuous features
// without binning, multi-group attributes through one-against-rest, and reads plainly: "a
// person of this group has a higher value than a person outside it in 78% of pairs".
// Missing values count as lower than any value, so that missingness itself is scanned.
//
// Thresholds: 0.70 marks a strong proxy, 0.60 a notable one (the usual reading of AUC:
// 0.7 to 0.8 "acceptable", above 0.8 "excellent" discrimination, Hosmer and Lemeshow).
// Groups with fewer than 30 rows are not scanned.
struct ProxyScanOptions {
  double strong_auc = 0.70;
  double notable_auc = 0.60;
  std::size_t minimum_group_rows = 30;
  // Also fit one logistic regression on all features per group: proxies that only appear
  // together. Its AUC is measured on the rows it was fitted on, so it errs on the side of
  // flagging.
  bool scan_all_features_together = true;
};

enum class ProxyLevel { weak, notable, strong };

struct ProxyFinding {
  std::string feature;    // "(all features together)" for the joint scan
  std::string attribute;
  std::string group;      // the group the feature separates best
  double auc = 0.5;       // folded: 0.5 to 1
  ProxyLevel level = ProxyLevel::weak;
};

struct ProxyScanReport {
  ProxyScanOptions options;
  std::vector<ProxyFinding> findings;  // one per feature and attribute, strongest first

  std::vector<ProxyFinding> strong() const;
  std::string to_text() const;
  std::string to_json() const;
};

// Scans every column of `features` that is not protected against each attribute. Throws
// Error when an attribute's length differs from the rows.
ProxyScanReport scan_proxies(const FeatureMatrix& features, const std::vector<GroupColumn>& protected_attributes,
                             const ProxyScanOptions& options = {});

// ---------------------------------------------------------------------------------------
// Fairness audit
//
// The k best-ranked rows are the ones contacted. Per group:
// - recall@k: share of the group's true non-claimants who are contacted;
// - precision@k: share of the group's contacted rows who are true non-claimants;
// - selection against need: the group's recall@k over the overall recall@k (1 = the group's
//   needs are met in the same proportion as everyone's);
// - calibration gap: mean predicted probability minus observed non-claimant rate.
// Intervals: percentile bootstrap over rows (seeded, the ranking held fixed).
//
// The audit fails when, for a group that is not small:
// - its recall@k is below 0.8 times the best group's (the four-fifths rule of the US
//   EEOC's Uniform Guidelines, applied to meeting need rather than to hiring), or
// - its calibration gap exceeds 0.10 in absolute value (the probabilities would mislead
//   agents about that group).
// A group is small when it has fewer than 30 rows or fewer than 30 true non-claimants: it
// gets a warning, its figures and intervals are shown, and it does not decide the verdict
// (its estimates are too noisy to fail or clear a model on).
struct FairnessThresholds {
  double minimum_recall_ratio = 0.8;
  double maximum_calibration_gap = 0.10;
  std::size_t small_group = 30;
};

struct FairnessOptions {
  std::size_t k = 0;  // the contact capacity; required
  std::size_t bootstrap_samples = 200;
  double confidence = 0.95;
  std::uint64_t seed = 1;
  FairnessThresholds thresholds;
};

struct Interval {
  double low = 0, high = 0;
};

struct GroupFairness {
  std::string group;
  std::size_t rows = 0, non_claimants = 0, contacted = 0, contacted_non_claimants = 0;
  double recall_at_k = 0, precision_at_k = 0, selection_vs_need = 0, calibration_gap = 0;
  double recall_ratio_to_best = 0;
  Interval recall_interval, precision_interval, selection_interval, calibration_interval;
  bool small = false;
};

struct AttributeFairness {
  std::string attribute;
  std::vector<GroupFairness> groups;
};

struct FairnessReport {
  FairnessOptions options;
  std::size_t rows = 0, non_claimants = 0, contacted = 0;
  double recall_at_k = 0, precision_at_k = 0;
  bool has_probabilities = false;
  std::vector<AttributeFairness> attributes;
  std::vector<std::string> failures;  // each says which rule, which group, by how much
  std::vector<std::string> warnings;

  bool passed() const noexcept { return failures.empty(); }
  std::string summary() const;  // a few lines for the model card
  std::string to_text() const;
  std::string to_html() const;  // a whole accessible page: headings, captions, table headers
  std::string to_json() const;
};

// `labels`: 1 = true non-claimant. `probabilities` may be empty (then no calibration
// figures). Throws Error on mismatched lengths or k = 0.
FairnessReport audit_fairness(std::span<const double> scores, std::span<const double> labels,
                              std::span<const double> probabilities, const std::vector<GroupColumn>& attributes,
                              const FairnessOptions& options);

// ---------------------------------------------------------------------------------------
// Mitigation: a contact list with group quotas
//
// When the audit fails because some groups' needs are met less than others' (ordering by
// expected gain from contact passes over those whom the past campaign's channels helped
// least, often the oldest and the digitally excluded), the agency may decide to re-rank
// with group-aware quotas. The k contacts still go, within each group, to the best-ranked;
// but in every attribute, each group that is not small is contacted at a rate against its
// need within `rate_tolerance` of the attribute's overall rate (0.1: between 0.9 and 1.1
// times it, so that no group falls below 0.9 / 1.1 = 0.82 times another, inside the
// audit's four-fifths rule). Need is what the agency knows before contact: one per
// candidate by default, or a weight per row. Rows are exchanged one at a time: for the
// group furthest outside its band, the best-ranked row outside the list comes in (or the
// lowest-ranked row of the list goes out), against the lowest-ranked row of the list (or
// the best-ranked outside it) whose move takes no group out of its band.
// It is a decision of the agency, reported with the audit before and after; the model's
// scores are left as they are.
struct GroupQuotaOptions {
  std::size_t k = 0;               // the contact capacity; required
  double rate_tolerance = 0.1;     // each group's rate within this share of the overall rate
  double small_group = 30;         // groups with less need are not constrained (as in the audit)
  std::size_t max_exchanges = 0;   // 0: 2 k
};

struct GroupQuotaResult {
  std::vector<std::size_t> order;    // every row: the k contacted (by score), then the others (by score)
  std::vector<double> rank_scores;   // per row, a score that ranks as `order` (for audit_fairness)
  std::size_t exchanges = 0;         // rows exchanged against the plain ranking
  bool satisfied = false;            // every quota met
  std::vector<std::string> adjustments;  // per group whose contacts changed: "attribute = group: 12 -> 31 contacts"
};

// `need` may be empty (one per row). Throws Error on mismatched lengths or k = 0.
GroupQuotaResult rerank_with_group_quotas(std::span<const double> scores, std::span<const double> need,
                                          const std::vector<GroupColumn>& groups, const GroupQuotaOptions& options);

}  // namespace eligo
