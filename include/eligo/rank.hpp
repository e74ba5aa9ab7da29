// Ordering who an agent contacts first: features, two small models, calibration, uplift,
// metrics at the contact capacity, and a versioned model file with its model card.
//
// The model never decides anything: eligibility comes from the rules, the decision from a
// person. The ranking only orders the candidates. Two outputs are kept apart (Ascarza 2018:
// the most likely non-claimant is not always the one whom contact helps): the probability
// of being a non-claimant, and the expected gain from contact learnt on a campaign's
// randomised control group.
//
// The API does not know how features are produced: any stage (detection, synthetic
// population, agency data) fills a FeatureMatrix.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace eligo {

// ---------------------------------------------------------------------------------------
// Features

struct FeatureColumn {
  std::string name;
  // A protected attribute (sex, nationality, disability...) may serve the law and the
  // fairness audit, never the ranking model: training refuses it.
  bool is_protected = false;
};

// Row-major doubles with named columns. A missing value is NaN (FeatureMatrix::missing);
// the logistic model gives each column with missing values an indicator, the trees learn
// a default direction at each split.
class FeatureMatrix {
 public:
  static constexpr double missing = std::numeric_limits<double>::quiet_NaN();

  FeatureMatrix() = default;
  // Zero-filled. Throws Error on an empty or duplicate column name.
  FeatureMatrix(std::vector<FeatureColumn> columns, std::size_t rows);
  // Throws Error when values.size() is not a multiple of the column count.
  FeatureMatrix(std::vector<FeatureColumn> columns, std::vector<double> row_major_values);

  std::size_t rows() const noexcept { return rows_; }
  std::size_t cols() const noexcept { return columns_.size(); }
  const std::vector<FeatureColumn>& columns() const noexcept { return columns_; }

  double at(std::size_t row, std::size_t col) const noexcept { return values_[row * cols() + col]; }
  void set(std::size_t row, std::size_t col, double value) noexcept { values_[row * cols() + col] = value; }
  std::span<const double> row(std::size_t row) const noexcept { return {values_.data() + row * cols(), cols()}; }
  std::span<const double> values() const noexcept { return values_; }

  std::optional<std::size_t> find(const std::string& name) const;
  std::size_t index_of(const std::string& name) const;  // throws Error naming the column
  std::vector<double> column_values(std::size_t col) const;
  FeatureMatrix select_rows(std::span<const std::size_t> rows) const;

 private:
  std::vector<FeatureColumn> columns_;
  std::vector<double> values_;
  std::size_t rows_ = 0;
};

// What a model learns from. Only `features` and `labels` are required.
struct Dataset {
  FeatureMatrix features;
  // Binary models: 1 = non-claimant (or "claimed after contact" for the uplift arms).
  // LambdaRank: a relevance grade >= 0 (e.g. 1 = opened a right after contact).
  std::vector<double> labels;
  // Optional: rows with the same id form one ranked list (one territory, one campaign
  // batch). Empty: the whole dataset is one list.
  std::vector<std::uint32_t> query_ids;
  // Optional sample (survey) weights, > 0. Empty: all 1.
  std::vector<double> weights;
  // Optional, for the uplift model: 1 = contacted in the campaign, 0 = randomised control.
  std::vector<std::uint8_t> contacted;
  // Optional: the household each row belongs to. Where rows are held out of a fit
  // (train_two_outputs' calibration rows), a household's rows stay together, so that no
  // held-out row is learnt through its household's other rows. Empty: each row alone.
  std::vector<std::uint32_t> households;

  std::size_t rows() const noexcept { return features.rows(); }
  // Throws Error listing every inconsistency (lengths, NaN or negative labels, weights <= 0).
  void validate() const;
  Dataset select_rows(std::span<const std::size_t> rows) const;
};

// Throws Error naming every protected column of `features`: "feature `nationalite` is
// protected: it may serve the law and the fairness audit, never the ranking model".
void refuse_protected_features(const FeatureMatrix& features);

// Writes features, then label, query, weight and contacted columns (those present), for
// peers such as scikit-learn or LightGBM. Missing values are written as empty fields.
// Doubles keep 17 significant digits. The file is written whole or not at all.
void write_dataset_csv(const Dataset& data, const std::filesystem::path& path);

// ---------------------------------------------------------------------------------------
// Models

namespace detail {
struct RankingModelData;
}

enum class ModelKind { logistic_regression, boosted_trees };
enum class TreeObjective { lambdarank, binary_logistic };

struct LogisticOptions {
  double l2 = 1.0;  // penalty on the standardised coefficients, not on the intercept
  int max_iterations = 50;
  double tolerance = 1e-10;  // on the largest Newton step of a coefficient
};

struct TreeOptions {
  TreeObjective objective = TreeObjective::lambdarank;
  int trees = 100;
  int max_depth = 4;  // at most 4: the model must stay small enough to explain
  double learning_rate = 0.1;
  double min_child_weight = 1e-3;  // minimum sum of second derivatives in a leaf
  int min_child_rows = 5;
  double l2 = 1.0;                 // on leaf values
  double subsample = 1.0;          // share of rows drawn (without replacement) per tree
  int max_bins = 64;               // quantile bins per feature, plus one for missing
  std::size_t ndcg_at = 0;         // LambdaRank: optimise NDCG at this depth (0 = whole list)
  double sigma = 1.0;              // LambdaRank: steepness of the pairwise logistic loss
  std::uint64_t seed = 1;
};

// An explanation of one score: score == bias + sum(contributions), one contribution per
// model feature (in feature_names() order), in the score's own units (logit for the
// logistic model and the binary trees).
struct ScoreExplanation {
  double bias = 0;
  std::vector<double> contributions;
};

// A trained, immutable model; copies share it and it is safe to use from many threads.
class RankingModel {
 public:
  RankingModel() = default;  // empty; scoring throws
  explicit RankingModel(std::shared_ptr<const detail::RankingModelData> data);

  bool empty() const noexcept { return data_ == nullptr; }
  ModelKind kind() const;
  const std::vector<std::string>& feature_names() const;

  // Raw scores: a logit (logistic regression, binary trees) or a ranking score
  // (LambdaRank; calibrate it to read it as a probability). Columns are found by name,
  // so the matrix may hold more columns (e.g. protected ones kept for the audit).
  std::vector<double> score(const FeatureMatrix& features) const;
  // Exact contributions: coefficient x standardised value for the logistic model,
  // TreeSHAP (Lundberg et al. 2018, path-dependent) for the trees.
  ScoreExplanation explain(const FeatureMatrix& features, std::size_t row) const;

  const detail::RankingModelData& data() const;

 private:
  std::shared_ptr<const detail::RankingModelData> data_;
};

// Both refuse protected features and validate the dataset first. Deterministic: the same
// data, options and seed give bit-identical models.
RankingModel train_logistic_regression(const Dataset& data, const LogisticOptions& options = {});
RankingModel train_boosted_trees(const Dataset& data, const TreeOptions& options = {});

// ---------------------------------------------------------------------------------------
// Calibration: from a raw score to the probability of being a non-claimant.

enum class CalibrationMethod {
  none,       // the score is already a probability's logit (logistic regression)
  platt,      // sigmoid(a * score + b), fitted by Newton on the log-loss
  isotonic,   // pool-adjacent-violators; needs at least 1000 samples
  automatic,  // isotonic from 1000 samples on, Platt below
};

// A plain value: the fitted parameters are public so that the model file stores them.
struct Calibrator {
  static constexpr std::size_t isotonic_minimum_samples = 1000;

  CalibrationMethod method = CalibrationMethod::none;  // none: probability = sigmoid(score)
  double platt_a = 1, platt_b = 0;
  // Isotonic: a step function, value i from threshold i (scores sorted ascending).
  std::vector<double> isotonic_thresholds, isotonic_values;

  // Throws Error when isotonic is asked for with fewer than 1000 samples: below that the
  // step function overfits, and a silent fallback would hide the change from the model
  // card. `automatic` makes the choice explicit instead.
  static Calibrator fit(CalibrationMethod method, std::span<const double> scores,
                        std::span<const double> labels, std::span<const double> weights = {});

  double probability(double score) const;
  std::vector<double> probabilities(std::span<const double> scores) const;
};

// ---------------------------------------------------------------------------------------
// Uplift: the expected gain from contact, P(claim | contacted, x) - P(claim | control, x).
//
// Two-model approach: one regularised logistic regression on the contacted rows, one on
// the randomised control rows. Because the campaign's control group is random, each arm is
// an unbiased estimate without propensity modelling, each is a calibrated probability an
// agent can read, and each is explained with the same contributions as the baseline. The
// transformed-outcome alternative needs a regression on a noisy +-1/p target, which a
// small control group makes unstable.
class UpliftModel {
 public:
  UpliftModel() = default;
  UpliftModel(RankingModel contacted_arm, RankingModel control_arm);

  bool empty() const noexcept { return contacted_.empty(); }
  std::vector<double> expected_gain(const FeatureMatrix& features) const;
  const RankingModel& contacted_arm() const noexcept { return contacted_; }
  const RankingModel& control_arm() const noexcept { return control_; }

 private:
  RankingModel contacted_, control_;
};

// `campaign.labels`: 1 = claimed within the follow-up window; `campaign.contacted` is
// required, and each arm needs at least 20 rows. Throws Error otherwise.
UpliftModel train_uplift(const Dataset& campaign, const LogisticOptions& options = {});

// ---------------------------------------------------------------------------------------
// Metrics at the real contact capacity k (the first k of the ranking are contacted).

struct RankingMetrics {
  std::size_t k = 0;
  double ndcg_at_k = 0;
  double precision_at_k = 0;  // share of true non-claimants among the k contacted
  double recall_at_k = 0;     // share of all true non-claimants that are among the k
  double auc = 0;             // of the scores against the labels, ties counted half
  double brier = 0;           // of the probabilities (NaN when none are given)
  // 100 x mean over the k contacted of label x chance that contact opens the right.
  double rights_opened_per_100_contacts = 0;
};

// Labels are 1 for a true non-claimant. `probabilities` (for Brier) may be empty.
// `opening_chance` gives per row the chance a contact opens the right (e.g. the uplift
// model's gain or the simulated truth); empty means the constant `default_opening_chance`
// (about a quarter of those contacted then claimed in the CAF Gironde pilot, FACTS.md).
RankingMetrics evaluate_ranking(std::span<const double> scores, std::span<const double> labels,
                                std::size_t k, std::span<const double> probabilities = {},
                                std::span<const double> opening_chance = {},
                                double default_opening_chance = 0.25);

double ndcg_at_k(std::span<const double> scores, std::span<const double> relevance, std::size_t k);
// NDCG@k of each list (rows sharing a query id), averaged over the lists: k contacts per
// territory or campaign batch.
double mean_ndcg_at_k(std::span<const double> scores, std::span<const double> relevance,
                      std::span<const std::uint32_t> query_ids, std::size_t k);
double roc_auc(std::span<const double> scores, std::span<const double> labels,
               std::span<const double> weights = {});
double brier_score(std::span<const double> probabilities, std::span<const double> labels);

// Row indices ordered by decreasing score, ties by increasing row: the contact order.
std::vector<std::size_t> contact_order(std::span<const double> scores);

// ---------------------------------------------------------------------------------------
// The model file: versioned JSON with its model card.

struct ModelCard {
  std::string title;
  std::string data_description;  // where the training data come from, rows, period
  std::string trained_on;        // ISO date
  std::string intended_use = "Order the candidates an agent contacts first. Eligibility is decided by "
                             "the rules and the decision by a person; the model decides nothing.";
  std::string limits;
  std::map<std::string, double> metrics;  // e.g. "ndcg_at_k", "recall_at_k"
  std::string fairness_summary;           // e.g. the audit's text summary and verdict
};

struct SavedModel {
  RankingModel non_claimant;  // raw score; probability through `calibration`
  Calibrator calibration;
  UpliftModel uplift;  // may be empty
  ModelCard card;

  std::vector<double> non_claimant_probability(const FeatureMatrix& features) const;
};

inline constexpr int model_format_version = 1;

std::string model_to_json(const SavedModel& model);
// `source` names the text in errors (a file name). Throws Error naming the source and what
// is wrong (syntax with its byte offset, a missing or mistyped field with its JSON path, a
// newer format version, a tree that points outside itself).
SavedModel model_from_json(const std::string& text, const std::string& source);
// Written whole or not at all (a temporary file renamed into place).
void save_model(const SavedModel& model, const std::filesystem::path& path);
SavedModel load_model(const std::filesystem::path& path);

// Both outputs from an agency's data. The non-claimant model (boosted trees, binary
// log-loss) learns from `rights`: every right at stake, claimed or not, label 1 when not
// claimed (non_claimant_dataset in features.hpp). One household in five (every fifth
// household index, or every fifth row when `rights.households` is empty) is held out of its
// training and calibrates it (CalibrationMethod::automatic), so that the probability is not
// the training fit's. The uplift model learns from `campaign`. The card
// is left for the caller to fill.
SavedModel train_two_outputs(const Dataset& rights, const Dataset& campaign, const TreeOptions& trees = {},
                             const LogisticOptions& uplift = {});

// ---------------------------------------------------------------------------------------
// The contact list: both outputs side by side, ordered by the one the campaign chooses.

enum class ContactOrder {
  non_claimant_probability,  // who most likely does not claim
  expected_gain,             // whom contact most likely helps (needs the uplift model)
};

struct Reason {
  std::string feature;
  double contribution = 0;  // in the non-claimant model's score units; > 0 raises the rank
};

struct RankedCandidate {
  std::size_t row = 0;
  double non_claimant_probability = 0;
  double expected_gain = 0;  // NaN without an uplift model
  std::vector<Reason> reasons;  // the largest contributions by absolute value, first
};

// The first `k` rows by the chosen output (ties by row), each with up to `reasons` reasons
// from the non-claimant model. Throws Error when ordering by gain without an uplift model.
std::vector<RankedCandidate> contact_list(const SavedModel& model, const FeatureMatrix& features, ContactOrder order,
                                    std::size_t k, std::size_t reasons = 3);

// ---------------------------------------------------------------------------------------
// An entry point for benchmarks: trains both models on `train`, evaluates them on `test`
// at capacity k, and times them. Comparisons with other libraries read the same data
// through write_dataset_csv.

struct BenchmarkEntry {
  std::string model;  // "logistic_regression" or "boosted_trees"
  RankingMetrics metrics;
  double train_seconds = 0;
  double score_seconds = 0;
};

std::vector<BenchmarkEntry> run_ranking_benchmark(const Dataset& train, const Dataset& test,
                                                  std::size_t k, const LogisticOptions& logistic = {},
                                                  const TreeOptions& trees = {});

}  // namespace eligo
