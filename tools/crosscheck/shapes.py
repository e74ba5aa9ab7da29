"""Households in time: what households.py's base draw holds still, given back as real
households have it. Each shape is part of the normal draw; `--stationary SHAPE` switches
one off for diagnosis. Every shape draws from a stream of its own (one per household), so
that the base draw, and the households of a run with every shape off, stay the same.

- birthdays: a quarter of the persons have their birthday between the first day of the
  reference quarter (M-3) and the last day of the period M, some on the first of a month;
  a sixth of the children are 25 or 26 and still live in the household;
- earning_children: children of 15 to 24 with an apprentice's or student's pay, around the
  55% of 169 hours of SMIC of CSS R512-2 (1,104.25 EUR in 2025, 1,117.26 in 2026);
- pregnancies: women of 18 to 44 who declared a pregnancy (`enceinte`), lone ones more often;
- overseas: a tenth of the households live in Guadeloupe, Martinique, Guyane or La Réunion.
  Mayotte is not drawn: the pack computes none of the eight benefits there (its `hors_mayotte`
  condition asks the Mayotte fund's assessment, `evaluation_mayotte`), whose rules differ
  (ordonnances n° 2002-411 and n° 2011-1641);
- retirement_cohorts: `age_legal_retraite_atteint` is read from the birth date, with the
  legal retirement age of the person's cohort (CSS L161-17-2, as amended by loi n° 2023-270
  and, from 1 September 2026, by the suspension of the LFSS for 2026), instead of age >= 64.
"""
import datetime
import random

SHAPES = ("birthdays", "earning_children", "pregnancies", "overseas", "retirement_cohorts")
OVERSEAS = ("guadeloupe", "martinique", "guyane", "reunion")


def _add_months(d, k):
    m = d.month - 1 + k
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


def _shift_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def legal_retirement_months(birth, on):
    """The legal retirement age, in months, of a person born on `birth`, as in force on `on`
    (CSS L161-17-2): 62 years for cohorts born before 1 September 1961, then three months more
    per cohort up to 64 for those born from 1968 (loi n° 2023-270 du 14 avril 2023); from
    1 September 2026 the rise is suspended: 62 years 9 months for those born from 1963 to
    March 1965, 63 for April-December 1965, then three months per year up to 64 for 1969."""
    if birth < datetime.date(1961, 9, 1):
        return 62 * 12
    if birth.year == 1961:
        return 62 * 12 + 3
    steps = {1962: 6, 1963: 9, 1964: 12, 1965: 15, 1966: 18, 1967: 21}
    if on >= datetime.date(2026, 9, 1):
        steps = {1962: 6, 1963: 9, 1964: 9, 1965: 9 if birth.month <= 3 else 12, 1966: 15, 1967: 18, 1968: 21}
    return 62 * 12 + steps.get(birth.year, 24)


def reached_legal_retirement_age(birth, day):
    months = legal_retirement_months(birth, day)
    reached = _add_months(datetime.date(birth.year, birth.month, 1), months).replace(day=1)
    # the age is reached on the birthday's day of the month `months` later
    try:
        reached = reached.replace(day=birth.day)
    except ValueError:
        reached = _add_months(reached, 1) - datetime.timedelta(days=1)
    return day >= reached


# 55% of 169 hours of the gross hourly SMIC (CSS R512-2): 11.88 EUR from 1 November 2024,
# 12.02 from 1 January 2026
CHILD_PAY_CEILINGS = {2024: 1104.25, 2025: 1104.25, 2026: 1117.26}


def _birthday_in_window(member, period_start, rng):
    b = datetime.date.fromisoformat(member["date_naissance"])
    age = age_on(b, _add_months(period_start, 1) - datetime.timedelta(days=1))  # at the end of M
    first = _add_months(period_start, -3)
    last = _add_months(period_start, 1) - datetime.timedelta(days=1)
    if rng.random() < 0.3:  # on the first day of one of M-3 .. M
        day = _add_months(period_start, -rng.randrange(0, 4))
    else:
        day = first + datetime.timedelta(days=rng.randrange(0, (last - first).days + 1))
    member["date_naissance"] = _shift_years(day, -age).isoformat()


def apply(household, index, period_start, seed, shapes):
    """Gives the household (fam, members) the shapes of `shapes`, each from its own stream."""
    fam, members = household
    stream = lambda name: random.Random(f"{seed}-{index}-{name}")  # noqa: E731
    if "birthdays" in shapes:
        rng = stream("birthdays")
        for m in members:
            if m["role"] == "enfant" and rng.random() < 1 / 6:
                day = _add_months(period_start, -3)
                m["date_naissance"] = _shift_years(day - datetime.timedelta(days=rng.randrange(1, 700)), -25).isoformat()
            if rng.random() < 0.25:
                _birthday_in_window(m, period_start, rng)
    if "earning_children" in shapes:
        rng = stream("earning_children")
        ceiling = CHILD_PAY_CEILINGS.get(period_start.year, 1117.26)
        for m in members:
            age = age_on(datetime.date.fromisoformat(m["date_naissance"]), period_start)
            if m["role"] == "enfant" and 15 <= age and rng.random() < 0.35:
                pay = round(rng.choice([ceiling, ceiling + 0.01, rng.uniform(300, 1000),
                                        rng.uniform(900, 1500), 0.27 * 1801.80 + rng.uniform(-50, 50)]), 2)
                m["salaire_net"] = m["salaire_de_base"] = pay
    if "pregnancies" in shapes:
        rng = stream("pregnancies")
        lone = sum(m["role"] != "enfant" for m in members) == 1
        for m in members:
            age = age_on(datetime.date.fromisoformat(m["date_naissance"]), period_start)
            if m["role"] != "enfant" and m["sexe"] == "femme" and 18 <= age < 45 and rng.random() < (0.25 if lone else 0.08):
                m["enceinte"] = True
    if "overseas" in shapes:
        rng = stream("overseas")
        if rng.random() < 0.1:
            fam["residence"] = rng.choice(OVERSEAS)
    if "retirement_cohorts" in shapes:
        for m in members:
            m["age_legal_retraite_atteint"] = reached_legal_retirement_age(
                datetime.date.fromisoformat(m["date_naissance"]), period_start)
    return household
