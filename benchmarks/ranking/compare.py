"""Ranking quality of eligo's models beside scikit-learn's LogisticRegression and
LightGBM's lambdarank, on the same rows of the synthetic population's campaigns (written
by eligo_ranking_benchmark): trained on the past campaign, measured on a held-out one.

Usage: python3 compare.py OUTPUT_DIR
Writes OUTPUT_DIR/results.md and OUTPUT_DIR/ndcg_at_k.png; run.sh does everything.
"""
import json
import sys
import time
from pathlib import Path

import lightgbm
import matplotlib
import numpy as np
import pandas as pd
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def ndcg_at_k(scores, labels, k):
    """NDCG@k of one list, gains 2^rel - 1, ties broken by row order as eligo does."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    gains = 2.0 ** labels - 1
    discounts = 1 / np.log2(np.arange(2, k + 2))
    dcg = (gains[order][:k] * discounts[: min(k, len(scores))]).sum()
    ideal = (np.sort(gains)[::-1][:k] * discounts[: min(k, len(scores))]).sum()
    return dcg / ideal if ideal > 0 else 0.0


def per_list(test, scores, k, metric):
    values = []
    for _, rows in test.groupby("query").indices.items():
        values.append(metric(scores[rows], test["label"].to_numpy()[rows], k))
    return float(np.mean(values))


def recall_at_k(scores, labels, k):
    order = np.lexsort((np.arange(len(scores)), -scores))
    return labels[order][:k].sum() / labels.sum() if labels.sum() > 0 else 0.0


def precision_at_k(scores, labels, k):
    order = np.lexsort((np.arange(len(scores)), -scores))
    return labels[order][:k].sum() / min(k, len(scores))


def rows_per_second(predict, frame, repeats=20):
    start = time.perf_counter()
    for _ in range(repeats):
        predict(frame)
    return repeats * len(frame) / (time.perf_counter() - start)


def main(out):
    out = Path(out)
    train = pd.read_csv(out / "train.csv")
    test = pd.read_csv(out / "test.csv")
    eligo = pd.read_csv(out / "eligo_scores.csv")
    timings = json.loads((out / "eligo_timings.json").read_text())
    k = int(timings["k"])
    features = [c for c in train.columns if c not in ("label", "query", "weight", "contacted")]

    scores = {name: eligo[name].to_numpy() for name in eligo.columns}
    seconds = {name: timings["train_seconds"][name] for name in eligo.columns}
    speed = {name: timings["rows_per_second"][name] for name in eligo.columns}

    start = time.perf_counter()
    # The same regularisation as eligo's default (l2 = 1 on standardised features, C = 1 / l2),
    # missing values imputed at the mean with an indicator, as eligo does.
    logistic = make_pipeline(SimpleImputer(add_indicator=True), StandardScaler(), LogisticRegression(C=1.0))
    logistic.fit(train[features], train["label"])
    seconds["sklearn_logistic"] = time.perf_counter() - start
    scores["sklearn_logistic"] = logistic.decision_function(test[features])
    speed["sklearn_logistic"] = rows_per_second(logistic.decision_function, test[features])

    start = time.perf_counter()
    groups = train.groupby("query", sort=False).size().to_numpy()
    ranker = lightgbm.LGBMRanker(objective="lambdarank", n_estimators=200, learning_rate=0.05, max_depth=4,
                                 num_leaves=16, min_child_samples=20, subsample=0.8, subsample_freq=1,
                                 reg_lambda=1.0, lambdarank_truncation_level=k, random_state=1, verbose=-1,
                                 n_jobs=1)
    ranker.fit(train[features], train["label"], group=groups)
    seconds["lightgbm_lambdarank"] = time.perf_counter() - start
    scores["lightgbm_lambdarank"] = ranker.predict(test[features])
    speed["lightgbm_lambdarank"] = rows_per_second(ranker.predict, test[features])

    rows = []
    for name, s in scores.items():
        rows.append({
            "model": name,
            f"NDCG@{k}": per_list(test, s, k, ndcg_at_k),
            f"recall@{k}": per_list(test, s, k, recall_at_k),
            f"precision@{k}": per_list(test, s, k, precision_at_k),
            "AUC": roc_auc_score(test["label"], s),
            "train seconds": seconds[name],
            "scoring rows/s": speed[name],
        })
    table = pd.DataFrame(rows)
    best = table.loc[table["model"] == "lightgbm_lambdarank", f"NDCG@{k}"].item()
    table[f"NDCG@{k} - LightGBM"] = table[f"NDCG@{k}"] - best
    # How much of the gap is noise: a paired bootstrap over the held-out rows (the same
    # resampled rows for both models), 95% percentile interval of the difference.
    random = np.random.default_rng(1)
    labels = test["label"].to_numpy()
    draws = [random.integers(0, len(test), len(test)) for _ in range(200)]
    reference = [ndcg_at_k(scores["lightgbm_lambdarank"][d], labels[d], k) for d in draws]
    intervals = []
    for name in table["model"]:
        gaps = [ndcg_at_k(scores[name][d], labels[d], k) - r for d, r in zip(draws, reference)]
        intervals.append(f"[{np.percentile(gaps, 2.5):+.4f}, {np.percentile(gaps, 97.5):+.4f}]")
    table["95% bootstrap interval"] = intervals
    lines = [
        "# Ranking benchmark",
        "",
        "The synthetic population's own outreach campaigns (`eligo synth`, French pack, "
        f"{timings['households']} households per population, period 2026-05): trained on the contacted households "
        f"of the past campaign (seed 1, {len(train)} rows, {train['label'].mean():.1%} opened the right within "
        f"three months, {train['query'].nunique()} lists of up to 500 for LambdaRank), measured on the contacted "
        f"households of a held-out campaign (seed 2, another population, {len(test)} rows, "
        f"{test['label'].mean():.1%} opened the right) as one list of which the first k = {k} are contacted. "
        f"Features: the demo's ({len(features)} columns from the rules' outcomes, the inputs the schema allows "
        "and the accessibility profile; no protected attribute).",
        "",
        f"scikit-learn {sklearn.__version__}, LightGBM {lightgbm.__version__}; single thread; the 2-core machine "
        "was shared with other builds, so seconds and rows/s are indicative (compare ratios within the run).",
        "",
        table.to_markdown(index=False, floatfmt=(".4f",) * 6 + (".0f", "+.4f")),
        "",
        "Command: `bash benchmarks/ranking/run.sh`",
    ]
    (out / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))

    figure, axis = plt.subplots(figsize=(7, 3.5))
    axis.barh(table["model"], table[f"NDCG@{k}"], color="#3a6ea5")
    axis.set_xlim(max(0.0, table[f"NDCG@{k}"].min() - 0.05), 1.0)
    axis.set_xlabel(f"NDCG@{k} on the held-out campaign")
    axis.set_title("Ranking quality on the held-out synthetic campaign")
    figure.tight_layout()
    figure.savefig(out / "ndcg_at_k.png", dpi=120)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ranking_benchmark_output")
