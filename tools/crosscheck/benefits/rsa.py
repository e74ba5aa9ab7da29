"""RSA: OpenFisca-France `rsa` (famille, month)."""
ID = "rsa"
OPENFISCA_VARIABLE = "rsa"
ENTITY = "famille"
