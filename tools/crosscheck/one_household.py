#!/usr/bin/env python3
"""One household of a cross-check run, to find why the two sides differ on it.

Draws the households as crosscheck.py does (same seed, shapes and share of salaries that
change over the quarter), prints the household's inputs (eligo's names), and with
`--openfisca VAR ...` OpenFisca's values of those variables for each month of M-3 .. M,
each in a simulation of its own month as the harness builds it; with `--keep DIR` it writes
the household's eligo files there (mois.csv only when a salary changes over the quarter), for
`eligo explain ... --trace`:

  "$ELIGO_OPENFISCA_PYTHON" tools/crosscheck/one_household.py --period 2025-01 --id h844 \\
      --openfisca aah af_nbenf rsa_base_ressources rsa age --keep /tmp/h844
  build/eligo explain rules/fr --period 2024-10 --groups /tmp/h844/familles.csv \\
      --persons /tmp/h844/personnes.csv --monthly /tmp/h844/mois.csv --id h844 --trace

OpenFisca's values of M are those of a simulation of M without the harness's stationary
allowances (openfisca_runner.stationary_allowances): they show what OpenFisca computes, not
the figure the run compares. The eligo files hold no ASI (`asi_percue` 0), which the run
takes from OpenFisca (crosscheck.give_received).
"""
import argparse
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck  # noqa: E402
import households as hh  # noqa: E402
import situation as sit  # noqa: E402


def draw(period, count, seed, shapes, monthly_share):
    start = datetime.date(int(period[:4]), int(period[5:]), 1)
    households = hh.generate(count, start, seed, shapes)
    if monthly_share > 0:
        hh.vary_salaries(households, start, seed, monthly_share)
    return households


def shown(values):
    """The values that say something: not zero, false or empty."""
    return {k: v for k, v in values.items() if v not in (0.0, False, None, "")}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--period", required=True)
    ap.add_argument("--id", required=True, nargs="+", help="household ids (h<index>)")
    ap.add_argument("--households", type=int, default=2000, help="as in the run (the draw depends on it)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--monthly-incomes", type=float, default=0.5, metavar="SHARE")
    ap.add_argument("--stationary", nargs="*", default=[], choices=hh.household_shapes.SHAPES, metavar="SHAPE")
    ap.add_argument("--openfisca", nargs="*", default=[], metavar="VARIABLE")
    ap.add_argument("--keep", default=None, help="folder where to write the household's eligo files")
    ap.add_argument("--pack", default=os.path.join(crosscheck.ROOT, "rules", "fr"))
    a = ap.parse_args()
    shapes = tuple(s for s in hh.household_shapes.SHAPES if s not in a.stationary)
    chosen = [h for h in draw(a.period, a.households, a.seed, shapes, a.monthly_incomes) if h[0]["id"] in a.id]
    if not chosen:
        sys.exit(f"no household {' '.join(a.id)} among the {a.households} drawn")
    for fam, members in chosen:
        print(fam["id"], shown(fam))
        for k, m in enumerate(members):
            print(f"  {fam['id']}_{k}", shown(m))
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        names = [os.path.join(a.keep, f) for f in ("familles.csv", "personnes.csv", "mois.csv")]
        crosscheck.write_csv(names[0], names[1], crosscheck.pack_inputs(a.pack), chosen)
        crosscheck.write_monthly_csv(names[2], chosen)
        print("eligo files:", " ".join(n for n in names if os.path.exists(n)))
    if a.openfisca:
        from openfisca_runner import OpenFiscaRunner
        runner = OpenFiscaRunner(updates=False, float64=True)
        for month in sit.month_list(a.period, 3):
            simulation = runner.simulation(chosen, month, described_at=a.period)
            for name in a.openfisca:
                print(month, name, [round(float(v), 2) for v in simulation.calculate(name, month)])


if __name__ == "__main__":
    main()
