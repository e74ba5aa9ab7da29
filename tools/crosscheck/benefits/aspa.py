"""ASPA: OpenFisca-France `aspa` (famille, month)."""
ID = "aspa"
OPENFISCA_VARIABLE = "aspa"
ENTITY = "famille"
