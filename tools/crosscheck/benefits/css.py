"""Complémentaire santé solidaire: OpenFisca-France `css_participation_forfaitaire` (famille,
month), the monthly contribution; eligo's `css` amount is the same quantity (0 at the free
level). A household is eligible when OpenFisca grants the free level (`cmu_c`) or a positive
contribution; on eligo's side when the status is `eligible` (the amount may be 0)."""
ID = "css"
OPENFISCA_VARIABLE = "css_participation_forfaitaire"
ENTITY = "famille"
OPENFISCA_ELIGIBLE = ["cmu_c", "css_participation_forfaitaire"]
ELIGO_ELIGIBLE = "status"
