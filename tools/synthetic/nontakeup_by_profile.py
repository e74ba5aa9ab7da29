"""Non-take-up by profile and campaign claims by channel in a population of `eligo synth`.

    python3 tools/synthetic/nontakeup_by_profile.py DIR

DIR holds the files `eligo synth` writes. Prints, for the RSA, the share not claiming among
the eligible with and without housing aid, single mothers and childless couples, social and
private unfurnished tenants and owners; for the ASPA, among those entitled to under 100 EUR
and to 500-600 EUR a month; and, for the past campaign, the share of contacted rows claimed
within three months per channel (the control group: not contacted). These are the figures
of docs/synthetic-population.md that eligo itself does not print.
"""

import collections
import csv
import sys
from pathlib import Path


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def households(folder):
    """Each household's row of famille.csv, with its claimant's sex and its members' roles."""
    families = {row["id"]: dict(row, conjoints=0, enfants=0, sexe=None) for row in read(folder / "famille.csv")}
    for person in read(folder / "personnes.csv"):
        family = families[person["famille_id"]]
        if person["role"] == "demandeur":
            family["sexe"] = person["sexe"]
        elif person["role"] == "conjoint":
            family["conjoints"] += 1
        elif person["role"] == "enfant":
            family["enfants"] += 1
    return families


def rsa_profiles(family):
    aid = family["aide_logement"]
    yield "RSA with housing aid" if aid and float(aid) > 0 else "RSA without housing aid"
    if family["conjoints"] == 0 and family["enfants"] > 0 and family["sexe"] == "femme":
        yield "RSA single mothers"
    if family["conjoints"] > 0 and family["enfants"] == 0:
        yield "RSA childless couples"
    tenure = family["statut_occupation_logement"]
    if tenure == "locataire_hlm":
        yield "RSA social tenants"
    elif tenure == "locataire_vide":
        yield "RSA private unfurnished tenants"
    elif tenure in ("proprietaire", "primo_accedant"):
        yield "RSA owners"


def aspa_profiles(amount):
    if amount < 100:
        yield "ASPA under 100 EUR"
    elif 500 <= amount < 600:
        yield "ASPA 500-600 EUR"


def main(folder):
    families = households(folder)
    counts = collections.defaultdict(lambda: [0, 0])  # profile: [rows, not claiming]
    for right in read(folder / "truth.csv"):
        if right["benefit"] == "rsa":
            profiles = rsa_profiles(families[right["famille_id"]])
        elif right["benefit"] == "aspa":
            profiles = aspa_profiles(float(right["monthly_amount"]))
        else:
            continue
        for profile in profiles:
            counts[profile][0] += 1
            counts[profile][1] += right["receives"] == "false"
    for profile, (rows, not_claiming) in counts.items():
        print(f"{profile}: {100 * not_claiming / rows:.1f} % not claiming, of {rows}")
    claims = collections.defaultdict(lambda: [0, 0])  # channel: [rows, claimed]
    for row in read(folder / "campaign.csv"):
        channel = row["channel"] if row["contacted"] == "true" else "control"
        claims[channel][0] += 1
        claims[channel][1] += row["claimed_within_3_months"] == "true"
    for channel, (rows, claimed) in sorted(claims.items()):
        print(f"campaign {channel}: {100 * claimed / rows:.1f} % claimed within 3 months, of {rows}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
