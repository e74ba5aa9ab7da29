"""What the OpenFisca side of the cross-check shares about periods and codes.

eligo's monthly inputs are averages over the three months before the period (twelve for the
complémentaire santé solidaire); the generator draws incomes that are the same every month,
so openfisca_runner.py gives them to OpenFisca for each month before the period it reads, for
the period itself, and up to the end of its year (the yearly benefits read January, October
and December of the year).
"""

import functools
import os

NATIONALITE = {"francaise": "FR", "ue": "DE", "hors_ue": "MA"}

PACK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "rules", "fr")


@functools.lru_cache(maxsize=None)
def pack_parameter(file, name, day):
    """The value of the pack's parameter `name` (in parameters/`file`.yaml) in force on `day`
    ('YYYY-MM-DD')."""
    import yaml
    with open(os.path.join(PACK, "parameters", f"{file}.yaml")) as f:
        values = yaml.safe_load(f)[name]["values"]
    return [v["value"] for start, v in sorted((str(k), v) for k, v in values.items()) if start <= day][-1]


def child_pay_ceiling(month):
    """55% of 169 hours of the gross hourly SMIC in force in `month` (CSS R512-2), the SMIC
    read from the pack's parameters: above it a child is no dependant for the family
    benefits (L512-3), OpenFisca's `autonomie_financiere`."""
    return pack_parameter("smic", "smic.horaire_brut", f"{month}-01") * 169 * 0.55


def month_list(period, before, after_to_year_end=False):
    """The `before` months before `period`, the period, and optionally the rest of its year."""
    y, m = map(int, period.split("-"))
    out = []
    for k in range(before, -1, -1):
        mm, yy = m - k, y
        while mm <= 0:
            mm += 12
            yy -= 1
        out.append(f"{yy:04d}-{mm:02d}")
    if after_to_year_end:
        out += [f"{y:04d}-{mm:02d}" for mm in range(m + 1, 13)]
    return out

