#!/usr/bin/env python3
"""Cross-check the French pack against OpenFisca-France.

Generates households, evaluates them with eligo (through the `eligo evaluate` command line
on CSV files) and with OpenFisca-France for the same months, and reports per benefit the
agreement on eligibility and on amounts (to the cent), listing the differences.

  python3 tools/crosscheck/crosscheck.py --months 2025-03 2025-08 --households 400

`--eligo` gives the command; `{pack} {period} {groups} {persons} {output}` are replaced.
"""
import argparse
import csv
import datetime
import os
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import households as hh  # noqa: E402
import situation as sit  # noqa: E402
import benefits  # noqa: E402

DEFAULT_ELIGO = ("eligo evaluate {pack} --period {period} --groups {groups} --persons {persons} "
                 "--format csv --output {output}")


def write_csv(path_groups, path_persons, pack_inputs, households):
    gcols = ["id"] + [n for n, e in pack_inputs if e == "famille"]
    pcols = ["id", "famille_id", "role"] + [n for n, e in pack_inputs if e == "personne"]
    with open(path_groups, "w", newline="") as fg, open(path_persons, "w", newline="") as fp:
        wg, wp = csv.writer(fg), csv.writer(fp)
        wg.writerow(gcols)
        wp.writerow(pcols)
        for fam, members in households:
            wg.writerow([fmt(fam.get(c, "")) for c in gcols])
            for k, p in enumerate(members):
                row = dict(p, id=f"{fam['id']}_{k}", famille_id=fam["id"])
                wp.writerow([fmt(row.get(c, "")) for c in pcols])


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v - round(v, 2)) < 1e-9 else repr(v)
    return "" if v is None else str(v)


def pack_inputs(pack_dir):
    import yaml
    out = []
    folder = os.path.join(pack_dir, "inputs")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name)) as f:
                for k, spec in (yaml.safe_load(f) or {}).items():
                    out.append((k, spec["entity"]))
    return out


def run_eligo(cmd, pack, period, households, workdir):
    g, p, o = (os.path.join(workdir, f"{x}_{period}.csv") for x in ("familles", "personnes", "out"))
    write_csv(g, p, pack_inputs(pack), households)
    line = cmd.format(pack=pack, period=period, groups=g, persons=p, output=o)
    subprocess.run(shlex.split(line), check=True)
    res = defaultdict(dict)
    with open(o) as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        gid = r.get("id") or r.get("group") or r.get("famille")
        if "benefit" in r:  # long format: one row per group and benefit
            res[gid][r["benefit"]] = (r["status"], float(r["amount"] or 0))
        else:  # wide format: <benefit>_status, <benefit>_amount
            for k in r:
                if k.endswith("_status"):
                    b = k[:-7]
                    res[gid][b] = (r[k], float(r.get(b + "_amount") or 0))
    return res


def run_openfisca(period, households, mods):
    from openfisca_core.simulation_builder import SimulationBuilder
    from openfisca_france import FranceTaxBenefitSystem
    tbs = FranceTaxBenefitSystem()
    simulation = SimulationBuilder().build_from_entities(tbs, sit.situation(households, period))
    out = defaultdict(dict)
    fam_ids = simulation.populations["famille"].ids
    for m in mods:
        values = simulation.calculate(m.OPENFISCA_VARIABLE, period)
        if m.ENTITY == "individu":
            values = simulation.populations["famille"].sum(values)
        for fid, v in zip(fam_ids, values):
            out[fid][m.ID] = float(v)
    return out


def compare(period, households, eligo_res, of_res, mods, show):
    lines = []
    for m in mods:
        n = agree_elig = agree_cent = within_1 = undet = 0
        diffs = []
        for fam, _ in households:
            fid = fam["id"]
            status, amount = eligo_res[fid].get(m.ID, ("missing", 0.0))
            ofv = round(of_res[fid][m.ID], 2)
            n += 1
            if status == "undetermined":
                undet += 1
                continue
            e_elig = status == "eligible" and amount > 0
            o_elig = ofv > 0
            if e_elig == o_elig:
                agree_elig += 1
                d = abs((amount if e_elig else 0.0) - ofv)
                if d < 0.005:
                    agree_cent += 1
                if d <= 0.011:
                    within_1 += 1
                else:
                    diffs.append((fid, status, amount, ofv))
            else:
                diffs.append((fid, status, amount, ofv))
        det = n - undet
        lines.append(f"{period} {m.ID:5s} households {n}, undetermined {undet}, eligibility agrees {agree_elig}/{det}, "
                     f"amount to the cent {agree_cent}/{det}, within 1 cent {within_1}/{det}")
        for fid, st, a, o in diffs[:show]:
            lines.append(f"    {fid}: eligo {st} {a:.2f}  openfisca {o:.2f}")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pack", default="rules/fr")
    ap.add_argument("--months", nargs="+", default=["2025-03", "2025-08", "2026-09"])
    ap.add_argument("--households", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--benefits", nargs="*", default=None)
    ap.add_argument("--eligo", default=DEFAULT_ELIGO)
    ap.add_argument("--show", type=int, default=8, help="differences listed per benefit and month")
    ap.add_argument("--keep", default=None, help="folder where to keep the CSV files")
    a = ap.parse_args()
    mods = benefits.load(a.benefits)
    workdir = a.keep or tempfile.mkdtemp(prefix="crosscheck_")
    os.makedirs(workdir, exist_ok=True)
    for period in a.months:
        start = datetime.date(int(period[:4]), int(period[5:]), 1)
        households = hh.generate(a.households, start, a.seed)
        e = run_eligo(a.eligo, a.pack, period, households, workdir)
        o = run_openfisca(period, households, mods)
        print("\n".join(compare(period, households, e, o, mods, a.show)))


if __name__ == "__main__":
    main()
