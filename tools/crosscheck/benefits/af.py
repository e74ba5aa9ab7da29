"""Allocations familiales: OpenFisca-France `af` (famille, month), before CRDS."""
ID = "af"
OPENFISCA_VARIABLE = "af"
ENTITY = "famille"


def adjust(situation, household, months):
    """Give OpenFisca the N-2 family-benefit resources as eligo reads them."""
    fam, _ = household
    if fam.get("prestations_familiales_base_ressources") is None:
        return
    f = situation["familles"][fam["id"]]
    f["prestations_familiales_base_ressources"] = {m: fam["prestations_familiales_base_ressources"] for m in months}
