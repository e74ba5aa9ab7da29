// The model file: saved and loaded back bit-identically; a damaged file is a clear error.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

std::filesystem::path scratch_file(const std::string& name) {
  const auto directory = std::filesystem::temp_directory_path() / "eligo_rank_tests";
  std::filesystem::create_directories(directory);
  return directory / name;
}

SavedModel trained_model(ModelKind kind, int trees = 25) {
  Dataset data = messy_binary_data(1200, 5, 101);
  data.contacted.resize(data.rows());
  for (std::size_t row = 0; row < data.rows(); ++row) data.contacted[row] = row % 3 != 0;
  SavedModel model;
  if (kind == ModelKind::logistic_regression) {
    model.non_claimant = train_logistic_regression(data);
  } else {
    TreeOptions options;
    options.trees = trees;
    options.subsample = 0.8;
    model.non_claimant = train_boosted_trees(data, options);
  }
  model.calibration = Calibrator::fit(CalibrationMethod::automatic, model.non_claimant.score(data.features), data.labels);
  model.uplift = train_uplift(data);
  model.card.title = "Non-claimants of the test benefit";
  model.card.data_description = "1,200 simulated rows, 5 features, 10% missing";
  model.card.trained_on = "2026-11-28";
  model.card.limits = "Simulated data only.";
  model.card.metrics = {{"auc", 0.81}, {"brier", std::nan("")}};
  model.card.fairness_summary = "audit passed";
  return model;
}

std::string error_of(const std::string& text) {
  try {
    model_from_json(text, "damaged.json");
  } catch (const Error& error) {
    return error.what();
  }
  FAIL("the damaged model was accepted");
  return {};
}

}  // namespace

TEST_CASE("a model reloaded from its file scores bit-identically", "[rank][model_file]") {
  for (const auto kind : {ModelKind::logistic_regression, ModelKind::boosted_trees}) {
    const SavedModel model = trained_model(kind);
    const auto path = scratch_file(kind == ModelKind::logistic_regression ? "logistic.json" : "trees.json");
    save_model(model, path);
    const SavedModel reloaded = load_model(path);
    const Dataset probe = messy_binary_data(500, 5, 102);
    CHECK(reloaded.non_claimant.score(probe.features) == model.non_claimant.score(probe.features));
    CHECK(reloaded.non_claimant_probability(probe.features) == model.non_claimant_probability(probe.features));
    CHECK(reloaded.uplift.expected_gain(probe.features) == model.uplift.expected_gain(probe.features));
    for (std::size_t row = 0; row < 20; ++row)
      CHECK(reloaded.non_claimant.explain(probe.features, row).contributions ==
            model.non_claimant.explain(probe.features, row).contributions);
    CHECK(model_to_json(reloaded) == model_to_json(model));  // the same text, byte for byte
    CHECK(reloaded.card.title == model.card.title);
    CHECK(std::isnan(reloaded.card.metrics.at("brier")));
    CHECK(reloaded.calibration.method == CalibrationMethod::isotonic);
  }
}

TEST_CASE("a truncated or corrupt model file is a clear error", "[rank][model_file]") {
  const std::string text = model_to_json(trained_model(ModelKind::boosted_trees));
  CHECK_THROWS_WITH(model_from_json(text.substr(0, text.size() / 2), "half.json"),
                    Catch::StartsWith("half.json: error: not a valid model file (truncated or corrupt?)"));
  CHECK_THROWS_WITH(model_from_json("", "empty.json"), Catch::Contains("empty.json"));
  CHECK_THROWS_WITH(model_from_json("[1, 2]", "list.json"), Catch::Contains("not an eligo model file"));
  // A number beyond a double's range is a parse failure of its own kind (found by fuzz_model).
  CHECK_THROWS_WITH(model_from_json("{\"format_version\": 1e406}", "huge.json"),
                    Catch::StartsWith("huge.json: error: not a valid model file (truncated or corrupt?)") &&
                        Catch::Contains("number overflow parsing '1e406'"));

  const auto replaced = [&text](const std::string& from, const std::string& to) {
    std::string damaged = text;
    const auto at = damaged.find(from);
    REQUIRE(at != std::string::npos);
    return damaged.replace(at, from.size(), to);
  };
  CHECK_THAT(error_of(replaced("\"format_version\": 1", "\"format_version\": 9")),
             Catch::Contains("format version 9 is not readable"));
  CHECK_THAT(error_of(replaced("\"left\": 1", "\"left\": 0")),
             Catch::Contains("$.non_claimant.trees[0].nodes[0]: a child index must point after its node"));
  CHECK_THAT(error_of(replaced("\"base_score\"", "\"base_scor\"")), Catch::Contains("missing field `base_score`"));
  CHECK_THAT(error_of(replaced("\"kind\": \"boosted_trees\"", "\"kind\": \"forest\"")),
             Catch::Contains("unknown model kind `forest`"));
  CHECK_THAT(error_of(replaced("\"feature\": \"x", "\"feature\": \"y")),
             Catch::Contains("is not in the model's feature list"));

  const auto missing = scratch_file("does_not_exist.json");
  std::filesystem::remove(missing);
  CHECK_THROWS_WITH(load_model(missing), Catch::Contains("does_not_exist.json") && Catch::Contains("cannot open"));
}

TEST_CASE("a dataset exports to CSV for peers", "[rank][csv]") {
  Dataset data = messy_binary_data(4, 2, 111);
  data.query_ids = {7, 7, 8, 8};
  const auto path = scratch_file("dataset.csv");
  write_dataset_csv(data, path);
  std::ifstream in(path);
  std::string header, first;
  std::getline(in, header);
  std::getline(in, first);
  CHECK(header == "x1,x2,label,query");
  CHECK(first.substr(first.size() - 2) == ",7");
  CHECK(std::stod(first.substr(0, first.find(','))) == data.features.at(0, 0));  // 17 digits: exact
}

TEST_CASE("the benchmark entry point measures both models", "[rank][benchmark]") {
  const Dataset train = interaction_ranking_data(20, 100, 121), test = interaction_ranking_data(20, 100, 122);
  TreeOptions options;
  options.trees = 30;
  const auto entries = run_ranking_benchmark(train, test, 200, {}, options);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].model == "logistic_regression");
  CHECK(entries[1].metrics.auc > entries[0].metrics.auc);
  CHECK(entries[1].metrics.brier < 0.25);
}

TEST_CASE("no cut or flipped byte of a model file crashes the loader", "[rank][model_file]") {
  // Four trees: every section of the file (card, calibration, trees, uplift) is there, in a
  // text short enough that parsing it 300 times stays quick under the sanitizers.
  const std::string text = model_to_json(trained_model(ModelKind::boosted_trees, 4));
  const std::size_t step = text.size() / 150 + 1;
  std::size_t refused = 0, tried = 0;
  for (std::size_t cut = 0; cut < text.size(); cut += step) {
    ++tried;
    try {
      model_from_json(text.substr(0, cut), "cut.json");
    } catch (const Error& error) {
      ++refused;
      CHECK_THAT(error.what(), Catch::StartsWith("cut.json: error: "));
    }
  }
  CHECK(refused == tried);  // every strict prefix is incomplete JSON
  const char replacements[] = {'0', '9', '"', '-', 'x', '}', ' '};
  std::size_t flips = 0;
  for (std::size_t at = 0; at < text.size(); at += step) {
    std::string damaged = text;
    damaged[at] = replacements[flips++ % sizeof replacements];
    try {
      const SavedModel model = model_from_json(damaged, "flipped.json");
      (void)model.non_claimant_probability(messy_binary_data(5, 5, 103).features);
    } catch (const Error& error) {
      CHECK_THAT(error.what(), Catch::StartsWith("flipped.json: error: ") || Catch::Contains("feature"));
    }
  }
}
