"""The pack as it read the RSA's and the prime d'activité's reference quarter before décret
n° 2025-185 du 26 février 2025: the `--set` options that keep the two dated parameters at
their earlier value (M-3 .. M-1) from 1 March 2025 on.

Since 1 March 2025 the pack reads M-4 .. M-2 (CASF R262-7 and CSS R843-1 as amended by the
décret, arts. 1 and 2); OpenFisca-France 176.1.8 still reads M-3 .. M-1. eligo run with these
options tells, household by household, whether the reference window is the whole difference
(class W1 of docs/crosscheck.md, causes.py). Only eligo's side is recomputed: OpenFisca is
given the same households as always.
"""
import os

# parameter file of the pack -> the parameter that says "M-4 .. M-2"
WINDOW_PARAMETERS = {
    os.path.join("parameters", "rsa.yaml"): "rsa.ressources_mois_m4_m2",
    os.path.join("parameters", "prime_activite.yaml"): "ppa.trimestre_reference_m4_m2",
}
DECREE_START = "2025-03-01"


def settings_before_the_decree(pack):
    """`--set` arguments of `eligo evaluate`, or None when the pack has no such parameter (a
    checkout from before the décret was written in: it reads M-3 .. M-1 in every month)."""
    args = []
    for name, parameter in WINDOW_PARAMETERS.items():
        path = os.path.join(pack, name)
        if not os.path.exists(path):
            return None
        with open(path) as f:
            if f"\n{parameter}:\n" not in f.read():
                return None
        args += ["--set", f"{parameter}=false@{DECREE_START}"]
    return args
