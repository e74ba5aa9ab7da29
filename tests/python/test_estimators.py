"""The scikit-learn-style estimators over eligo's ranking models, the fairness audit and
the ranking plots, on seeded simulated data."""

import pickle

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score

import eligo
from eligo import plot
from eligo.estimators import LogisticRanker, TreeRanker, audit_fairness


def simulated(rows=3000, seed=7):
    """Non-take-up rises with small amounts, no prior contact and digital exclusion."""
    random = np.random.default_rng(seed)
    amount = np.exp(4.5 + 0.9 * random.standard_normal(rows))
    prior = (random.random(rows) < 0.55).astype(float)
    digital = (random.random(rows) < 0.8).astype(float)
    age = 18 + 70 * random.random(rows)
    logit = -0.3 + np.where(amount < 100, 1.6, -0.6) - 1.6 * prior + np.where(digital > 0, 0.0, 2.0)
    labels = (random.random(rows) < 1 / (1 + np.exp(-logit))).astype(int)
    amount[random.random(rows) < 0.05] = np.nan  # unknown, as in agency files
    features = pd.DataFrame({"montant": amount, "contact_anterieur": prior, "acces_numerique": digital, "age": age})
    return features, labels


@pytest.fixture(scope="module")
def data():
    return simulated()


@pytest.mark.parametrize("estimator", [LogisticRanker(l2=2.0), TreeRanker(objective="binary", n_trees=40),
                                       TreeRanker(n_trees=40, learning_rate=0.1)])
def test_clone_gives_the_same_parameters_and_the_same_model(estimator, data):
    features, labels = data
    copy = clone(estimator)
    assert copy.get_params() == estimator.get_params()
    assert not hasattr(copy, "model_")
    first = estimator.fit(features, labels).predict_proba(features)
    second = copy.fit(features, labels).predict_proba(features)
    np.testing.assert_array_equal(first, second)  # seeded: bit-identical


@pytest.mark.parametrize("estimator", [LogisticRanker(), TreeRanker(objective="binary", n_trees=40),
                                       TreeRanker(n_trees=40)])
def test_probabilities_have_two_columns_in_bounds_and_rank_well(estimator, data):
    features, labels = data
    train, test = slice(0, 2000), slice(2000, None)
    estimator.fit(features.iloc[train], labels[train])
    probabilities = estimator.predict_proba(features.iloc[test])
    assert probabilities.shape == (1000, 2)
    assert np.all((probabilities >= 0) & (probabilities <= 1))
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-12)
    assert roc_auc_score(labels[test], probabilities[:, 1]) > 0.7
    # Calibrated: the mean probability meets the observed share within 0.05.
    assert abs(probabilities[:, 1].mean() - labels[test].mean()) < 0.05
    assert set(estimator.predict(features.iloc[test])) <= {0, 1}


@pytest.mark.parametrize("estimator", [LogisticRanker(), TreeRanker(n_trees=30)])
def test_contributions_sum_to_the_score(estimator, data):
    features, labels = data
    estimator.fit(features, labels)
    contributions = estimator.explain(features.iloc[:200])
    assert list(contributions.columns) == ["bias", "montant", "contact_anterieur", "acces_numerique", "age"]
    np.testing.assert_allclose(contributions.sum(axis=1), estimator.decision_function(features.iloc[:200]),
                               rtol=0, atol=1e-6)


def test_cross_validation_and_set_params(data):
    features, labels = data
    tree = TreeRanker(objective="binary")
    assert tree.set_params(n_trees=30, max_depth=3) is tree
    assert tree.get_params()["n_trees"] == 30 and tree.get_params()["max_depth"] == 3
    for estimator in (LogisticRanker(), tree):
        scores = cross_val_score(estimator, features, labels, cv=3, scoring="roc_auc")
        assert scores.shape == (3,)
        assert scores.min() > 0.7


def test_a_protected_attribute_is_refused_by_name(data):
    features, labels = data
    with_sex = features.assign(sexe=np.arange(len(features)) % 2)
    for estimator in (LogisticRanker(protected=["sexe"]), TreeRanker(protected=("sexe",))):
        with pytest.raises(eligo.EligoError, match="feature `sexe` is protected"):
            estimator.fit(with_sex, labels)


def test_a_fitted_estimator_pickles_to_the_same_scores(data):
    features, labels = data
    for estimator in (LogisticRanker(), TreeRanker(n_trees=20)):
        estimator.fit(features, labels)
        again = pickle.loads(pickle.dumps(estimator))
        np.testing.assert_array_equal(again.predict_proba(features), estimator.predict_proba(features))


def test_the_audit_flags_a_biased_ranking_and_passes_a_fair_one(data):
    features, labels = data
    random = np.random.default_rng(3)
    groups = pd.DataFrame({"sexe": np.where(random.random(len(labels)) < 0.5, "F", "H")})
    scores = LogisticRanker().fit(features, labels).decision_function(features)
    fair = audit_fairness(scores, labels, groups, k=600, bootstrap_samples=50)
    assert fair.passed, fair.text
    biased = audit_fairness(scores - 3.0 * (groups["sexe"] == "F"), labels, groups, k=600, bootstrap_samples=50)
    assert not biased.passed
    assert "`sexe` = `F`" in biased.report["failures"][0]
    table = biased.groups()
    women = table[table["group"] == "F"].iloc[0]
    assert women["recall_ratio_to_best"] < 0.5


def test_plots_draw_the_figures_they_claim(data):
    features, labels = data
    model = LogisticRanker().fit(features, labels)
    probability = model.predict_proba(features)[:, 1]
    ax = plot.calibration_curve(labels, probability, bins=5)
    x, y = ax.lines[1].get_data()
    assert len(x) == 5
    assert np.max(np.abs(np.asarray(x) - np.asarray(y))) < 0.1  # close to the diagonal

    ax = plot.gain_curve(labels, probability, k=500)
    reached = ax.lines[0].get_data()[1]
    order = np.argsort(-probability, kind="stable")
    assert reached[500] == pytest.approx(labels[order][:500].sum() / labels.sum())
    assert "capacity k = 500" in ax.get_legend().get_texts()[2].get_text()

    groups = pd.DataFrame({"acces_numerique": np.where(features["acces_numerique"] > 0, "oui", "non")})
    audit = audit_fairness(probability, labels, groups, k=500, bootstrap_samples=20)
    ax = plot.fairness_by_group(audit)
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == list(audit.groups()["group"])
    assert ax.get_title().startswith("Fairness by group: acces_numerique")
