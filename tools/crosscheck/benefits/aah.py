"""AAH: OpenFisca-France `aah` (individu, month), summed over the famille."""
ID = "aah"
OPENFISCA_VARIABLE = "aah"
ENTITY = "individu"
