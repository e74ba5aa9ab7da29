"""eligo: social-benefit law as rule packs, evaluated over populations from pandas.

    import eligo
    pack = eligo.load_pack("fr")
    results = eligo.evaluate(pack, persons, groups, "2025-06")
    results.eligo.wide()

Packs are checked and compiled in C++ (the `_eligo` module); this package turns DataFrames
into the engine's columns and its results back into DataFrames. The chain from detection to
outreach is ``synthesize -> detect -> train -> rank -> plan`` (see ``eligo._pipeline``).
"""

from . import _eligo
from ._errors import EligoError, EligoWarning
from ._rules import bundled_packs, register_bundled_rules

register_bundled_rules()

from ._evaluate import STATUSES, evaluate, tidy, trace, wide  # noqa: E402
from ._explain import Explanation, explain  # noqa: E402
from ._model_file import ModelFile, load_model  # noqa: E402
from ._outreach import OutreachPlan, plan_outreach, propose_channels  # noqa: E402
from ._pack import Pack, check, load_pack  # noqa: E402
from ._pipeline import Detection, Synthetic, detect, rank, synthesize, train  # noqa: E402
from ._sample import sample_population  # noqa: E402

plan = plan_outreach  # the last step of synthesize -> detect -> rank -> plan

__version__ = "0.1.0"

__all__ = [
    "Detection",
    "EligoError",
    "EligoWarning",
    "Explanation",
    "ModelFile",
    "OutreachPlan",
    "Pack",
    "STATUSES",
    "Synthetic",
    "bundled_packs",
    "check",
    "detect",
    "evaluate",
    "explain",
    "load_model",
    "load_pack",
    "plan",
    "plan_outreach",
    "propose_channels",
    "rank",
    "sample_population",
    "synthesize",
    "tidy",
    "trace",
    "train",
    "wide",
]
