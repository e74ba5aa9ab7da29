"""Prime d'activité: OpenFisca-France `ppa` (famille, month; average of the reference quarter)."""
ID = "ppa"
OPENFISCA_VARIABLE = "ppa"
ENTITY = "famille"
