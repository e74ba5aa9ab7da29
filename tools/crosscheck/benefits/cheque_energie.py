"""Chèque énergie: OpenFisca-France `cheque_energie` (ménage, YEAR), read per ménage (the
harness builds one ménage per famille) on the year of the evaluated month and compared with
eligo's yearly amount; the reference tax income is imposed as OpenFisca's `rfr` of year N-2."""
ID = "cheque_energie"
OPENFISCA_VARIABLE = "cheque_energie"
ENTITY = "menage"
OPENFISCA_PERIOD = "year"
