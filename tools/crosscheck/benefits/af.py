"""Allocations familiales: OpenFisca-France `af` (famille, month), before CRDS. The N-2
resources (`prestations_familiales_base_ressources`) are imposed by situation.py."""
ID = "af"
OPENFISCA_VARIABLE = "af"
ENTITY = "famille"
