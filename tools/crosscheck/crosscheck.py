#!/usr/bin/env python3
"""Cross-check the French pack against OpenFisca-France.

Generates households, evaluates them with eligo (the `eligo evaluate` command line on CSV
files) and with OpenFisca-France for the same months, and reports per benefit the agreement
on eligibility and on amounts (to the cent, and within one cent), listing the differences.

  python3 tools/crosscheck/crosscheck.py --months 2024-09 2025-09 2026-09 --households 10000

`--eligo` gives the command; `{pack} {period} {groups} {persons} {output}` are replaced.
"""
import argparse
import csv
import datetime
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import households as hh  # noqa: E402
import benefits  # noqa: E402
import causes  # noqa: E402
import openfisca_law  # noqa: E402
import reference_window  # noqa: E402
import situation as sit  # noqa: E402
from openfisca_cents import openfisca_cents  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_ELIGO = (os.path.join(ROOT, "build", "eligo") + " evaluate {pack} --period {period} --groups {groups} "
                 "--persons {persons} --format csv --output {output}")


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


def write_monthly_csv(path, households):
    """The salaries that change month by month (households.vary_salaries) as the long file of
    `eligo evaluate --monthly`; None when there are none. The harness's gross pay is its net
    pay (households.py), so both change together: the ASPA reads the gross one of each month
    (R815-29), the other benefits the net one."""
    rows = [(f"{fam['id']}_{k}", month, name, f"{value:.2f}")
            for fam, members in households for k, p in enumerate(members)
            for month, value in sorted((p.get("salaire_mois") or {}).items())
            for name in ("salaire_net", "salaire_de_base")]
    if not rows:
        return None
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "month", "input", "value"])
        w.writerows(rows)
    return path


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
    """Runs `eligo evaluate` on CSV files; returns {group: {benefit: (status, amount)}}."""
    g, p, o = (os.path.join(workdir, f"{x}_{period}.csv") for x in ("familles", "personnes", "out"))
    write_csv(g, p, pack_inputs(pack), households)
    line = cmd.format(pack=pack, period=period, groups=g, persons=p, output=o)
    monthly = write_monthly_csv(os.path.join(workdir, f"mois_{period}.csv"), households)
    if monthly:
        line += " --monthly " + shlex.quote(monthly)
    subprocess.run(shlex.split(line), check=True)
    res = defaultdict(dict)
    with open(o) as f:
        for r in csv.DictReader(f):  # group_id,benefit,status,amount,failed_conditions,missing_inputs
            res[r["group_id"]][r["benefit"]] = (r["status"], float(r["amount"] or 0))
    return res


# the allowances the prime d'activité counts that the harness gives OpenFisca stationary (S2)
STATIONARY_ALLOWANCES = ("aah", "aspa")


def quarter_amounts(cmd, pack, period, households, workdir, benefit="ppa"):
    """{group: [(eligo's amount of `benefit`, the stationary allowances it counts) for each
    month of the reference quarter (M-3..M-1), with the same inputs]}: OpenFisca computes the
    prime d'activité of M from these three months, each with its own parameters, where eligo
    applies those of M to the quarter (docs/crosscheck.md, R1). causes.py reads them to
    recognise that class."""
    amounts = defaultdict(list)
    for month in sit.month_list(period, 3)[:-1]:  # M-3 .. M-1
        for group, values in run_eligo(cmd, pack, month, households, workdir).items():
            amounts[group].append((eligible_amount(values, benefit),
                                   sum(eligible_amount(values, b) for b in STATIONARY_ALLOWANCES)))
    return amounts


def eligible_amount(values, benefit):
    status, amount = values.get(benefit, ("missing", 0.0))
    return amount if status == "eligible" else 0.0


def run_openfisca(period, households, mods, runner=None):
    """Returns {famille: {benefit: (eligible, amount)}} computed by OpenFisca-France, with one
    simulation for all the households (openfisca_runner.py), and what the persons receive
    that eligo takes as inputs (openfisca_runner.RECEIVED_BY_PERSON)."""
    from openfisca_runner import OpenFiscaRunner, received_by_person
    runner = runner or OpenFiscaRunner(float64=True)
    simulation = runner.simulation(households, period)
    amounts, eligible = runner.run(households, period, mods, simulation)
    diagnostics = runner.diagnostics(simulation, period)
    received = received_by_person(simulation, period)
    return openfisca_results(households, mods, amounts, eligible, diagnostics), received


def give_received(households, received):
    """Sets on each member the inputs OpenFisca computed for it ({input: one value per person,
    in member order}), so that eligo reads what OpenFisca pays."""
    members = [m for _, ms in households for m in ms]
    for name, values in received.items():
        assert len(values) == len(members), name
        for m, v in zip(members, values):
            m[name] = round(float(v), 2)


def openfisca_results(households, mods, amounts, eligible, diagnostics):
    """{famille: {benefit: (eligible, amount)}, with "_diagnostics": {name: value}}, from
    the runner's arrays (one value per household, in the households' order)."""
    out = defaultdict(dict)
    for i, (fam, _) in enumerate(households):
        for m in mods:
            out[fam["id"]][m.ID] = (bool(eligible[m.ID][i]), float(amounts[m.ID][i]))
        out[fam["id"]]["_diagnostics"] = {k: float(v[i]) for k, v in diagnostics.items()}
    return out


def compare(period, households, eligo_res, of_res, mods, float_type=np.float64):
    """Per benefit: counts, and every household that does not agree to the cent with its
    cause (causes.py; None when unexplained). `float_type`: what OpenFisca computed in."""
    stats = {}
    for m in mods:
        s = {"households": 0, "undetermined": 0, "eligibility": 0, "cent": 0, "cent_python_round": 0, "within_1_cent": 0,
             "within_1_eur": 0,
             "eligible_eligo": 0, "eligible_openfisca": 0, "causes": defaultdict(int), "unexplained": 0,
             "differences": []}
        by_status = getattr(m, "ELIGO_ELIGIBLE", "amount") == "status"
        for household in households:
            fid = household[0]["id"]
            status, amount = eligo_res[fid].get(m.ID, ("missing", 0.0))
            o_elig, raw = of_res[fid][m.ID]
            ofv = openfisca_cents(raw, float_type)
            s["households"] += 1
            def record_difference(eligo_side):
                why = causes.cause(m.ID, household, period, eligo_side, (o_elig, ofv),
                                   of_res[fid].get("_diagnostics", {}))
                if why:
                    s["causes"][why] += 1
                else:
                    s["unexplained"] += 1
                s["differences"].append((fid, status, amount, o_elig, ofv, why))

            if status == "undetermined":
                # eligo cannot decide: a cause may still name why (eligibility None)
                s["undetermined"] += 1
                record_difference((None, 0.0))
                continue
            e_elig = status == "eligible" and (by_status or amount > 0)
            s["eligible_eligo"] += e_elig
            s["eligible_openfisca"] += o_elig
            e_amount = amount if e_elig else 0.0
            d = abs(e_amount - ofv)
            s["eligibility"] += e_elig == o_elig
            s["within_1_cent"] += e_elig == o_elig and d <= 0.0101
            s["within_1_eur"] += e_elig == o_elig and d <= 1.0
            # Python's round() on OpenFisca's float, for comparison with openfisca_cents
            s["cent_python_round"] += e_elig == o_elig and abs(e_amount - round(raw, 2)) < 0.005
            if e_elig == o_elig and d < 0.005:
                s["cent"] += 1
                continue
            record_difference((e_elig, e_amount))
        s["causes"] = dict(s["causes"])
        stats[m.ID] = s
    return attribute_cascades(stats)


# Benefits whose resources include the AAH and the ASPA (CASF R262-6, CSS R844-5, L861-2),
# and the ASPA, whose resources include a partner's AAH (R815-22)
CASCADES = {"aspa": ("aah",), "rsa": ("aah", "aspa"), "ppa": ("aah", "aspa"), "css": ("aah", "aspa")}
CASCADE_CAUSE = "follows from the household's AAH or ASPA difference"


# CSS L861-1: the RSA's beneficiaries have the CSS without contribution (the pack's
# `css_gratuite`, OpenFisca's too)
RSA_CASCADE_CAUSE = "CSS: free for the RSA's beneficiaries, the RSA differing (its own cause)"


def attribute_rsa_cascade(stats):
    """An unexplained CSS difference in a household whose RSA differs, where the side that
    pays the RSA gives the free CSS and the other side pays no RSA, is counted under the RSA's
    difference."""
    if "css" not in stats or "rsa" not in stats:
        return
    rsa = {d[0]: (d[1] == "eligible" and d[2] > 0, d[3] and d[4] > 0) for d in stats["rsa"]["differences"]}
    s = stats["css"]
    for k, d in enumerate(s["differences"]):
        fid, status, amount, o_elig, o_amount, why = d
        if why is not None or fid not in rsa or status == "undetermined":
            continue
        eligo_rsa, openfisca_rsa = rsa[fid]
        eligo_free, openfisca_free = status == "eligible" and amount == 0, o_elig and o_amount == 0
        if eligo_rsa != openfisca_rsa and (eligo_free if eligo_rsa else openfisca_free):
            s["differences"][k] = tuple(d[:5]) + (RSA_CASCADE_CAUSE,)
            s["unexplained"] -= 1
            s["causes"][RSA_CASCADE_CAUSE] = s["causes"].get(RSA_CASCADE_CAUSE, 0) + 1


def attribute_cascades(stats):
    """An unexplained difference of a benefit that counts the AAH or ASPA as a resource, in a
    household whose AAH or ASPA itself differs, is counted under that difference; and a CSS
    made free by an RSA that differs, under the RSA's (attribute_rsa_cascade)."""
    attribute_rsa_cascade(stats)
    for benefit, sources in CASCADES.items():
        if benefit not in stats:
            continue
        differing = {d[0] for b in sources if b in stats for d in stats[b]["differences"]}
        s = stats[benefit]
        for k, d in enumerate(s["differences"]):
            if d[5] is None and d[1] != "undetermined" and d[0] in differing:
                s["differences"][k] = tuple(d[:5]) + (CASCADE_CAUSE,)
                s["unexplained"] -= 1
                s["causes"][CASCADE_CAUSE] = s["causes"].get(CASCADE_CAUSE, 0) + 1
    return stats


def format_stats(period, stats, show):
    lines = []
    for b, s in stats.items():
        n = s["households"]
        pct = lambda k: 100.0 * s[k] / n if n else 0.0  # noqa: E731
        lines.append(f"{period} {b:14s} households {n}, undetermined {s['undetermined']}, "
                     f"eligible {s['eligible_eligo']}/{s['eligible_openfisca']} (eligo/openfisca), "
                     f"eligibility {s['eligibility']} ({pct('eligibility'):.2f}%), "
                     f"amount to the cent {s['cent']} ({pct('cent'):.2f}%), "
                     f"within 1 cent {s['within_1_cent']} ({pct('within_1_cent'):.2f}%), "
                     f"within 1 EUR {s['within_1_eur']} ({pct('within_1_eur'):.2f}%), "
                     f"unexplained {s['unexplained']} ({pct('unexplained'):.2f}%)")
        for why, k in sorted(s["causes"].items(), key=lambda x: -x[1]):
            lines.append(f"    cause {why}: {k}")
        shown = [d for d in s["differences"] if d[5] is None][:show]
        for fid, st, a, oe, o, _ in shown:
            lines.append(f"    unexplained {fid}: eligo {st} {a:.2f}  openfisca {'eligible' if oe else 'not eligible'} {o:.2f}")
    return lines


def run_month(period, n, seed, mods, eligo_cmd, pack, workdir, timings=None, runner=None, monthly_share=0.0,
              shapes=hh.household_shapes.SHAPES):
    start = datetime.date(int(period[:4]), int(period[5:]), 1)
    households = hh.generate(n, start, seed, shapes)
    if monthly_share > 0:
        hh.vary_salaries(households, start, seed, monthly_share)
    # OpenFisca first: eligo reads the ASI it computes (openfisca_runner.RECEIVED_BY_PERSON)
    t0 = time.time()
    o, received = run_openfisca(period, households, mods, runner)
    give_received(households, received)
    t1 = time.time()
    e = run_eligo(eligo_cmd, pack, period, households, workdir)
    t2 = time.time()
    if any(m.ID == "ppa" for m in mods):
        for group, amounts in quarter_amounts(eligo_cmd, pack, period, households, workdir).items():
            o[group]["_diagnostics"]["eligo_ppa_quarter"] = amounts
            o[group]["_diagnostics"]["eligo_allowances"] = sum(
                eligible_amount(e[group], b) for b in STATIONARY_ALLOWANCES)
    # OpenFisca given its own quarter M-4 .. M-2 reads the months eligo reads: the earlier
    # quarter cannot be the difference (W1), only hide another one
    window = not (runner and runner.decree_window)
    if window:
        give_window_m3_m1(e, o, mods, eligo_cmd, pack, period, households, workdir)
    give_children_born_before_the_quarter(e, o, mods, eligo_cmd, pack, period, households, workdir, window)
    give_birthday_months_counted(o, mods, eligo_cmd, pack, period, households, workdir, window)
    give_childrens_pay_taken_away(o, mods, eligo_cmd, pack, period, households, workdir, runner, window)
    give_claimants_turning_25_a_month_later(o, mods, eligo_cmd, pack, period, households, workdir)
    give_css_with_children_of_25_counted(o, mods, eligo_cmd, pack, period, households, workdir)
    if timings is not None:
        timings[period] = {"eligo_s": round(t2 - t1, 2), "openfisca_s": round(t1 - t0, 2)}
    stats = compare(period, households, e, o, mods, runner.float_type if runner else np.float64)
    return households, explain_css_differences(stats, period, households, o, eligo_cmd, pack, workdir)


# the benefits whose reference quarter décret n° 2025-185 moved (reference_window.py)
WINDOW_BENEFITS = ("rsa", "ppa")


def give_window_m3_m1(e, o, mods, cmd, pack, period, households, workdir):
    """Gives causes.py, for each household, eligo's RSA and prime d'activité computed on the
    pack read with the quarter before décret n° 2025-185 (M-3 .. M-1), beside the pack as in
    force: `eligo_window_m3_m1_<benefit>` = (eligible, amount), eligible as `compare` counts
    it. Recognises class W1; OpenFisca's side is not touched."""
    asked = [m for m in mods if m.ID in WINDOW_BENEFITS]
    settings = reference_window.settings_before_the_decree(pack) if asked else None
    if settings is None:
        return
    give_rerun(o, "eligo_window_m3_m1", asked, on_the_earlier_quarter(cmd, settings), pack, period, households, workdir)


def on_the_earlier_quarter(cmd, settings):
    """eligo's command line with the settings that read the quarter before décret n° 2025-185."""
    return cmd + " " + " ".join(shlex.quote(a) for a in settings)


def commands_with_the_earlier_quarter(cmd, pack, period, window):
    """[(key suffix, command)]: the pack as in force, and with `window`, from the décret's
    date, the pack on the quarter before it as well (suffix `_window_m3_m1`, as for W1)."""
    settings = reference_window.settings_before_the_decree(pack) if window and period >= reference_window.DECREE_START[:7] else None
    return [("", cmd)] + ([("_window_m3_m1", on_the_earlier_quarter(cmd, settings))] if settings else [])


def give_rerun(o, key, asked, cmd, pack, period, households, workdir):
    """eligo rerun (`cmd`, on `households`) gives each household's diagnostics
    `<key>_<benefit>` = (eligible, amount) for the benefits asked, eligible as `compare`
    counts it (None when undetermined)."""
    folder = os.path.join(workdir, key)
    os.makedirs(folder, exist_ok=True)
    for group, values in run_eligo(cmd, pack, period, households, folder).items():
        for m in asked:
            status, amount = values.get(m.ID, ("missing", 0.0))
            by_status = getattr(m, "ELIGO_ELIGIBLE", "amount") == "status"
            eligible = status == "eligible" and (by_status or amount > 0)
            o[group]["_diagnostics"][f"{key}_{m.ID}"] = (
                None if status == "undetermined" else eligible, amount if eligible else 0.0)


def first_month_of_the_quarter(period):
    """The first month of the RSA's and prime d'activité's quarter in the pack: M-4 from the
    décret's date, M-3 before (reference_window.py)."""
    before = 4 if period >= reference_window.DECREE_START[:7] else 3
    return sit.month_list(period, before)[0]


def give_children_born_before_the_quarter(e, o, mods, cmd, pack, period, households, workdir, window=False):
    """Gives causes.py, for each household with a child born after the first month of the
    RSA's and prime d'activité's quarter (and by M), eligo's amounts with each such child born
    on the first day of that month instead: `eligo_born_before_quarter_<benefit>` =
    (eligible, amount). The pack counts a child from its month of birth (CASF D262-34);
    OpenFisca, given one famille for every month, counts it in the months before (class U1).
    The child is a few months old either way: its age is 0 in every month read. With
    `window`, the same on the quarter before décret n° 2025-185 as well
    (`eligo_born_before_quarter_window_m3_m1_<benefit>`): U1 and W1 together."""
    give_quarter_reruns(o, "eligo_born_before_quarter", mods, cmd, pack, period,
                        born_before_the_quarter(households, period), workdir, window)


def give_quarter_reruns(o, key, mods, cmd, pack, period, changed, workdir, window):
    """eligo rerun on the `changed` households for the benefits of `mods` among the RSA and
    prime d'activité (`<key>_<benefit>`), and with `window`, from the décret's date, on the
    quarter before it as well (`<key>_window_m3_m1_<benefit>`)."""
    asked = [m for m in mods if m.ID in WINDOW_BENEFITS]
    if not asked or not changed:
        return
    for suffix, line in commands_with_the_earlier_quarter(cmd, pack, period, window):
        give_rerun(o, key + suffix, asked, line, pack, period, changed, workdir)


def born_before_the_quarter(households, period):
    """The households with a child born after the first month of the RSA's and prime
    d'activité's quarter (and by M), each such child born on the first day of that month."""
    first = first_month_of_the_quarter(period)
    inside = lambda m: m["role"] == "enfant" and first < m["date_naissance"][:7] <= period  # noqa: E731
    return [(fam, [dict(m, date_naissance=f"{first}-01") if inside(m) else m for m in members])
            for fam, members in households if any(inside(m) for m in members)]


def give_birthday_months_counted(o, mods, cmd, pack, period, households, workdir, window=False):
    """Gives causes.py, for each household with a child who turns 25 or 3 on another day than
    the 1st, in a month from the first of the RSA's and prime d'activité's quarter to M,
    eligo's amounts with each such child born on the first day of the month after instead:
    `eligo_birthday_month_counted_<benefit>` = (eligible, amount). The pack reads a month's
    household at the month's end (CASF D262-34, CSS R843-1, II): the child is no dependant in
    the month of its 25th birthday and gives no lone-parent increase in that of its 3rd.
    OpenFisca reads ages on the month's first day and counts it there (class M1). The move
    changes the child's age by less than a month, which only those two thresholds see in the
    months read. With `window`, the same on the quarter before décret n° 2025-185 as well
    (`eligo_birthday_month_counted_window_m3_m1_<benefit>`): M1 and W1 together."""
    give_quarter_reruns(o, "eligo_birthday_month_counted", mods, cmd, pack, period,
                        birthdays_moved_to_the_next_month(households, period), workdir, window)


def give_claimants_turning_25_a_month_later(o, mods, cmd, pack, period, households, workdir):
    """Gives causes.py, for each household with an adult who turns 25 in M on another day than
    the 1st, eligo's RSA with each such adult born on the first day of the month after instead:
    `eligo_claimant_25_month_after_rsa` = (eligible, amount). The pack reads the RSA's age
    condition at the month's end, as the household (CASF D262-34): 25 in the month of the
    25th birthday. OpenFisca reads `age` on the month's first day (class Y1). The move keeps
    the adult 24 on the first day of every month of the quarter."""
    asked = [m for m in mods if m.ID == "rsa"]
    changed = claimants_turning_25_moved_to_the_next_month(households, period)
    if asked and changed:
        give_rerun(o, "eligo_claimant_25_month_after", asked, cmd, pack, period, changed, workdir)


# OpenFisca-France's rule for the CSS's dependants, `age <= age_limite_pac` (25), in the pack's
# terms: under 26 (class C4)
CSS_DEPENDANTS_AS_OPENFISCA = "--set css.age_limite_personne_a_charge=26@2000-01-01"


def give_css_with_children_of_25_counted(o, mods, cmd, pack, period, households, workdir):
    """Gives causes.py, for each household with a child who is 25 on the first day of M,
    eligo's CSS with a child of 25 counted as a dependant, as OpenFisca-France counts it:
    `eligo_css_child_of_25_counted_css` = (eligible, amount). CSS R861-2 counts the children
    "âgés de moins de vingt-cinq ans à la date du dépôt de la demande"; OpenFisca's
    `cmu_nb_pac` counts `age <= age_limite_pac`, 25 included (class C4)."""
    asked = [m for m in mods if m.ID == "css"]
    start = datetime.date(int(period[:4]), int(period[5:]), 1)
    changed = [(fam, members) for fam, members in households
               if any(m["role"] == "enfant" and hh.household_shapes.age_on(datetime.date.fromisoformat(m["date_naissance"]), start) == 25
                      for m in members)]
    if asked and changed:
        give_rerun(o, "eligo_css_child_of_25_counted", asked, f"{cmd} {CSS_DEPENDANTS_AS_OPENFISCA}", pack, period,
                   changed, workdir)


def first_day_of_the_month_after(born):
    """'2001-06-20' -> '2001-07-01'."""
    y, mo = int(born[:4]), int(born[5:7])
    return f"{y + mo // 12:04d}-{mo % 12 + 1:02d}-01"


def claimants_turning_25_moved_to_the_next_month(households, period):
    """The households with an adult (not a child of the household) whose 25th birthday falls
    in M, not on the 1st, each such adult born on the first day of the month after."""
    def turning(m):
        born = m["date_naissance"]
        return m["role"] != "enfant" and born[8:] != "01" and f"{int(born[:4]) + 25:04d}{born[4:7]}" == period

    return [(fam, [dict(m, date_naissance=first_day_of_the_month_after(m["date_naissance"])) if turning(m) else m for m in members])
            for fam, members in households if any(turning(m) for m in members)]


# the ages whose month the pack and OpenFisca read otherwise: the end of a dependant under 25
# (CASF R262-3) and of the lone-parent increase for a child under 3 (R262-2, CSS L842-7)
MONTH_END_AGES = (25, 3)


def birthdays_moved_to_the_next_month(households, period):
    """The households with a child whose 25th or 3rd birthday, not on the 1st, falls from the
    first month of the quarter to M, each such child born on the first day of the month after
    its month of birth."""
    first = first_month_of_the_quarter(period)

    def turning(m):
        born = m["date_naissance"]
        return m["role"] == "enfant" and born[8:] != "01" and any(
            first <= f"{int(born[:4]) + age:04d}{born[4:7]}" <= period for age in MONTH_END_AGES)

    return [(fam, [dict(m, date_naissance=first_day_of_the_month_after(m["date_naissance"])) if turning(m) else m for m in members])
            for fam, members in households if any(turning(m) for m in members)]


def give_childrens_pay_taken_away(o, mods, cmd, pack, period, households, workdir, runner=None, window=False):
    """Gives causes.py, for each household with a paid child, the prime d'activité of both
    sides with every child's pay taken away: `eligo_without_child_pay_ppa` and
    `openfisca_without_child_pay_ppa` = (eligible, amount). The pack counts a child's pay only
    when the child is a dependant, and a child's pay alone opens no right; OpenFisca adds the
    pay of every member of its famille (class P1): when the two agree without it, the
    children's pay is the whole difference. With `window`, eligo on the quarter before décret
    n° 2025-185 as well (`eligo_without_child_pay_window_m3_m1_ppa`: P1 and W1 together). A
    household where a child is also born inside the quarter gets eligo's amounts with that
    birth moved to the quarter's first day besides (`..._born_before_quarter`: P1 with U1, as
    in give_children_born_before_the_quarter; OpenFisca counts the child in every month), and
    one where a child turns 25 or 3 inside the quarter, with that child born on the first day
    of the month after (`..._birthday_month_counted`: P1 with M1, as in
    give_birthday_months_counted)."""
    asked = [m for m in mods if m.ID == "ppa"]
    unpaid = []
    for fam, members in households:
        if any(m["role"] == "enfant" and m["salaire_net"] > 0 for m in members):
            unpaid.append((fam, [dict(m, salaire_net=0.0, salaire_de_base=0.0, salaire_mois=None)
                                 if m["role"] == "enfant" else m for m in members]))
    if not asked or not unpaid:
        return
    theirs, _ = run_openfisca(period, unpaid, asked, runner)
    for fam, _ in unpaid:
        o[fam["id"]]["_diagnostics"]["openfisca_without_child_pay_ppa"] = theirs[fam["id"]]["ppa"]
    for key, changed in (("eligo_without_child_pay", unpaid),
                         ("eligo_without_child_pay_born_before_quarter", born_before_the_quarter(unpaid, period)),
                         ("eligo_without_child_pay_birthday_month_counted", birthdays_moved_to_the_next_month(unpaid, period))):
        give_quarter_reruns(o, key, asked, cmd, pack, period, changed, workdir, window)


# eligo's values the CSS causes read (causes.css_ceiling_in_euros), from its trace
CSS_TRACE = ("css_ressources", "css_plafond_exact", "css_plafond_gratuite", "css_plafond_participation")
TRACED_VALUE = re.compile(r"\s*variable (\w+) = (-?[0-9]+(?:\.[0-9]+)?)\b")


def explain_css_differences(stats, period, households, of_res, cmd, pack, workdir):
    """Each CSS household still unexplained is replayed with `eligo explain --trace`, and its
    resources and ceilings given to causes.py, which may then name the cause; the few such
    households make this cheap."""
    if "css" not in stats:
        return stats
    s = stats["css"]
    by_id = {fam["id"]: (fam, members) for fam, members in households}
    for k, d in enumerate(s["differences"]):
        fid, status, amount, o_elig, ofv, why = d
        if why is not None or status == "undetermined":
            continue
        of_res[fid]["_diagnostics"]["eligo_css"] = css_trace(cmd, pack, period, fid, workdir)
        e_elig = status == "eligible"
        why = causes.cause("css", by_id[fid], period, (e_elig, amount if e_elig else 0.0), (o_elig, ofv),
                           of_res[fid]["_diagnostics"])
        if why:
            s["differences"][k] = (fid, status, amount, o_elig, ofv, why)
            s["unexplained"] -= 1
            s["causes"][why] = s["causes"].get(why, 0) + 1
    return stats


def css_trace(cmd, pack, period, group, workdir):
    """{variable: value} of CSS_TRACE for one household, read from `eligo explain --trace` (the
    executable of the evaluate command); empty when it cannot be read."""
    groups, persons = (os.path.join(workdir, f"{x}_{period}.csv") for x in ("familles", "personnes"))
    done = subprocess.run([shlex.split(cmd)[0], "explain", pack, "--period", period, "--groups", groups,
                           "--persons", persons, "--id", group, "--trace", "--language", "en"],
                          capture_output=True, text=True)
    values = {}
    for line in done.stdout.splitlines():
        match = TRACED_VALUE.match(line)
        if match and match.group(1) in CSS_TRACE:
            values[match.group(1)] = float(match.group(2))
    return values if len(values) == len(CSS_TRACE) else {}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pack", default=os.path.join(ROOT, "rules", "fr"))
    ap.add_argument("--months", nargs="+", default=["2024-09", "2025-09", "2026-09"])
    ap.add_argument("--households", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--benefits", nargs="*", default=None)
    ap.add_argument("--eligo", default=DEFAULT_ELIGO)
    ap.add_argument("--show", type=int, default=8, help="differences listed per benefit and month")
    ap.add_argument("--keep", default=None, help="folder where to keep the CSV files")
    ap.add_argument("--json", default=None, help="file where to write the figures and every difference")
    ap.add_argument("--openfisca-as-published", action="store_true",
                    help="leave OpenFisca as published (neither the parameters of openfisca_updates.py "
                         "nor the formulas of openfisca_law.py brought to the law)")
    ap.add_argument("--openfisca-float32", action="store_true",
                    help="OpenFisca in its own 32-bit floats (default: the same formulas in 64 bits, "
                         "openfisca_runner.compute_in_64_bit_floats)")
    ap.add_argument("--monthly-incomes", type=float, default=0.0, metavar="SHARE",
                    help="give this share of the earners a salary that changes over the reference quarter "
                         "(its mean unchanged): OpenFisca reads each month, eligo the --monthly history")
    ap.add_argument("--stationary", nargs="*", default=[], choices=hh.household_shapes.SHAPES, metavar="SHAPE",
                    help="switch these shapes of the draw off (tools/crosscheck/shapes.py: "
                         + ", ".join(hh.household_shapes.SHAPES) + ")")
    ap.add_argument("--openfisca-decree-window", action="store_true",
                    help="from March 2025, OpenFisca's own RSA and prime d'activité formulas for the quarter "
                         "M-4 .. M-2 (its input departement_experimentation_rsa set): a diagnosis of class W1, "
                         "beside the comparison as published")
    a = ap.parse_args()
    shapes = tuple(s for s in hh.household_shapes.SHAPES if s not in a.stationary)
    mods = benefits.load(a.benefits)
    workdir = a.keep or tempfile.mkdtemp(prefix="crosscheck_")
    os.makedirs(workdir, exist_ok=True)
    report, timings = {}, {}
    from openfisca_runner import OpenFiscaRunner
    runner = OpenFiscaRunner(updates=not a.openfisca_as_published, float64=not a.openfisca_float32,
                             decree_window=a.openfisca_decree_window)
    print("OpenFisca-France as published" if a.openfisca_as_published else
          f"OpenFisca-France brought to the law: {len(runner.updates)} parameter values (openfisca_updates.py), "
          f"classes {', '.join(openfisca_law.CLASSES)} (openfisca_law.py)", flush=True)
    for period in a.months:
        _, stats = run_month(period, a.households, a.seed, mods, a.eligo, a.pack, workdir, timings, runner,
                             a.monthly_incomes, shapes)
        print("\n".join(format_stats(period, stats, a.show)), flush=True)
        print(f"{period} time: eligo {timings[period]['eligo_s']} s, openfisca {timings[period]['openfisca_s']} s", flush=True)
        report[period] = stats
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"households": a.households, "seed": a.seed, "shapes": list(shapes), "monthly_incomes": a.monthly_incomes,
                       "openfisca_as_published": a.openfisca_as_published,
                       "openfisca_decree_window": a.openfisca_decree_window, "months": report, "timings": timings}, f, indent=1)


if __name__ == "__main__":
    main()
