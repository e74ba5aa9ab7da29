// Scoring and explaining with a trained model, whichever its kind.
#include "eligo/error.hpp"
#include "rank/problem.hpp"
#include "rank/logistic_regression.hpp"
#include "rank/model_data.hpp"

namespace eligo {

namespace detail {

std::vector<double> gather_features(const FeatureMatrix& matrix, const std::vector<std::string>& names) {
  std::vector<std::size_t> source;
  std::vector<Diagnostic> problems;
  for (const auto& name : names) {
    if (const auto col = matrix.find(name)) source.push_back(*col);
    else problems.push_back(detail::problem("the model needs feature `" + name + "`, absent from the data"));
  }
  throw_if_errors(problems);
  std::vector<double> gathered(matrix.rows() * names.size());
  for (std::size_t row = 0; row < matrix.rows(); ++row)
    for (std::size_t col = 0; col < names.size(); ++col) gathered[row * names.size() + col] = matrix.at(row, source[col]);
  return gathered;
}

}  // namespace detail

RankingModel::RankingModel(std::shared_ptr<const detail::RankingModelData> data) : data_(std::move(data)) {}

const detail::RankingModelData& RankingModel::data() const {
  if (!data_) throw Error("the ranking model is empty: train or load one first");
  return *data_;
}

ModelKind RankingModel::kind() const { return data().kind; }
const std::vector<std::string>& RankingModel::feature_names() const { return data().features; }

std::vector<double> RankingModel::score(const FeatureMatrix& features) const {
  const auto& model = data();
  const std::size_t cols = model.features.size();
  const std::vector<double> values = detail::gather_features(features, model.features);
  std::vector<double> scores(features.rows());
  for (std::size_t row = 0; row < features.rows(); ++row) {
    const double* x = values.data() + row * cols;
    if (model.kind == ModelKind::logistic_regression) {
      scores[row] = detail::logistic_score(model.logistic, x);
    } else {
      double sum = model.ensemble.base_score;
      for (const auto& tree : model.ensemble.trees) sum += tree.predict(x);
      scores[row] = sum;
    }
  }
  return scores;
}

ScoreExplanation RankingModel::explain(const FeatureMatrix& features, std::size_t row) const {
  const auto& model = data();
  if (row >= features.rows())
    throw Error("row " + std::to_string(row) + " is outside the " + std::to_string(features.rows()) + " rows");
  const std::size_t selected[] = {row};
  const std::vector<double> x = detail::gather_features(features.select_rows(selected), model.features);
  if (model.kind == ModelKind::logistic_regression)
    return detail::logistic_explanation(model.logistic, x.data(), model.features.size());
  return detail::tree_shap(model.ensemble, x.data(), model.features.size());
}

RankingModel train_logistic_regression(const Dataset& data, const LogisticOptions& options) {
  refuse_protected_features(data.features);
  data.validate();
  for (const double label : data.labels)
    if (label > 1) throw Error("logistic regression needs labels in [0, 1]");
  auto model = std::make_shared<detail::RankingModelData>();
  model->kind = ModelKind::logistic_regression;
  for (const auto& column : data.features.columns()) model->features.push_back(column.name);
  model->logistic = detail::fit_logistic(data.features.values(), data.rows(), data.features.cols(), data.labels,
                                         data.weights, options);
  return RankingModel(std::move(model));
}

}  // namespace eligo
