"""Registry of cross-checked benefits: one module per benefit.

A module defines
  ID                  the eligo benefit id;
  OPENFISCA_VARIABLE  the OpenFisca-France variable read back;
  ENTITY              "famille" (read per famille) or "individu" (summed over the famille);
  adjust(situation, household, months) (optional) to add what this benefit needs to the
                      OpenFisca situation beyond the common mapping in situation.py.
To add a benefit, write its module and list it in MODULES.
"""
import importlib

MODULES = ["rsa", "ppa", "aah", "aspa"]


def load(names=None):
    return [importlib.import_module(f"benefits.{n}") for n in (names or MODULES)]
