"""Complémentaire santé solidaire: OpenFisca-France `css_participation_forfaitaire` (famille,
month), the monthly contribution; eligo's `css` amount is the same quantity (0 at the free
level). Eligibility to the free level is OpenFisca's `cmu_c`."""
ID = "css"
OPENFISCA_VARIABLE = "css_participation_forfaitaire"
ENTITY = "famille"
