#!/usr/bin/env python3
"""Runs every benchmark comparison in one go and writes benchmarks/RESULTS.md.

  python3 benchmarks/run.py --build build-bench [--quick]

eligo's side runs through build-bench/benchmarks/eligo_bench and eligo_micro; the peers
(OpenFisca-France, numpy) through benchmarks/peers/*.py with the Python given by --python.
Every figure is a median over several runs, and every ratio is computed from measurements
of the same run. See benchmarks/README.md.
"""
import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))

BENEFITS = ["rsa", "ppa", "aah", "aspa", "af", "css", "ars", "cheque_energie"]
commands = []  # (section, command line) for RESULTS.md


def run_json(section, cmd, timeout=None):
    """Runs a command printing JSON objects; returns them (the last one when only one)."""
    commands.append((section, " ".join(shlex.quote(str(c)) for c in cmd).replace(ROOT + "/", "")))
    print("+", commands[-1][1], file=sys.stderr, flush=True)
    out = subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True, timeout=timeout,
                         cwd=ROOT).stdout
    try:
        return json.loads(out)  # one JSON document (Google Benchmark's output)
    except json.JSONDecodeError:
        objects = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        return objects[-1] if len(objects) == 1 else objects


def machine(python):
    def sh(cmd):
        try:
            return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    cpu = sh("lscpu | grep 'Model name' | sed 's/.*: *//'") or platform.processor()
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory": sh("free -g | awk '/Mem:/ {print $2 \" GB\"}'"),
        "kernel": platform.release(), "compiler": sh("c++ --version | head -1"),
        "commit": sh(f"git -C {ROOT} rev-parse --short HEAD"), "python": sh(f"{python} --version"),
        "load_start": os.getloadavg(),
    }


def write_households(n, period, seed, folder):
    """The cross-check's households as eligo CSV files."""
    import crosscheck
    import households as hh
    start = datetime.date(int(period[:4]), int(period[5:]), 1)
    households = hh.generate(n, start, seed, shapes=())  # the stationary households the figures were measured on
    g, p = os.path.join(folder, f"familles_{n}.csv"), os.path.join(folder, f"personnes_{n}.csv")
    crosscheck.write_csv(g, p, crosscheck.pack_inputs(os.path.join(ROOT, "rules", "fr")), households)
    return g, p, households


def read_eligo(path):
    import csv
    out = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            out.setdefault(r["group_id"], {})[r["benefit"]] = (r["status"], float(r["amount"] or 0))
    return out


def read_openfisca(path):
    import csv
    out = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            out[r["group_id"]] = {k: float(v) for k, v in r.items() if k != "group_id"}
    return out


def agreement(eligo, openfisca):
    """Per benefit: households, undetermined, eligibility agreement, amounts to the cent / 1 cent."""
    rows = []
    for b in BENEFITS:
        n = undet = elig = cent = one = 0
        for fid, values in openfisca.items():
            status, amount = eligo[fid][b]
            of = round(values[b], 2)
            n += 1
            if status == "undetermined":
                undet += 1
                continue
            e = status == "eligible" and amount > 0
            if e == (of > 0):
                elig += 1
                d = abs((amount if e else 0.0) - of)
                cent += d < 0.005
                one += d <= 0.011
        rows.append({"benefit": b, "households": n, "undetermined": undet, "eligibility": elig,
                     "cent": cent, "one_cent": one})
    return rows


def numpy_pack(folder):
    """rules/fr with RSA as the only benefit and AAH, ASPA as inputs (the numpy comparison)."""
    dst = os.path.join(folder, "fr_rsa")
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "rules", "fr"), dst)
    for name in os.listdir(os.path.join(dst, "benefits")):
        if name != "rsa.yaml":
            os.remove(os.path.join(dst, "benefits", name))
    shutil.rmtree(os.path.join(dst, "tests"))
    os.makedirs(os.path.join(dst, "tests"))
    with open(os.path.join(dst, "inputs", "numpy_comparison.yaml"), "w") as f:
        for b in ("aah", "aspa"):
            f.write(f"{b}:\n  entity: famille\n  type: money\n  min: 0\n  description:\n"
                    f"    fr: \"{b} perçue\"\n    fr-falc: \"{b}\"\n    en: \"{b} received\"\n")
    return dst


def add_columns(groups_csv, eligo_results, out_csv):
    """The families' CSV with the aah and aspa amounts eligo found, as input columns."""
    import csv
    with open(groups_csv) as f, open(out_csv, "w", newline="") as o:
        reader = csv.DictReader(f)
        writer = csv.DictWriter(o, fieldnames=reader.fieldnames + ["aah", "aspa"])
        writer.writeheader()
        for r in reader:
            for b in ("aah", "aspa"):
                st, amount = eligo_results[r["id"]][b]
                r[b] = f"{amount:.2f}" if st == "eligible" else "0.00"
            writer.writerow(r)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--python", default=os.environ.get("ELIGO_BENCH_PYTHON", "/tmp/ofvenv/bin/python"),
                    help="Python with openfisca-france, numpy and pandas (benchmarks/setup.sh makes it)")
    ap.add_argument("--eligo-python", default=os.environ.get("ELIGO_PYTHON", "python3"),
                    help="Python where the eligo package is installed (pip install .), for the Python path")
    ap.add_argument("--period", default="2025-03")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000],
                    help="households of the OpenFisca comparison (OpenFisca builds one simulation from "
                         "arrays: about a minute of CPU and 1.5 GB per 10,000 households)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scaling", type=int, nargs="+", default=[10**4, 10**5, 10**6, 10**7])
    ap.add_argument("--rules", type=int, nargs="+", default=[1, 3, 10, 30, 100])
    ap.add_argument("--quick", action="store_true", help="small sizes: checks the driver in a minute")
    ap.add_argument("--skip-openfisca", action="store_true")
    ap.add_argument("--skip-ranking", action="store_true")
    ap.add_argument("--openfisca-timeout", type=int, default=7200)
    ap.add_argument("--openfisca-chunk", type=int, default=10000,
                    help="households per OpenFisca simulation: one simulation of 100,000 households needs "
                         "about 13 GB, chunks of 10,000 about 1.3 GB (0: one simulation)")
    ap.add_argument("--output", default=os.path.join(ROOT, "benchmarks", "RESULTS.md"))
    a = ap.parse_args()
    if a.quick:
        a.sizes, a.runs, a.scaling, a.rules = [1000], 3, [10**4, 10**5], [1, 10]
    bench = os.path.join(a.build, "benchmarks", "eligo_bench")
    micro = os.path.join(a.build, "benchmarks", "eligo_micro")
    work = tempfile.mkdtemp(prefix="eligo_bench_")
    fr = os.path.join(ROOT, "rules", "fr")
    R = {"machine": machine(a.python), "args": vars(a), "started": datetime.datetime.now().isoformat(timespec="seconds")}

    # Start-up.
    R["startup"] = run_json("startup", [bench, "startup", "--pack", fr, "--runs", 15])
    of_startup = [] if a.skip_openfisca else [
        run_json("startup", [a.python, "benchmarks/peers/openfisca_run.py", "startup"]) for _ in range(3)]
    R["openfisca_startup"] = of_startup

    # OpenFisca-France on the same households, and eligo on their CSV files.
    R["throughput"] = []
    for n in a.sizes:
        g, p, _ = write_households(n, a.period, 1, work)
        out = os.path.join(work, f"eligo_{n}.csv")
        e = run_json("openfisca", [bench, "evaluate", "--pack", fr, "--groups", g, "--persons", p,
                                   "--period", a.period, "--runs", a.runs, "--threads", 1, "--output", out])
        row = {"households": n, "eligo": e, "eligo_csv": out, "groups_csv": g, "persons_csv": p}
        if not a.skip_openfisca:
            of_out = os.path.join(work, f"openfisca_{n}.csv")
            try:
                o = run_json("openfisca", [a.python, "benchmarks/peers/openfisca_run.py", "throughput",
                                           "--households", n, "--period", a.period, "--seed", 1, "--output", of_out,
                                           "--chunk", a.openfisca_chunk], timeout=a.openfisca_timeout)
                row["openfisca"] = o
                row["agreement"] = agreement(read_eligo(out), read_openfisca(of_out))
            except subprocess.TimeoutExpired:
                row["openfisca_timeout"] = a.openfisca_timeout
        R["throughput"].append(row)

    # One household.
    first = R["throughput"][0]
    R["household"] = run_json("household", [bench, "household", "--pack", fr, "--groups", first["groups_csv"],
                                            "--persons", first["persons_csv"], "--period", a.period,
                                            "--count", 200, "--rounds", 10 if a.quick else 25])
    if not a.skip_openfisca:
        R["openfisca_household"] = run_json("household", [a.python, "benchmarks/peers/openfisca_run.py", "household",
                                                          "--count", 10 if a.quick else 30, "--period", a.period])

    # numpy: RSA by hand against eligo's RSA on the same columns.
    big = R["throughput"][-1]
    rsa_pack = numpy_pack(work)
    groups_aa = os.path.join(work, "familles_rsa.csv")
    add_columns(big["groups_csv"], read_eligo(big["eligo_csv"]), groups_aa)
    rsa_out = os.path.join(work, "eligo_rsa.csv")
    R["numpy_eligo"] = run_json("numpy", [bench, "evaluate", "--pack", rsa_pack, "--groups", groups_aa,
                                          "--persons", big["persons_csv"], "--period", a.period,
                                          "--runs", 2 * a.runs + 1, "--threads", 1, "--output", rsa_out])
    np_out = os.path.join(work, "numpy_rsa.csv")
    R["numpy"] = run_json("numpy", [a.python, "benchmarks/peers/numpy_rsa.py", "--pack", fr, "--period", a.period,
                                    "--groups", groups_aa, "--persons", big["persons_csv"],
                                    "--runs", 2 * a.runs + 1, "--output", np_out])
    import csv
    eligo_rsa = {k: v["rsa"] for k, v in read_eligo(rsa_out).items()}
    with open(np_out) as f:
        numpy_rsa = {r["group_id"]: float(r["rsa"]) for r in csv.DictReader(f)}
    same = sum(1 for k, v in numpy_rsa.items()
               if abs((eligo_rsa[k][1] if eligo_rsa[k][0] == "eligible" else 0.0) - v) < 0.005)
    R["numpy_agreement"] = {"households": len(numpy_rsa), "same_cent": same}

    # The limit: a hand-fused loop for one simple rule.
    R["limit"] = [run_json("limit", [bench, "limit", "--persons", n, "--runs", 2 * a.runs + 1, "--work", work])
                  for n in ([10**5] if a.quick else [10**6, 10**7])]

    # Months: the prime d'activité's quarter month by month against one month, in a month whose
    # quarter has one set of parameters and in one that straddles the April revaluation.
    R["months"] = [run_json("months", [bench, "months", "--pack", fr, "--persons", 10**5 if a.quick else 10**6,
                                       "--runs", a.runs, "--period", month])
                   for month in ("2025-07", "2025-06")]

    # Scaling: persons, threads, rules.
    R["scaling"] = []
    for n in a.scaling:
        for t in (1, 2):
            R["scaling"].append(run_json("scaling", [bench, "generated", "--pack", fr, "--persons", n, "--threads", t,
                                                     "--runs", max(3, a.runs if n < 10**7 else 3),
                                                     "--period", a.period]))
    R["rules"] = [run_json("scaling", [bench, "rules", "--rules", k, "--persons", 10**5 if a.quick else 10**6,
                                       "--runs", a.runs, "--work", work]) for k in a.rules]

    # Micro-benchmarks.
    if os.path.exists(micro):
        min_time = "0.05" if a.quick else "0.5"
        R["micro"] = run_json("micro", [micro, "--benchmark_format=json", f"--benchmark_min_time={min_time}",
                                        "--benchmark_repetitions=3", "--benchmark_report_aggregates_only=true"])
    # The Python binding, when it is built.
    R["python_path"] = python_path(a, R)
    # The ranking models on the synthetic campaigns, beside scikit-learn and LightGBM.
    R["ranking"] = None if a.skip_ranking else ranking(a, work)

    R["machine"]["load_end"] = os.getloadavg()
    R["finished"] = datetime.datetime.now().isoformat(timespec="seconds")
    R["commands"] = commands
    with open(os.path.join(os.path.dirname(a.output), "results.json"), "w") as f:
        json.dump(R, f, indent=1, default=str)
    import report
    with open(a.output, "w") as f:
        f.write(report.render(R, commands))
    print("wrote", a.output, file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)


def ranking(a, work):
    """benchmarks/ranking/run.sh (its own build, scikit-learn and LightGBM from PyPI): its
    table of NDCG@k, recall@k, training seconds and scoring rows/s, as markdown."""
    households = 20000 if a.quick else 80000
    out = os.path.join(work, "ranking")
    cmd = ["bash", "benchmarks/ranking/run.sh", out, 500, households]
    commands.append(("ranking", " ".join(str(c) for c in cmd)))
    print("+", commands[-1][1], file=sys.stderr, flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT)
    with open(os.path.join(out, "results.md")) as fh:
        return {"households": households, "markdown": fh.read()}


def python_path(a, R):
    """eligo from pandas DataFrames against eligo_bench evaluate, on the largest households
    of the OpenFisca comparison, in one process run with the Python where eligo is installed."""
    probe = subprocess.run([a.eligo_python, "-c", "import eligo"], capture_output=True, cwd="/")
    if probe.returncode != 0:
        print(f"python path: skipped, `import eligo` fails in {a.eligo_python} (pip install . first)",
              file=sys.stderr)
        return None
    big = R["throughput"][-1]
    return run_json("python", [a.eligo_python, "benchmarks/peers/python_path.py",
                               "--bench", os.path.join(a.build, "benchmarks", "eligo_bench"),
                               "--pack", os.path.join(ROOT, "rules", "fr"), "--groups", big["groups_csv"],
                               "--persons", big["persons_csv"], "--period", a.period, "--runs", a.runs,
                               "--threads", 1])


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
