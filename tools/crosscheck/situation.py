"""What the OpenFisca side of the cross-check shares about periods and codes.

eligo's monthly inputs are averages over the three months before the period (twelve for the
complémentaire santé solidaire); the generator draws incomes that are the same every month,
so openfisca_runner.py gives them to OpenFisca for each month before the period it reads, for
the period itself, and up to the end of its year (the yearly benefits read January, October
and December of the year).
"""

NATIONALITE = {"francaise": "FR", "ue": "DE", "hors_ue": "MA"}


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

