"""Renders the results of benchmarks/run.py as benchmarks/RESULTS.md."""


def f(x, digits=3):
    if x is None:
        return "n/a"
    if isinstance(x, float):
        if x == 0:
            return "0"
        if abs(x) >= 100:
            return f"{x:,.0f}"
        return f"{x:.{digits}g}"
    return f"{x:,}" if isinstance(x, int) else str(x)


def ms(s):
    return f"{s * 1e3:.3g} ms"


def us(s):
    return f"{s * 1e6:.3g} µs"


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def percentile(values, p):
    s = sorted(values)
    k = max(1, min(len(s), int(p / 100 * len(s) + 0.999999)))
    return s[k - 1]


def verdict(ok):
    return "**met**" if ok else "**not met**"


def render(R, commands):
    m = R["machine"]
    out = []
    w = out.append
    w("# Benchmark results\n")
    w("Written by `benchmarks/run.py` (see `benchmarks/README.md`); every ratio below is computed "
      "from measurements of this one run. Times are medians; \"CPU\" is process CPU time, the "
      "steadier measure when the machine is shared, \"wall\" is elapsed time.\n")
    w("## Machine\n")
    w(f"- CPU: {m['cpu']}, {m['cores']} logical cores; memory {m['memory']}; Linux {m['kernel']}")
    w(f"- Compiler: {m['compiler']}; {m['python']}; commit {m['commit']}")
    w(f"- Load average at start {tuple(round(x, 1) for x in m['load_start'])}, at end "
      f"{tuple(round(x, 1) for x in m.get('load_end', (0, 0, 0)))} (other work was running on the machine)")
    w(f"- Run from {R['started']} to {R.get('finished', '?')}\n")

    targets = []

    # --- OpenFisca throughput ------------------------------------------------------------
    w("## OpenFisca-France on the same households\n")
    w("The cross-check's households (`tools/crosscheck/households.py`, seed 1) and situations "
      "(`tools/crosscheck/situation.py`), month " + R["args"]["period"] + ", the eight benefits of "
      "the French pack. eligo evaluates the CSV files (reading them not timed), one thread; "
      "OpenFisca builds one simulation for all households from arrays (`tools/crosscheck/openfisca_runner.py`) and calculates "
      "the eight variables once (one run: it is slow). OpenFisca's time below is build + "
      "calculate.\n")
    w("| households | persons | eligo CPU | eligo persons/s | OpenFisca build | OpenFisca calculate | "
      "OpenFisca persons/s | ratio (CPU) | ratio (wall) | eligo peak B/person | OpenFisca peak B/person |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    best_ratio = None
    for row in R["throughput"]:
        e = row["eligo"]
        o = row.get("openfisca")
        persons = e["persons"]
        if o:
            of_cpu = o["build_cpu_s"] + o["calculate_cpu_s"]
            of_wall = o["build_wall_s"] + o["calculate_wall_s"]
            ratio_cpu = of_cpu / e["cpu_median_s"]
            ratio_wall = of_wall / e["wall_median_s"]
            best_ratio = ratio_cpu if best_ratio is None else min(best_ratio, ratio_cpu)
            w(f"| {f(row['households'])} | {f(persons)} | {ms(e['cpu_median_s'])} | {f(persons / e['cpu_median_s'])} | "
              f"{o['build_cpu_s']:.1f} s | {o['calculate_cpu_s']:.1f} s | {f(persons / of_cpu)} | "
              f"**{f(ratio_cpu)}x** | {f(ratio_wall)}x | {f(e['peak_extra_bytes'] / persons)} | "
              f"{f(o['peak_extra_bytes'] / persons)} |")
        else:
            note = "timed out" if row.get("openfisca_timeout") else "not run"
            w(f"| {f(row['households'])} | {f(persons)} | {ms(e['cpu_median_s'])} | {f(persons / e['cpu_median_s'])} | "
              f"{note} | | | | | {f(e['peak_extra_bytes'] / persons)} | |")
    w("")
    w("Peak memory per person: the rise of the resident set during the evaluation (eligo: one "
      "evaluation, results included, beyond the loaded population; OpenFisca: building and "
      "calculating the simulation, beyond the situation dictionaries).\n")
    for row in R["throughput"]:
        if row.get("agreement"):
            w(f"Agreement at {f(row['households'])} households (amounts: OpenFisca rounded to the cent; "
              "OpenFisca as published, the differences are the classes explained in `docs/crosscheck.md`, "
              "with its figures for `--openfisca-as-published`):\n")
            w("| benefit | households | eligo undetermined | eligibility agrees | amount to the cent | within 1 cent |")
            w("|---|---|---|---|---|---|")
            for a in row["agreement"]:
                det = a["households"] - a["undetermined"]
                w(f"| {a['benefit']} | {a['households']} | {a['undetermined']} | {a['eligibility']}/{det} | "
                  f"{a['cent']}/{det} | {a['one_cent']}/{det} |")
            w("")
            break
    if best_ratio is not None:
        targets.append(("At least 100x OpenFisca-France's throughput", f"{f(best_ratio)}x (smallest ratio over the sizes)",
                        best_ratio >= 100))

    # --- one household ------------------------------------------------------------------------
    h = R["household"]
    w("## One household, whole French pack\n")
    w(f"eligo: {h['households']} households of the first size evaluated one at a time, {h['rounds']} rounds "
      "(one thread, missing inputs named). OpenFisca: a simulation built and the eight variables "
      "calculated for each household alone.\n")
    w("| | median | 99th percentile |")
    w("|---|---|---|")
    w(f"| eligo `evaluate` (population built) | {us(h['evaluate_median_s'])} | {us(h['evaluate_p99_s'])} |")
    w(f"| eligo population built from columns + `evaluate` | {us(h['build_evaluate_median_s'])} | "
      f"{us(h['build_evaluate_p99_s'])} |")
    oh = R.get("openfisca_household")
    if oh:
        lat = oh["latency_s"]
        w(f"| OpenFisca build + calculate ({oh['households']} households) | {ms(median(lat))} | {ms(percentile(lat, 99))} |")
        w(f"\nRatio of medians: **{f(median(lat) / h['build_evaluate_median_s'])}x** (OpenFisca / eligo with population built).\n")
    else:
        w("")
    targets.append(("One household, whole French pack < 50 µs (median)", us(h["evaluate_median_s"]),
                    h["evaluate_median_s"] < 50e-6))

    # --- start-up -------------------------------------------------------------------------------
    s = R["startup"]
    w("## Start-up\n")
    w(f"eligo: `load_pack(\"rules/fr\")` + `Program::compile`, median of {s['runs']} runs in one process.\n")
    w("| | median |")
    w("|---|---|")
    w(f"| eligo load | {ms(s['load_median_s'])} |")
    w(f"| eligo compile | {ms(s['compile_median_s'])} |")
    w(f"| eligo load + compile | **{ms(s['total_median_s'])}** |")
    if R.get("openfisca_startup"):
        imp = median([o["import_wall_s"] for o in R["openfisca_startup"]])
        tbs = median([o["tbs_wall_s"] for o in R["openfisca_startup"]])
        w(f"| OpenFisca import (fresh process, {len(R['openfisca_startup'])} runs) | {ms(imp)} |")
        w(f"| OpenFisca `FranceTaxBenefitSystem()` | {ms(tbs)} |")
        w(f"\nRatio: **{f((imp + tbs) / s['total_median_s'])}x** (OpenFisca import + build / eligo load + compile).\n")
    else:
        w("")
    targets.append(("French pack loaded and compiled < 50 ms", ms(s["total_median_s"]), s["total_median_s"] < 0.05))

    # --- numpy ---------------------------------------------------------------------------------
    ne, nn, na = R["numpy_eligo"], R["numpy"], R["numpy_agreement"]
    w("## numpy\n")
    w("RSA written by hand as numpy array code (`benchmarks/peers/numpy_rsa.py`: integer cents, "
      "eligo's rounding, group sums by `bincount`) against eligo evaluating the RSA of the French "
      "pack on the same columns (AAH and ASPA given as columns to both), one thread, "
      f"{f(ne['groups'])} households, {f(ne['persons'])} persons.\n")
    w("| | CPU median | wall median |")
    w("|---|---|---|")
    w(f"| numpy | {ms(nn['cpu_median_s'])} | {ms(nn['wall_median_s'])} |")
    w(f"| eligo | {ms(ne['cpu_median_s'])} | {ms(ne['wall_median_s'])} |")
    w(f"\nRatio: **{f(nn['cpu_median_s'] / ne['cpu_median_s'])}x** (numpy / eligo, CPU). Same amount to the cent: "
      f"{na['same_cent']}/{na['households']}. The numpy version handles complete data only; eligo also "
      "carries validity (unknown values) and every condition's outcome.\n")

    # --- the limit -----------------------------------------------------------------------------
    w("## The limit: a hand-fused loop\n")
    w("One simple rule (`ressources < param.plafond_1`, amount `param.plafond_1 - ressources`) "
      "written as one C++ loop over the same column, producing what eligo's results hold "
      "(status, amount, the condition's truth), against eligo's evaluation of the rule, runs "
      "interleaved, one thread.\n")
    w("| groups | persons | hand-fused CPU | eligo CPU | ratio | eligo without missing-input tracing | ratio | differences |")
    w("|---|---|---|---|---|---|---|---|")
    worst = None
    for L in R["limit"]:
        r1 = L["eligo_cpu_median_s"] / L["fused_cpu_median_s"]
        r2 = L["eligo_no_missing_cpu_median_s"] / L["fused_cpu_median_s"]
        worst = r1 if worst is None else max(worst, r1)
        w(f"| {f(L['groups'])} | {f(L['persons'])} | {ms(L['fused_cpu_median_s'])} | {ms(L['eligo_cpu_median_s'])} | "
          f"**{f(r1)}x** | {ms(L['eligo_no_missing_cpu_median_s'])} | {f(r2)}x | {L['differences']} |")
    w("")
    targets.append(("Within 4x of the hand-fused loop on a simple rule", f"{f(worst)}x", worst <= 4))

    # --- months --------------------------------------------------------------------------------
    if R.get("months"):
        w("## Months: the prime d'activité month by month\n")
        w("The French pack computes the prime d'activité of M as the mean of the primes of M-3, M-2 "
          "and M-1, each with its month's amounts (CSS R843-1). On a generated stationary population "
          "(every input a single value), the pack as it is against the same pack whose "
          "`ppa_montant_calcule` is the prime of M alone, runs interleaved, one thread "
          "(`eligo_bench months`). Groups whose results differ are those whose household or "
          "amounts change within the quarter.\n")
        w("| period | groups | one month CPU | three months CPU | ratio | differing groups |")
        w("|---|---|---|---|---|---|")
        worst = None
        for M in R["months"]:
            worst = M["ratio"] if worst is None else max(worst, M["ratio"])
            w(f"| {M['period']} | {f(M['groups'])} | {ms(M['stationary_cpu_median_s'])} | "
              f"{ms(M['monthly_cpu_median_s'])} | **{f(M['ratio'])}x** | {M['differences']} |")
        w("")
        targets.append(("The quarter month by month within 1.2x of one month, stationary population",
                        f"{f(worst)}x", worst <= 1.2))

    # --- scaling -------------------------------------------------------------------------------
    w("## Scaling\n")
    w("Generated populations (`src/data/population_generator.hpp`, about 2% unknown values), "
      "whole French pack (8 benefits), median of the runs. Peak memory: rise of the resident set "
      "during one evaluation (results included) beyond the population already loaded; input: the "
      "input columns (values and validity).\n")
    w("| persons | threads | wall | CPU | persons/s (wall) | persons/s/core (CPU) | ns/person/benefit | "
      "input B/person | peak beyond input B/person |")
    w("|---|---|---|---|---|---|---|---|---|")
    per_core = []
    mem_ok = True
    for S in R["scaling"]:
        p = S["persons"]
        pc = p / S["cpu_median_s"]
        if S["threads"] == 1:
            per_core.append(pc)
        extra = S["peak_extra_bytes"] / p
        inp = S["input_bytes"] / p
        if p == max(x["persons"] for x in R["scaling"]):  # fixed costs weigh on small sizes
            mem_ok = mem_ok and (S["peak_extra_bytes"] <= S["input_bytes"] + 100 * p)
        w(f"| {f(p)} | {S['threads']} | {ms(S['wall_median_s'])} | {ms(S['cpu_median_s'])} | {f(p / S['wall_median_s'])} | "
          f"{f(pc)} | {f(S['cpu_median_s'] / p / S['benefits'] * 1e9)} | {f(inp)} | {f(extra)} |")
    w("")
    w("Rule count (synthetic pack, `benchmarks/support/synthetic_pack.hpp`: each rule an "
      "aggregation over members, two conditions and an amount), one thread:\n")
    w("| rules | persons | CPU | ns/person/rule |")
    w("|---|---|---|---|")
    for Q in R["rules"]:
        w(f"| {Q['rules']} | {f(Q['persons'])} | {ms(Q['cpu_median_s'])} | "
          f"{f(Q['cpu_median_s'] / Q['persons'] / Q['rules'] * 1e9)} |")
    w("")
    if per_core:
        targets.append(("At least 2 million persons/s/core, whole French pack",
                        f"{f(min(per_core))} to {f(max(per_core))} persons/s/core", min(per_core) >= 2e6))
    largest = [S for S in R["scaling"] if S["persons"] == max(x["persons"] for x in R["scaling"])]
    targets.append(("Peak memory <= 2x input columns + 100 B/person (beyond the input: <= input + "
                    "100 B/person), at the largest size",
                    ", ".join(f"{f(S['peak_extra_bytes'] / S['persons'])} B/person beyond an input of "
                              f"{f(S['input_bytes'] / S['persons'])} ({S['threads']} thread(s))" for S in largest)
                    + "; small populations pay a fixed scratch of one register per step", mem_ok))

    # --- micro ---------------------------------------------------------------------------------
    if R.get("micro"):
        w("## Micro-benchmarks of the kernels\n")
        w("`eligo_micro` (Google Benchmark): one step over a batch of 1024 groups (about 3,000 persons), "
          "items = rows of the step's level; the French pack per batch and for one household. "
          "Median of 3 repetitions.\n")
        w("| benchmark | time per iteration | items/s |")
        w("|---|---|---|")
        for b in R["micro"]["benchmarks"]:
            if b.get("aggregate_name") != "median":
                continue
            name = b["run_name"]
            w(f"| {name} | {b['real_time']:.4g} {b['time_unit']} | {f(b.get('items_per_second', 0.0))} |")
        w("")

    # --- python, ranking ------------------------------------------------------------------------
    w("## Python path\n")
    if R.get("python_path"):
        pp = R["python_path"]
        w(f"The same {pp['groups']:,} households ({pp['persons']:,} persons, rules/fr, one thread) from typed "
          f"pandas DataFrames through `eligo.evaluate`: {ms(pp['wall_median_s'])} against "
          f"{ms(pp['cpp_wall_median_s'])} for `eligo_bench evaluate` in C++, "
          f"**{f(pp['overhead_ratio'])}x** (frames to columns {ms(pp['build_median_s'])}, evaluation "
          f"{ms(pp['evaluate_median_s'])} = {f(pp['evaluate_ratio'])}x the C++ one, tidy frame of "
          f"{pp['rows']:,} rows {ms(pp['tidy_median_s'])}); same status and amount on "
          f"{pp['same_results']:,} of {pp['compared']:,} rows.\n")
    else:
        w("Not measured: `import eligo` failed in the Python given by `--eligo-python` "
          "(install the package with `pip install .`).\n")
    w("## Ranking\n")
    ranking_row = "not measured (`--skip-ranking`)"
    ranking_ok = None
    if R.get("ranking"):
        body = R["ranking"]["markdown"].split("\n", 1)[1]  # its own title dropped
        w(body.replace("\n## ", "\n### ").strip() + "\n")
        rows = {}
        for line in body.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) > 6 and cells[0] in ("eligo_lambdarank", "lightgbm_lambdarank"):
                rows[cells[0]] = (float(cells[1]), float(cells[5]))
        if len(rows) == 2:
            (ndcg, train), (ndcg_lgb, train_lgb) = rows["eligo_lambdarank"], rows["lightgbm_lambdarank"]
            ranking_ok = ndcg >= ndcg_lgb - 0.01 and train <= 2 * train_lgb
            ranking_row = (f"NDCG@500 {ndcg:.4f} against {ndcg_lgb:.4f}, trained in {train:.1f} s against "
                           f"{train_lgb:.1f} s")
    else:
        w("Not measured in this run (`--skip-ranking`); `bash benchmarks/ranking/run.sh` alone writes "
          "benchmarks/ranking/results.md.\n")

    # --- targets --------------------------------------------------------------------------------
    w("## Targets\n")
    w("| target | measured | |")
    w("|---|---|---|")
    for name, value, ok in targets:
        w(f"| {name} | {value} | {verdict(ok)} |")
    w(f"| Ranker within 0.01 NDCG@k of LightGBM, trained in <= 2x its time | {ranking_row} | "
      f"{verdict(ranking_ok) if ranking_ok is not None else ''} |")
    w("")

    import os
    profile = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile.md")
    if os.path.exists(profile):
        with open(profile) as fh:
            w(fh.read())
    w("## Commands of this run\n")
    w("```")
    for section, cmd in commands:
        w(f"# {section}\n{cmd}")
    w("```\n")
    return "\n".join(out)
