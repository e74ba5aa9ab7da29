"""Registry of cross-checked benefits: one module per benefit.

A module defines
  ID                  the eligo benefit id;
  OPENFISCA_VARIABLE  the OpenFisca-France variable read back (its amount);
  ENTITY              "famille" (read per famille), "menage" (read per ménage: the harness
                      builds one ménage per famille) or "individu" (summed over the famille);
  OPENFISCA_PERIOD    (optional) "month" (default) or "year": a yearly OpenFisca variable is
                      computed on the calendar year of the evaluated month, and compared with
                      eligo's yearly amount (`amount_period: year`) for that month;
  OPENFISCA_ELIGIBLE  (optional) OpenFisca variables of the famille any of which, when
                      positive, makes the household eligible; default: the amount is positive;
  ELIGO_ELIGIBLE      (optional) "status" when eligibility on the eligo side is the status
                      `eligible` whatever the amount; default: eligible with an amount > 0;
  adjust(situation, household, months) (optional) to add what this benefit needs to the
                      OpenFisca situation beyond the common mapping in situation.py.
To add a benefit, write its module and list it in MODULES.
"""
import importlib

MODULES = ["rsa", "ppa", "aah", "aspa", "css", "af", "ars", "cheque_energie"]


def load(names=None):
    return [importlib.import_module(f"benefits.{n}") for n in (names or MODULES)]
