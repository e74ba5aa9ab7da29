"""eligo without its optional packages: `import eligo` and everything that does not need
scikit-learn, matplotlib or dask work; the parts that need one say what to install.

The packages are hidden, not uninstalled: a child process starts with an import hook that
refuses them, as an environment without them would.
"""

import subprocess
import sys
import textwrap

HIDE = textwrap.dedent("""
    import sys
    import importlib.abc

    class Absent(importlib.abc.MetaPathFinder):
        hidden = ("sklearn", "matplotlib", "dask", "distributed", "pyspark")

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in self.hidden:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Absent())
""")


def run_without_optional_packages(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HIDE + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120)


def test_import_and_evaluation_work_without_optional_packages():
    shown = run_without_optional_packages("""
        import eligo
        import eligo.estimators, eligo.plot, eligo.dask
        pack = eligo.load_pack("example")
        persons, groups = eligo.sample_population(pack, groups=20, seed=3)
        results = eligo.evaluate(pack, persons, groups, "2025-06")
        audit = eligo.estimators.audit_fairness([0.9, 0.1, 0.8, 0.2], [1, 0, 1, 0], {"zone": ["a", "a", "b", "b"]}, k=2)
        print(len(results), audit.passed in (True, False), [m for m in sys.modules if m.split(".")[0] in
              ("sklearn", "matplotlib", "dask")])
    """)
    assert shown.returncode == 0, shown.stderr
    rows, audited, loaded = shown.stdout.split(" ", 2)
    assert int(rows) == 20 * len(eligo_example_benefits())
    assert audited == "True"
    assert loaded.strip() == "[]"


def eligo_example_benefits():
    import eligo

    return list(eligo.load_pack("example").benefits["id"])


def error_without_optional_packages(code: str) -> str:
    shown = run_without_optional_packages(f"""
        try:
{textwrap.indent(textwrap.dedent(code), " " * 12)}
        except ImportError as error:
            print(type(error).__name__, error, sep=": ")
    """)
    assert shown.returncode == 0, shown.stderr
    return shown.stdout.strip()


def test_estimators_without_scikit_learn_say_what_to_install():
    assert error_without_optional_packages("""
        from eligo.estimators import TreeRanker
        TreeRanker(objective="binary")
    """) == ("ImportError: eligo.estimators.TreeRanker needs scikit-learn, which is not installed: "
             "pip install 'eligo[sklearn]' (or pip install 'scikit-learn')")
    assert "eligo.estimators.LogisticRanker needs scikit-learn" in error_without_optional_packages("""
        import eligo.estimators
        eligo.estimators.LogisticRanker()
    """)


def test_plots_without_matplotlib_say_what_to_install():
    assert error_without_optional_packages("""
        import pandas as pd
        import eligo.plot
        eligo.plot.eligibility_by_benefit(pd.DataFrame({"benefit": [], "status": []}))
    """) == ("ImportError: eligo.plot needs matplotlib, which is not installed: "
             "pip install 'eligo[plot]' (or pip install 'matplotlib')")


def test_dask_evaluation_without_dask_says_what_to_install():
    assert error_without_optional_packages("""
        import eligo.dask
        eligo.dask.evaluate("example", None, None, "2025-06")
    """) == ("ImportError: eligo.dask.evaluate needs dask[dataframe], which is not installed: "
             "pip install 'eligo[dask]' (or pip install 'dask[dataframe]')")
