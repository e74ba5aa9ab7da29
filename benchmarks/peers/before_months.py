"""The stationary case against eligo as it was before monthly histories.

Monthly histories (formulas reading other months, the French pack reading its reference
months one by one) were merged after commit f8efd1d. This benchmark runs that commit's
`eligo_bench evaluate`, with its own French pack, beside today's on its own pack, on the
same synthetic households given one value per input (the stationary case), in the same run:
- CPU time of one evaluation on one thread, runs interleaved, the ratio of the medians;
- with --instructions, the instructions of one evaluation counted by callgrind, the same
  whatever else the machine does (the whole run minus a run that evaluates nothing);
- the results of the two versions compared, benefit by benefit: where they differ, the law
  the pack has learnt since (décret 2025-185, the one-child AF overseas...), not the engine;
- the engine alone: today's `eligo_bench` on the pack of f8efd1d, which reads no other
  month, timed in the same rounds (`engine_cpu_ratio`, against the version before on that
  same pack), and its results against the version before's (`engine_differences_by_benefit`,
  expected empty). The ratio of the two sides on today's packs then splits into the engine's
  and the cost of the months the pack now reads.

The version before is built once from the repository's history (`git archive`, no
download) into build-before-months/. The households come from `eligo synth`; the pack of
f8efd1d also reads `evaluation_af_outre_mer_un_enfant`, an input that its own description
asks to leave empty for a single child overseas and that is false elsewhere.

  python3 benchmarks/peers/before_months.py [--households 80000] [--period 2025-09]
      [--rounds 7] [--instructions 20000]

Prints one JSON object.
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BEFORE = "f8efd1d"  # the last commit of main before monthly histories were merged (0b4fb30)


def build_before(work):
    """eligo_bench of commit BEFORE, built once with its own sources."""
    bench = os.path.join(work, "build", "benchmarks", "eligo_bench")
    if os.path.exists(bench):
        return bench
    source = os.path.join(work, "source")
    shutil.rmtree(source, ignore_errors=True)
    os.makedirs(source)
    archive = subprocess.run(["git", "-C", ROOT, "archive", BEFORE], capture_output=True)
    if archive.returncode != 0:
        sys.exit(f"before_months.py: commit {BEFORE} is not in this clone's history "
                 f"(git fetch --unshallow): {archive.stderr.decode().strip()}")
    tarfile.open(fileobj=io.BytesIO(archive.stdout)).extractall(source)
    build = os.path.join(work, "build")
    subprocess.run(["cmake", "-S", source, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DELIGO_BUILD_TESTS=OFF", "-DELIGO_INSTALL=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build, "--target", "eligo_bench"], check=True, stdout=subprocess.DEVNULL)
    return bench


def synthetic_households(cli, households, period, folder):
    """Today's synthetic households, and their groups with the input the old pack also reads."""
    if not os.path.exists(os.path.join(folder, "famille_before.csv")):
        subprocess.run([cli, "synth", "--pack", os.path.join(ROOT, "rules", "fr"), "--households", str(households),
                        "--period", period, "--output", folder], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(folder, "famille.csv"), newline="") as source:
            rows = list(csv.reader(source))
        residence = rows[0].index("residence")
        rows[0].append("evaluation_af_outre_mer_un_enfant")
        for row in rows[1:]:
            row.append("false" if row[residence] == "metropole" else "")
        with open(os.path.join(folder, "famille_before.csv"), "w", newline="") as target:
            csv.writer(target).writerows(rows)
    persons = os.path.join(folder, "personnes.csv")
    return os.path.join(folder, "famille_before.csv"), os.path.join(folder, "famille.csv"), persons


class Side:
    def __init__(self, name, bench, pack, groups, persons, period):
        self.name = name
        self.command = [bench, "evaluate", "--pack", pack, "--groups", groups, "--persons", persons,
                        "--period", period, "--threads", "1"]
        self.cpu = []

    def time(self, runs):
        out = subprocess.run(self.command + ["--runs", str(runs)], check=True, capture_output=True, text=True).stdout
        self.cpu += json.loads(out)["cpu_s"]

    def instructions(self):
        def collected(runs):
            run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + self.command +
                                 ["--runs", str(runs)], capture_output=True, text=True, check=True)
            return int(re.search(r"Collected : (\d+)", run.stderr).group(1))
        return collected(1) - collected(0)

    def results(self, path):
        subprocess.run(self.command + ["--runs", "0", "--output", path], check=True, stdout=subprocess.DEVNULL)
        with open(path, newline="") as f:
            return {(row["group_id"], row["benefit"]): (row["status"], row["amount"]) for row in csv.DictReader(f)}


def differences(before, now):
    """Per benefit of either version: groups whose status or amount differ, or that one lacks."""
    counts = {}
    for key in set(before) | set(now):
        if before.get(key) != now.get(key):
            counts[key[1]] = counts.get(key[1], 0) + 1
    return dict(sorted(counts.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--households", type=int, default=80000)
    parser.add_argument("--period", default="2025-09")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds of three timed evaluations each")
    parser.add_argument("--instructions", type=int, default=0,
                        help="also count instructions by callgrind on this many households (0: not)")
    parser.add_argument("--work", default=os.path.join(ROOT, "build-before-months"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "benchmarks", "eligo_bench"))
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "eligo"))
    args = parser.parse_args()

    before_bench = build_before(args.work)
    before_pack = os.path.join(args.work, "source", "rules", "fr")
    now_pack = os.path.join(ROOT, "rules", "fr")

    def sides(households):
        folder = os.path.join(args.work, f"households-{households}-{args.period}")
        groups_before, groups_now, persons = synthetic_households(args.cli, households, args.period, folder)
        return (Side("before", before_bench, before_pack, groups_before, persons, args.period),
                Side("now", args.bench, now_pack, groups_now, persons, args.period),
                Side("engine now, pack before", args.bench, before_pack, groups_before, persons, args.period), folder)

    before, now, engine_now, folder = sides(args.households)
    for _ in range(args.rounds):
        before.time(3)
        now.time(3)
        engine_now.time(3)
    before_results = before.results(os.path.join(folder, "results_before.csv"))
    report = {
        "before_commit": BEFORE, "period": args.period, "households": args.households,
        "cpu_median_before_s": statistics.median(before.cpu), "cpu_median_now_s": statistics.median(now.cpu),
        "cpu_ratio": statistics.median(now.cpu) / statistics.median(before.cpu),
        "differences_by_benefit": differences(before_results, now.results(os.path.join(folder, "results_now.csv"))),
        "cpu_median_engine_now_on_pack_before_s": statistics.median(engine_now.cpu),
        "engine_cpu_ratio": statistics.median(engine_now.cpu) / statistics.median(before.cpu),
        "engine_differences_by_benefit": differences(
            before_results, engine_now.results(os.path.join(folder, "results_engine_now_pack_before.csv"))),
    }
    if args.instructions:
        before_small, now_small, engine_small, _ = sides(args.instructions)
        report["instructions_households"] = args.instructions
        report["instructions_before"] = before_small.instructions()
        report["instructions_now"] = now_small.instructions()
        report["instructions_ratio"] = report["instructions_now"] / report["instructions_before"]
        report["instructions_engine_now_on_pack_before"] = engine_small.instructions()
        report["engine_instructions_ratio"] = report["instructions_engine_now_on_pack_before"] / report["instructions_before"]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
