"""Allocation de rentrée scolaire: OpenFisca-France `ars` (famille, YEAR), before CRDS.

OpenFisca defines `ars` on a year: eligo's value for a month of year N is compared with
OpenFisca's `ars` for year N (OPENFISCA_PERIOD = "year")."""
ID = "ars"
OPENFISCA_VARIABLE = "ars"
ENTITY = "famille"
OPENFISCA_PERIOD = "year"


def adjust(situation, household, months):
    fam, _ = household
    if fam.get("prestations_familiales_base_ressources") is None:
        return
    f = situation["familles"][fam["id"]]
    year = months[-1][:4]
    f["prestations_familiales_base_ressources"] = {f"{year}-{m:02d}": fam["prestations_familiales_base_ressources"] for m in range(1, 13)}
