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
import benefits  # noqa: E402
import causes  # noqa: E402
import households as hh  # noqa: E402
from crosscheck import attribute_cascades  # noqa: E402


def reclassify(report):
    """Gives the causes of causes.py to the differences a run left unexplained, on the same
    households (regenerated from the run's seed): for files written before a cause was added.
    OpenFisca's diagnostics are not in the file: causes needing them keep their first verdict."""
    import datetime
    for month, stats in report["months"].items():
        start = datetime.date(int(month[:4]), int(month[5:]), 1)
        households = hh.generate(report["households"], start, report["seed"], tuple(report.get("shapes", ())))
        if report.get("monthly_incomes"):
            hh.vary_salaries(households, start, report["seed"], report["monthly_incomes"])
        by_id = {fam["id"]: (fam, members) for fam, members in households}
        for benefit, s in stats.items():
            by_status = getattr(benefits.load([benefit])[0], "ELIGO_ELIGIBLE", "amount") == "status"
            for k, d in enumerate(s["differences"]):
                fid, status, amount, o_elig, ofv, why = d
                if why is not None or status == "undetermined":
                    continue
                e_elig = status == "eligible" and (by_status or amount > 0)
                why = causes.cause(benefit, by_id[fid], month, (e_elig, amount if e_elig else 0.0),
                                   (o_elig, ofv), {})
                if why:
                    s["differences"][k] = [fid, status, amount, o_elig, ofv, why]
                    s["unexplained"] -= 1
                    s["causes"][why] = s["causes"].get(why, 0) + 1


def pct(k, n):
    return f"{100.0 * k / n:.2f}%"


def within_1_eur(benefit, s):
    """Households whose eligibility agrees and whose amounts differ by at most 1 EUR: counted
    by the run, or for files written before that count from its listed differences (every
    household not listed agrees to the cent)."""
    if "within_1_eur" in s:
        return s["within_1_eur"]
    by_status = getattr(benefits.load([benefit])[0], "ELIGO_ELIGIBLE", "amount") == "status"
    far = 0
    for fid, status, amount, o_elig, ofv, why in s["differences"]:
        e_elig = status == "eligible" and (by_status or amount > 0)
        far += status == "undetermined" or e_elig != o_elig or abs((amount if e_elig else 0.0) - ofv) > 1.0
    return s["households"] - far


def tables(report):
    months = report["months"]
    lines = ["| month | benefit | households | eligibility | to the cent | within 1 cent | within 1 EUR | "
             "to the cent or explained | unexplained |", "|---|---|---|---|---|---|---|---|---|"]
    causes = defaultdict(lambda: defaultdict(int))
    for month, stats in months.items():
        attribute_cascades(stats)  # idempotent: for files written before it existed
        for benefit, s in stats.items():
            n = s["households"]
            lines.append(f"| {month} | {benefit} | {n} | {pct(s['eligibility'], n)} | {pct(s['cent'], n)} | "
                         f"{pct(s['within_1_cent'], n)} | {pct(within_1_eur(benefit, s), n)} | {pct(n - s['unexplained'], n)} | {s['unexplained']} |")
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
        report = json.load(f)
    reclassify(report)
    print("\n".join(tables(report)))
