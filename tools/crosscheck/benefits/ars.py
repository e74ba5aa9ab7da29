"""Allocation de rentrée scolaire: OpenFisca-France `ars` (famille, YEAR), before CRDS.

OpenFisca defines `ars` on a year: eligo's yearly amount for a month of year N (the allocation
of the rentrée of year N) is compared with OpenFisca's `ars` for year N."""
ID = "ars"
OPENFISCA_VARIABLE = "ars"
ENTITY = "famille"
OPENFISCA_PERIOD = "year"
