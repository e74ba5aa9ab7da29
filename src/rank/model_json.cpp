// The model file: versioned, human-readable JSON with the model card.
//
// Doubles are written by nlohmann-json as the shortest text that reads back to the same
// double (Grisu2 with a round-trip guarantee), so a reloaded model scores bit-identically;
// a test checks it.
#include <cmath>
#include <nlohmann/json.hpp>

#include <unordered_map>

#include "core/utf8.hpp"
#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank/json_reader.hpp"
#include "rank/model_data.hpp"
#include "rank/whole_file.hpp"

namespace eligo {

namespace {

// Written in a fixed, meaningful key order (format first) for people reading the file;
// read back with the plain parser, for which order does not matter.
using json = nlohmann::ordered_json;
using detail::JsonReader;

constexpr const char* format_name = "eligo-ranking-model";

// What a model file may hold. Training makes trees of depth 4 at most over a few dozen
// features; these bounds are far above that, and keep a hostile or corrupt file from
// taking unbounded memory or time (TreeSHAP costs depth squared per leaf).
constexpr std::size_t max_features = 10'000;
constexpr std::size_t max_tree_depth = 16;
constexpr std::size_t max_nodes_per_tree = 65'535;
constexpr std::size_t max_trees = 10'000;
constexpr std::size_t max_total_nodes = 2'000'000;

// The model's feature names and where each is, read once, so that every node finds its
// feature in constant time.
struct FeatureNames {
  const std::vector<std::string>& names;
  std::unordered_map<std::string, std::size_t> index;
};

void check_count(const JsonReader& reader, std::size_t count, std::size_t limit, const std::string& what) {
  if (count > limit)
    reader.fail(std::to_string(count) + " " + what + ", more than the " + std::to_string(limit) +
                " a model file may hold (corrupt or not made by eligo?)");
}

const char* objective_name(TreeObjective objective) {
  return objective == TreeObjective::lambdarank ? "lambdarank" : "binary_logistic";
}

const char* calibration_name(CalibrationMethod method) {
  switch (method) {
    case CalibrationMethod::platt: return "platt";
    case CalibrationMethod::isotonic: return "isotonic";
    case CalibrationMethod::automatic: return "automatic";
    case CalibrationMethod::none: break;
  }
  return "none";
}

json logistic_to_json(const detail::RankingModelData& model) {
  json terms = json::array();
  for (const auto& term : model.logistic.terms)
    terms.push_back({{"feature", model.features[term.feature]},
                     {"missing_indicator", term.is_missing_indicator},
                     {"mean", term.mean},
                     {"scale", term.scale},
                     {"coefficient", term.coefficient}});
  const auto& options = model.logistic.options;
  return {{"intercept", model.logistic.intercept},
          {"terms", terms},
          {"options", {{"l2", options.l2}, {"max_iterations", options.max_iterations}, {"tolerance", options.tolerance}}}};
}

json trees_to_json(const detail::RankingModelData& model) {
  json trees = json::array();
  for (const auto& tree : model.ensemble.trees) {
    json nodes = json::array();
    for (const auto& node : tree.nodes) {
      if (node.is_leaf()) {
        nodes.push_back({{"leaf", node.value}, {"cover", node.cover}});
        continue;
      }
      nodes.push_back({{"feature", model.features[static_cast<std::size_t>(node.feature)]},
                       {"threshold", node.threshold},
                       {"missing_goes_left", node.missing_goes_left},
                       {"left", node.left},
                       {"right", node.right},
                       {"cover", node.cover}});
    }
    trees.push_back({{"nodes", nodes}});
  }
  const auto& o = model.ensemble.options;
  return {{"base_score", model.ensemble.base_score},
          {"options",
           {{"objective", objective_name(o.objective)}, {"trees", o.trees}, {"max_depth", o.max_depth},
            {"learning_rate", o.learning_rate}, {"min_child_weight", o.min_child_weight},
            {"min_child_rows", o.min_child_rows}, {"l2", o.l2}, {"subsample", o.subsample},
            {"max_bins", o.max_bins}, {"ndcg_at", o.ndcg_at}, {"sigma", o.sigma}, {"seed", o.seed}}},
          {"trees", trees}};
}

json model_to_json_value(const RankingModel& model) {
  const auto& data = model.data();
  json out = {{"kind", data.kind == ModelKind::logistic_regression ? "logistic_regression" : "boosted_trees"},
              {"features", data.features}};
  out.update(data.kind == ModelKind::logistic_regression ? logistic_to_json(data) : trees_to_json(data));
  return out;
}

std::size_t feature_index(const JsonReader& reader, const FeatureNames& features) {
  const std::string name = reader.text();
  const auto found = features.index.find(name);
  if (found == features.index.end())
    reader.fail("feature `" + detail::printable(name) + "` is not in the model's feature list");
  return found->second;
}

void read_logistic(const JsonReader& in, const FeatureNames& features, detail::RankingModelData& model) {
  model.logistic.intercept = in["intercept"].finite_number();
  const JsonReader terms = in["terms"];
  // A feature's value and its missing indicator: two terms per feature at most.
  check_count(terms, terms.size(), 2 * features.names.size(), "terms for " + std::to_string(features.names.size()) + " features,");
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const JsonReader term = terms[i];
    detail::LogisticTerm parsed{feature_index(term["feature"], features), term["missing_indicator"].boolean(),
                                term["mean"].finite_number(), term["scale"].finite_number(),
                                term["coefficient"].finite_number()};
    if (!(parsed.scale > 0)) term["scale"].fail("the scale must be > 0");
    model.logistic.terms.push_back(parsed);
  }
  const JsonReader options = in["options"];
  model.logistic.options.l2 = options["l2"].finite_number();
  model.logistic.options.max_iterations = static_cast<int>(options["max_iterations"].integer());
  model.logistic.options.tolerance = options["tolerance"].finite_number();
}

detail::Tree read_tree(const JsonReader& in, const FeatureNames& features, std::size_t& total_nodes) {
  detail::Tree tree;
  const JsonReader nodes = in["nodes"];
  const std::size_t count = nodes.size();
  if (count == 0) nodes.fail("a tree needs at least one node");
  check_count(nodes, count, max_nodes_per_tree, "nodes in one tree");
  total_nodes += count;
  check_count(nodes, total_nodes, max_total_nodes, "nodes in the model's trees");
  // Each node but the first has exactly one parent, which comes before it: a tree, not a
  // graph whose shared branches every walk would follow again and again.
  std::vector<std::uint32_t> depth(count, 0);
  std::vector<bool> has_parent(count, false);
  tree.nodes.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const JsonReader node = nodes[i];
    detail::TreeNode parsed;
    parsed.cover = node["cover"].finite_number();
    if (!(parsed.cover > 0)) node["cover"].fail("the cover must be > 0");
    if (node.has("leaf")) {
      parsed.value = node["leaf"].finite_number();
    } else {
      parsed.threshold = node["threshold"].finite_number();
      parsed.missing_goes_left = node["missing_goes_left"].boolean();
      const std::int64_t left = node["left"].integer(), right = node["right"].integer();
      // Children after their parent: no cycle, no index outside the tree.
      for (const auto child : {left, right})
        if (child <= static_cast<std::int64_t>(i) || child >= static_cast<std::int64_t>(count))
          node.fail("a child index must point after its node and inside the tree's " + std::to_string(count) +
                    " nodes");
      if (left == right) node.fail("a node's two children must be different nodes");
      for (const auto child : {left, right}) {
        const auto at = static_cast<std::size_t>(child);
        if (has_parent[at]) node.fail("node " + std::to_string(child) + " is the child of two nodes: not a tree");
        has_parent[at] = true;
        depth[at] = depth[i] + 1;
        if (depth[at] > max_tree_depth)
          node.fail("the tree is deeper than the " + std::to_string(max_tree_depth) +
                    " levels a model file may hold (corrupt or not made by eligo?)");
      }
      parsed.left = static_cast<std::int32_t>(left);
      parsed.right = static_cast<std::int32_t>(right);
      parsed.feature = static_cast<std::int32_t>(feature_index(node["feature"], features));
    }
    if (i > 0 && !has_parent[i]) node.fail("no node has this node as its child: not a tree");
    tree.nodes.push_back(parsed);
  }
  return tree;
}

void read_trees(const JsonReader& in, const FeatureNames& features, detail::RankingModelData& model) {
  model.ensemble.base_score = in["base_score"].finite_number();
  const JsonReader options = in["options"];
  auto& o = model.ensemble.options;
  const std::string objective = options["objective"].text();
  if (objective != "lambdarank" && objective != "binary_logistic")
    options["objective"].fail("unknown objective `" + objective + "`");
  o.objective = objective == "lambdarank" ? TreeObjective::lambdarank : TreeObjective::binary_logistic;
  o.trees = static_cast<int>(options["trees"].integer());
  o.max_depth = static_cast<int>(options["max_depth"].integer());
  o.learning_rate = options["learning_rate"].finite_number();
  o.min_child_weight = options["min_child_weight"].finite_number();
  o.min_child_rows = static_cast<int>(options["min_child_rows"].integer());
  o.l2 = options["l2"].finite_number();
  o.subsample = options["subsample"].finite_number();
  o.max_bins = static_cast<int>(options["max_bins"].integer());
  o.ndcg_at = static_cast<std::size_t>(options["ndcg_at"].integer());
  o.sigma = options["sigma"].finite_number();
  o.seed = static_cast<std::uint64_t>(options["seed"].integer());
  const JsonReader trees = in["trees"];
  check_count(trees, trees.size(), max_trees, "trees");
  std::size_t total_nodes = 0;
  for (std::size_t t = 0; t < trees.size(); ++t) {
    model.ensemble.trees.push_back(read_tree(trees[t], features, total_nodes));
  }
}

RankingModel read_model(const JsonReader& in) {
  auto model = std::make_shared<detail::RankingModelData>();
  const JsonReader features = in["features"];
  check_count(features, features.size(), max_features, "features");
  FeatureNames names{model->features, {}};
  names.index.reserve(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    model->features.push_back(features[i].text());
    if (!names.index.emplace(model->features.back(), i).second)
      features[i].fail("feature `" + detail::printable(model->features.back()) + "` is listed twice");
  }
  const std::string kind = in["kind"].text();
  if (kind == "logistic_regression") {
    model->kind = ModelKind::logistic_regression;
    read_logistic(in, names, *model);
  } else if (kind == "boosted_trees") {
    model->kind = ModelKind::boosted_trees;
    read_trees(in, names, *model);
  } else {
    in["kind"].fail("unknown model kind `" + kind + "`");
  }
  return RankingModel(std::move(model));
}

Calibrator read_calibration(const JsonReader& in) {
  Calibrator calibrator;
  const std::string method = in["method"].text();
  if (method == "none") calibrator.method = CalibrationMethod::none;
  else if (method == "platt") calibrator.method = CalibrationMethod::platt;
  else if (method == "isotonic") calibrator.method = CalibrationMethod::isotonic;
  else in["method"].fail("unknown calibration method `" + method + "`");
  calibrator.platt_a = in["platt_a"].finite_number();
  calibrator.platt_b = in["platt_b"].finite_number();
  const JsonReader thresholds = in["isotonic_thresholds"], values = in["isotonic_values"];
  if (thresholds.size() != values.size()) values.fail("as many isotonic values as thresholds are needed");
  check_count(thresholds, thresholds.size(), max_total_nodes, "isotonic steps");
  for (std::size_t i = 0; i < thresholds.size(); ++i) {
    calibrator.isotonic_thresholds.push_back(thresholds[i].finite_number());
    const double probability = values[i].finite_number();
    // A calibrated score is a probability: outside [0, 1] it would rank and read wrongly.
    if (!(probability >= 0 && probability <= 1)) values[i].fail("a calibrated probability must be between 0 and 1");
    if (i > 0 && probability < calibrator.isotonic_values.back())
      values[i].fail("isotonic values must not decrease");
    calibrator.isotonic_values.push_back(probability);
  }
  if (calibrator.method == CalibrationMethod::isotonic && calibrator.isotonic_values.empty())
    values.fail("an isotonic calibration needs at least one step");
  for (std::size_t i = 1; i < calibrator.isotonic_thresholds.size(); ++i)
    if (!(calibrator.isotonic_thresholds[i - 1] < calibrator.isotonic_thresholds[i]))
      thresholds[i].fail("isotonic thresholds must increase");
  return calibrator;
}

}  // namespace

std::string model_to_json(const SavedModel& model) {
  json card = {{"title", model.card.title},
               {"data_description", model.card.data_description},
               {"trained_on", model.card.trained_on},
               {"intended_use", model.card.intended_use},
               {"limits", model.card.limits},
               {"fairness_summary", model.card.fairness_summary}};
  json metrics = json::object();
  for (const auto& [name, value] : model.card.metrics) metrics[name] = std::isfinite(value) ? json(value) : json();
  card["metrics"] = metrics;
  const Calibrator& c = model.calibration;
  json out = {{"format", format_name},
              {"format_version", model_format_version},
              {"card", card},
              {"calibration",
               {{"method", calibration_name(c.method)}, {"platt_a", c.platt_a}, {"platt_b", c.platt_b},
                {"isotonic_thresholds", c.isotonic_thresholds}, {"isotonic_values", c.isotonic_values}}},
              {"non_claimant", model_to_json_value(model.non_claimant)}};
  out["uplift"] = model.uplift.empty() ? json()
                                       : json{{"contacted", model_to_json_value(model.uplift.contacted_arm())},
                                              {"control", model_to_json_value(model.uplift.control_arm())}};
  // Invalid UTF-8 in a card text is replaced (U+FFFD) rather than failing the save.
  return out.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

SavedModel model_from_json(const std::string& text, const std::string& source) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& error) {
    // Every parse failure, including a number too large for a double (out_of_range,
    // "1e406"), not only a syntax error.
    throw Error(SourceLocation{source}, std::string("not a valid model file (truncated or corrupt?): ") + error.what());
  }
  const JsonReader root(document, source, "$");
  if (!root.json().is_object() || !root.has("format") || root["format"].json() != format_name)
    throw Error(SourceLocation{source}, std::string("not an eligo model file: no \"format\": \"") + format_name + "\"");
  const std::int64_t version = root["format_version"].integer();
  if (version < 1 || version > model_format_version)
    root["format_version"].fail("format version " + std::to_string(version) + " is not readable by this eligo, which reads 1 to " +
                                std::to_string(model_format_version));
  SavedModel model;
  const JsonReader card = root["card"];
  model.card.title = card["title"].text();
  model.card.data_description = card["data_description"].text();
  model.card.trained_on = card["trained_on"].text();
  model.card.intended_use = card["intended_use"].text();
  model.card.limits = card["limits"].text();
  model.card.fairness_summary = card["fairness_summary"].text();
  const JsonReader metrics = card["metrics"];
  if (!metrics.json().is_object()) metrics.fail("expected an object");
  for (const auto& [name, value] : metrics.json().items())
    model.card.metrics[name] = JsonReader(value, source, "$.card.metrics." + name).number();
  model.non_claimant = read_model(root["non_claimant"]);
  model.calibration = read_calibration(root["calibration"]);
  if (!root["uplift"].json().is_null())
    model.uplift = UpliftModel(read_model(root["uplift"]["contacted"]), read_model(root["uplift"]["control"]));
  return model;
}

void save_model(const SavedModel& model, const std::filesystem::path& path) {
  detail::write_whole_file(path, model_to_json(model));
}

SavedModel load_model(const std::filesystem::path& path) {
  return model_from_json(detail::read_whole_file(path), path.string());
}

}  // namespace eligo
