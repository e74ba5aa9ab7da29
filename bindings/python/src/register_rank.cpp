// The ranking models, their calibration and the fairness audit, for the scikit-learn-style
// estimators of eligo.sklearn and the plots of eligo.plot. Matrices arrive as float64
// numpy arrays with their column names; missing values are NaN, as in the C++ API.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <map>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"
#include "eligo/rank.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

using Matrix = py::array_t<double, py::array::c_style | py::array::forcecast>;
using Vector = py::array_t<double, py::array::c_style | py::array::forcecast>;

FeatureMatrix feature_matrix(const Matrix& values, const std::vector<std::string>& names,
                             const std::vector<std::string>& protected_names) {
  if (values.ndim() != 2) throw Error("features must be a two-dimensional array");
  if (static_cast<std::size_t>(values.shape(1)) != names.size())
    throw Error("features have " + std::to_string(values.shape(1)) + " columns but " + std::to_string(names.size()) +
                " names");
  std::vector<FeatureColumn> columns;
  for (const std::string& name : names)
    columns.push_back({name, std::find(protected_names.begin(), protected_names.end(), name) != protected_names.end()});
  return FeatureMatrix(std::move(columns), std::vector<double>(values.data(), values.data() + values.size()));
}

std::vector<double> to_vector(const Vector& values) { return {values.data(), values.data() + values.size()}; }

py::array_t<double> to_array(const std::vector<double>& values) {
  py::array_t<double> array(static_cast<py::ssize_t>(values.size()));
  std::copy(values.begin(), values.end(), array.mutable_data());
  return array;
}

Dataset dataset(const Matrix& values, const std::vector<std::string>& names,
                const std::vector<std::string>& protected_names, const Vector& labels) {
  Dataset data;
  data.features = feature_matrix(values, names, protected_names);
  data.labels = to_vector(labels);
  return data;
}

}  // namespace

void register_rank(py::module_& module) {
  py::class_<RankingModel>(module, "RankingModel", "A trained ranking model (logistic regression or boosted trees).")
      .def_property_readonly("feature_names", &RankingModel::feature_names)
      .def_property_readonly("kind", [](const RankingModel& model) {
        return model.kind() == ModelKind::logistic_regression ? "logistic_regression" : "boosted_trees";
      })
      .def(
          "score",
          [](const RankingModel& model, const Matrix& values, const std::vector<std::string>& names) {
            return to_array(model.score(feature_matrix(values, names, {})));
          },
          py::arg("features"), py::arg("names"), "Raw scores (a logit, or a LambdaRank score).")
      .def(
          "explain",
          [](const RankingModel& model, const Matrix& values, const std::vector<std::string>& names) {
            const FeatureMatrix features = feature_matrix(values, names, {});
            const std::size_t width = model.feature_names().size();
            py::array_t<double> contributions({static_cast<py::ssize_t>(features.rows()), static_cast<py::ssize_t>(width)});
            std::vector<double> bias;
            for (std::size_t row = 0; row < features.rows(); ++row) {
              const ScoreExplanation why = model.explain(features, row);
              bias.push_back(why.bias);
              std::copy(why.contributions.begin(), why.contributions.end(), contributions.mutable_data() + row * width);
            }
            return py::make_tuple(to_array(bias), contributions);
          },
          py::arg("features"), py::arg("names"),
          "(bias per row, contributions rows x model features): bias + contributions sum to the score.")
      .def("to_json", [](const RankingModel& model) {
        SavedModel saved;
        saved.non_claimant = model;
        return model_to_json(saved);
      });
  module.def(
      "model_from_json", [](const std::string& text) { return model_from_json(text, "<python>").non_claimant; },
      py::arg("text"));

  // The model file the command line writes (`eligo train`) and reads (`eligo rank`).
  py::class_<SavedModel>(module, "SavedModel", "A model file: both outputs, the calibration and the model card.")
      .def_readonly("non_claimant", &SavedModel::non_claimant)
      .def_property_readonly("has_uplift", [](const SavedModel& model) { return !model.uplift.empty(); })
      .def_property_readonly("card",
                             [](const SavedModel& model) {
                               const ModelCard& card = model.card;
                               py::dict out;
                               out["title"] = card.title;
                               out["data_description"] = card.data_description;
                               out["trained_on"] = card.trained_on;
                               out["intended_use"] = card.intended_use;
                               out["limits"] = card.limits;
                               out["metrics"] = card.metrics;
                               out["fairness_summary"] = card.fairness_summary;
                               return out;
                             })
      .def(
          "non_claimant_probability",
          [](const SavedModel& model, const Matrix& values, const std::vector<std::string>& names) {
            return to_array(model.non_claimant_probability(feature_matrix(values, names, {})));
          },
          py::arg("features"), py::arg("names"))
      .def(
          "expected_gain",
          [](const SavedModel& model, const Matrix& values, const std::vector<std::string>& names) {
            if (model.uplift.empty()) throw Error("this model file has no uplift model: it was trained without a campaign");
            return to_array(model.uplift.expected_gain(feature_matrix(values, names, {})));
          },
          py::arg("features"), py::arg("names"))
      .def("to_json", &model_to_json)
      .def(
          "save", [](const SavedModel& model, const std::string& path) { save_model(model, path); }, py::arg("path"));
  module.def(
      "load_model", [](const std::string& path) { return load_model(path); }, py::arg("path"),
      "Reads a model file; errors name the file and what is wrong.");

  module.def(
      "train_logistic",
      [](const Matrix& values, const std::vector<std::string>& names, const std::vector<std::string>& protected_names,
         const Vector& labels, double l2, int max_iterations, double tolerance) {
        LogisticOptions options;
        options.l2 = l2;
        options.max_iterations = max_iterations;
        options.tolerance = tolerance;
        const Dataset data = dataset(values, names, protected_names, labels);
        py::gil_scoped_release release;
        return train_logistic_regression(data, options);
      },
      py::arg("features"), py::arg("names"), py::arg("protected"), py::arg("labels"), py::arg("l2"),
      py::arg("max_iterations"), py::arg("tolerance"));

  module.def(
      "train_trees",
      [](const Matrix& values, const std::vector<std::string>& names, const std::vector<std::string>& protected_names,
         const Vector& labels, const std::vector<std::uint32_t>& query_ids, const std::string& objective, int trees,
         int max_depth, double learning_rate, double min_child_weight, int min_child_rows, double l2, double subsample,
         int max_bins, std::size_t ndcg_at, double sigma, std::uint64_t seed) {
        TreeOptions options;
        if (objective == "lambdarank") options.objective = TreeObjective::lambdarank;
        else if (objective == "binary") options.objective = TreeObjective::binary_logistic;
        else throw Error("objective '" + objective + "' is not 'lambdarank' or 'binary'");
        options.trees = trees;
        options.max_depth = max_depth;
        options.learning_rate = learning_rate;
        options.min_child_weight = min_child_weight;
        options.min_child_rows = min_child_rows;
        options.l2 = l2;
        options.subsample = subsample;
        options.max_bins = max_bins;
        options.ndcg_at = ndcg_at;
        options.sigma = sigma;
        options.seed = seed;
        Dataset data = dataset(values, names, protected_names, labels);
        data.query_ids = query_ids;
        py::gil_scoped_release release;
        return train_boosted_trees(data, options);
      },
      py::arg("features"), py::arg("names"), py::arg("protected"), py::arg("labels"), py::arg("query_ids"),
      py::arg("objective"), py::arg("trees"), py::arg("max_depth"), py::arg("learning_rate"),
      py::arg("min_child_weight"), py::arg("min_child_rows"), py::arg("l2"), py::arg("subsample"),
      py::arg("max_bins"), py::arg("ndcg_at"), py::arg("sigma"), py::arg("seed"));

  module.def(
      "calibrate",
      [](const std::string& method, const Vector& scores, const Vector& labels) {
        CalibrationMethod chosen = CalibrationMethod::automatic;
        if (method == "platt") chosen = CalibrationMethod::platt;
        else if (method == "isotonic") chosen = CalibrationMethod::isotonic;
        else if (method == "none") chosen = CalibrationMethod::none;
        else if (method != "automatic") throw Error("calibration '" + method + "' is not none, platt, isotonic or automatic");
        const Calibrator calibrator = Calibrator::fit(chosen, to_vector(scores), to_vector(labels));
        return py::cpp_function([calibrator](const Vector& values) {
          return to_array(calibrator.probabilities(to_vector(values)));
        });
      },
      py::arg("method"), py::arg("scores"), py::arg("labels"),
      "A function from raw scores to calibrated probabilities.");

  module.def(
      "audit_fairness",
      [](const Vector& scores, const Vector& labels, const Vector& probabilities,
         const std::map<std::string, std::vector<std::string>>& attributes, std::size_t k,
         std::size_t bootstrap_samples, std::uint64_t seed) {
        std::vector<GroupColumn> groups;
        for (const auto& [name, labels_of_rows] : attributes) groups.push_back(GroupColumn::from_labels(name, labels_of_rows));
        FairnessOptions options;
        options.k = k;
        options.bootstrap_samples = bootstrap_samples;
        options.seed = seed;
        const FairnessReport report =
            audit_fairness(to_vector(scores), to_vector(labels), to_vector(probabilities), groups, options);
        return py::make_tuple(report.passed(), report.to_json(), report.to_text());
      },
      py::arg("scores"), py::arg("labels"), py::arg("probabilities"), py::arg("attributes"), py::arg("k"),
      py::arg("bootstrap_samples"), py::arg("seed"), "(passed, JSON report, text report).");
}

}  // namespace eligo::python
