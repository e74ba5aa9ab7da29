#!/usr/bin/env python3
"""Markdown tables of a cross-check run (the JSON file of `crosscheck.py --json`): agreement per
benefit and month, then the households counted under each cause, as in docs/crosscheck.md.

    python3 tools/crosscheck/summary.py build/crosscheck_large.json
"""
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck import attribute_cascades  # noqa: E402


def pct(k, n):
    return f"{100.0 * k / n:.2f}%"


def tables(report):
    months = report["months"]
    lines = ["| month | benefit | households | eligibility | to the cent | within 1 cent | "
             "to the cent or explained | unexplained |", "|---|---|---|---|---|---|---|---|"]
    causes = defaultdict(lambda: defaultdict(int))
    for month, stats in months.items():
        attribute_cascades(stats)  # idempotent: for files written before it existed
        for benefit, s in stats.items():
            n = s["households"]
            lines.append(f"| {month} | {benefit} | {n} | {pct(s['eligibility'], n)} | {pct(s['cent'], n)} | "
                         f"{pct(s['within_1_cent'], n)} | {pct(n - s['unexplained'], n)} | {s['unexplained']} |")
            for why, k in s["causes"].items():
                causes[why][(month, benefit)] += k
            if s["unexplained"]:
                causes["unexplained"][(month, benefit)] += s["unexplained"]
    lines += ["", "| cause | households (month, benefit: count) | total |", "|---|---|---|"]
    for why, where in sorted(causes.items(), key=lambda x: -sum(x[1].values())):
        detail = ", ".join(f"{m} {b}: {k}" for (m, b), k in sorted(where.items()))
        lines.append(f"| {why} | {detail} | {sum(where.values())} |")
    return lines


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        print("\n".join(tables(json.load(f))))
