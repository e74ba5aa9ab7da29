#!/usr/bin/env python3
"""Checks that no stage of src/ includes a header of a stage after it.

The stages are given in order (ELIGO_STAGES of the top CMakeLists.txt): a file of
src/<stage>/ may include "<earlier or same stage>/..." and the public "eligo/..." headers,
never "<later stage>/...". Prints each offending line as file:line and exits 1.
"""
import argparse
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([A-Za-z_]+)/([^"]+)"')


def violations(source_dir: pathlib.Path, stages: list[str]) -> list[str]:
    rank = {stage: index for index, stage in enumerate(stages)}
    found = []
    for stage in stages:
        folder = source_dir / stage
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".cpp", ".hpp", ".h", ".inc"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                match = INCLUDE.match(line)
                if match is None or match.group(1) not in rank:
                    continue
                included = match.group(1)
                if rank[included] > rank[stage]:
                    relative = path.relative_to(source_dir.parent)
                    found.append(f'{relative}:{number}: includes "{included}/{match.group(2)}", '
                                 f'but {included} comes after {stage} in the stage order')
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", required=True, type=pathlib.Path, help="the src/ folder")
    parser.add_argument("--stages", required=True, help="the stages in order, separated by ';'")
    arguments = parser.parse_args()
    stages = [stage for stage in arguments.stages.split(";") if stage]
    found = violations(arguments.source, stages)
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} include(s) against the stage order: move the code down or split it")
        return 1
    print(f"{len(stages)} stages, no include against their order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
