"""Chèque énergie: OpenFisca-France `cheque_energie` (ménage, YEAR), read for the famille
(the harness builds one ménage per famille) on the year of the evaluated month."""
ID = "cheque_energie"
OPENFISCA_VARIABLE = "cheque_energie"
ENTITY = "famille"
OPENFISCA_PERIOD = "year"
