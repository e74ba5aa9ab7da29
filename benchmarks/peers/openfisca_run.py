"""OpenFisca-France side of the benchmarks, one measurement per process.

  openfisca_run.py startup
  openfisca_run.py throughput --households N --period YYYY-MM --seed S --output values.csv [--chunk C]
  openfisca_run.py household  --count K --period YYYY-MM --seed S

Households come from tools/crosscheck/households.py and are given to OpenFisca by the
cross-check's runner (tools/crosscheck/openfisca_runner.py: one simulation for all households,
inputs set as arrays), exactly as in the cross-check; benefits are the cross-check's registry
(tools/crosscheck/benefits/). Prints one JSON object.
"""
import argparse
import datetime
import gc
import json
import os
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CROSSCHECK = os.path.join(HERE, "..", "..", "tools", "crosscheck")
sys.path.insert(0, CROSSCHECK)

BENEFITS = ["rsa", "ppa", "aah", "aspa", "af", "css", "ars", "cheque_energie"]


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def peak_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def vmhwm():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


class Clock:
    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self):
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def load_tbs():
    c = Clock()
    from openfisca_core.simulation_builder import SimulationBuilder  # noqa: F401
    from openfisca_france import FranceTaxBenefitSystem
    imported = c.read()
    c2 = Clock()
    tbs = FranceTaxBenefitSystem()
    built = c2.read()
    return tbs, imported, built


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["startup", "throughput", "household"])
    ap.add_argument("--households", type=int, default=1000)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--period", default="2025-03")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output")
    ap.add_argument("--chunk", type=int, default=0,
                    help="households per simulation (0: one simulation for all); bounds OpenFisca's memory")
    a = ap.parse_args()
    tbs, imported, built = load_tbs()
    import openfisca_france
    from importlib.metadata import version
    result = {"command": a.mode, "openfisca_france": version("OpenFisca-France"),
              "import_wall_s": imported[0], "import_cpu_s": imported[1],
              "tbs_wall_s": built[0], "tbs_cpu_s": built[1]}
    if a.mode == "startup":
        print(json.dumps(result))
        return
    import benefits
    import households as hh
    from openfisca_runner import OpenFiscaRunner
    mods = benefits.load(BENEFITS)
    # OpenFisca as published: the cross-check's corrections (openfisca_law.py) add work that
    # is not OpenFisca's own, such as a second simulation for the ARS
    runner = OpenFiscaRunner(tbs, updates=False)
    start = datetime.date(int(a.period[:4]), int(a.period[5:]), 1)
    if a.mode == "throughput":
        households = hh.generate(a.households, start, a.seed, shapes=())  # the stationary households the figures were measured on
        rss_before = rss_bytes()
        has_reset = reset_peak()
        build, calc, parts = (0.0, 0.0), (0.0, 0.0), []
        size = a.chunk or len(households)
        for first in range(0, len(households), size):
            chunk = households[first:first + size]
            c = Clock()
            simulation = runner.simulation(chunk, a.period)
            build = tuple(x + y for x, y in zip(build, c.read()))
            c = Clock()
            parts.append(runner.run(chunk, a.period, mods, simulation)[0])
            calc = tuple(x + y for x, y in zip(calc, c.read()))
            del simulation
            gc.collect()  # a simulation and its populations refer to each other
        values = {m.ID: [v for p in parts for v in p[m.ID]] for m in mods}
        peak = vmhwm() if has_reset else peak_bytes()
        persons = sum(len(m) for _, m in households)
        result.update({"households": a.households, "persons": persons, "chunk": size,
                       "build_wall_s": build[0], "build_cpu_s": build[1],
                       "calculate_wall_s": calc[0], "calculate_cpu_s": calc[1],
                       "peak_extra_bytes": peak - rss_before})
        if a.output:
            with open(a.output, "w") as f:
                f.write("group_id," + ",".join(m.ID for m in mods) + "\n")
                for i, (fam, _) in enumerate(households):
                    f.write(fam["id"] + "," + ",".join(f"{float(values[m.ID][i]):.6f}" for m in mods) + "\n")
        print(json.dumps(result))
        return
    households = hh.generate(a.count, start, a.seed, shapes=())  # the stationary households the figures were measured on
    latencies, cpu = [], []
    for h in households:
        c = Clock()
        runner.run([h], a.period, mods)
        wall, used = c.read()
        latencies.append(wall)
        cpu.append(used)
    result.update({"households": a.count, "latency_s": latencies, "latency_cpu_s": cpu})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
