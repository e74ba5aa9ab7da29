#!/usr/bin/env python3
"""Checks that no stage's compiled code calls a function a later stage defines.

check_includes.py sees only the includes of src/ headers; a stage can still call a function
declared in a public header (eligo/...) and defined by a later stage, and then cannot be
linked without it. This reads the stages' object files with nm: a symbol a stage leaves
undefined, defines in none of the stages up to it, and a later stage defines, is printed with
both stages, and the check exits 1.

    check_symbols.py --nm nm --stage core=a.o|b.o --stage pack=c.o ...   (in the stage order)
"""
import argparse
import subprocess
import sys

DEFINED = set("TtWwVvDdBbRrGgSsiu")  # nm -P types of a symbol with its definition here


def symbols(nm: str, objects: list[str]) -> tuple[set[str], set[str]]:
    """(defined, undefined) external symbols of the objects, mangled."""
    defined, undefined = set(), set()
    # a target's objects include GCC's precompiled header (.gch), which is no object file
    objects = [path for path in objects if path.endswith((".o", ".obj"))]
    if not objects:
        return defined, undefined
    done = subprocess.run([nm, "-P", "-g", *objects], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{nm} failed on {' '.join(objects)}:\n{done.stderr}")
    listing = done.stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) < 2 or fields[0].endswith(":"):
            continue  # an object's header line ("file.o:"), when nm lists several
        name, kind = fields[0], fields[1]
        if kind == "U":
            undefined.add(name)
        elif kind in DEFINED:
            defined.add(name)
    return defined, undefined


def demangled(name: str) -> str:
    """The C++ name of a mangled one (c++filt, of the same binutils as nm), or it as it is."""
    try:
        done = subprocess.run(["c++filt", name], capture_output=True, text=True)
    except OSError:
        return name
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else name


def violations(nm: str, stages: list[tuple[str, list[str]]]) -> list[str]:
    tables = [(stage, *symbols(nm, objects)) for stage, objects in stages]
    found = []
    for index, (stage, defined_here, undefined) in enumerate(tables):
        earlier = set().union(*(defined for _, defined, _ in tables[:index])) | defined_here
        for later_stage, defined_later, _ in tables[index + 1:]:
            for name in sorted((undefined - earlier) & defined_later):
                found.append(f"{stage} uses {demangled(name)}, defined by {later_stage}, which comes after it")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nm", default="nm", help="the nm program")
    parser.add_argument("--stage", action="append", required=True,
                        help="STAGE=OBJECT|OBJECT...: one stage's object files, stages in order")
    arguments = parser.parse_args()
    stages = []
    for given in arguments.stage:
        stage, _, objects = given.partition("=")
        stages.append((stage, [path for path in objects.split("|") if path]))
    found = violations(arguments.nm, stages)
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} call(s) against the stage order: move the function to the stage that calls it, "
              "or to an earlier one")
        return 1
    print(f"{len(stages)} stages, no call against their order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
