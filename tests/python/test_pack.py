"""Loading, describing and checking packs."""

import os
import subprocess
import sys

import pytest

import eligo


def test_bundled_pack_loads_from_any_directory():
    for name in ("example", "fr"):
        if name == "fr" and not any((d / "fr").is_dir() for d in eligo._rules.bundled_rules_dirs()):
            continue
        shown = subprocess.run([sys.executable, "-c", f"import eligo; print(eligo.load_pack({name!r}))"],
                               cwd="/", capture_output=True, text=True, check=True).stdout
        assert f"<eligo.Pack {name} " in shown


def test_pack_lists_benefits_inputs_and_parameters_with_references(example):
    benefits = example.benefits
    assert len(benefits) > 0
    assert {"id", "label", "reference", "institution", "conditions"} <= set(benefits.columns)
    inputs = example.inputs
    assert {"name", "entity", "type", "unit", "description", "protected"} <= set(inputs.columns)
    assert set(inputs["entity"]) <= {example.entities["person"], example.entities["group"]}
    parameters = example.parameters
    assert len(parameters) > 0
    assert parameters["reference"].str.len().gt(0).all(), "every dated value has its legal reference"
    assert str(parameters["start"].dtype).startswith("datetime64")


def test_sound_pack_has_no_problems(example):
    assert example.check() == []
    assert eligo.check("example") == []


def test_bad_pack_problems_name_file_line_and_column(tmp_path):
    folder = tmp_path / "bad"
    (folder / "benefits").mkdir(parents=True)
    (folder / "pack.yaml").write_text(
        "id: bad\ntitle: {fr: Mauvais}\nversion: 1.0.0\nlanguages: [fr]\n"
        "entities: {person: personne, group: foyer, members: membres, roles: [demandeur]}\n"
        "files: {benefits: [benefits]}\n")
    (folder / "benefits" / "aide.yaml").write_text(
        "id: aide\nentity: foyer\nlabel: {fr: Aide}\nreference: x\ninstitution: y\namount_period: month\n"
        "conditions:\n  - id: c\n    rule: revenu_inconnu > 3\n    reference: x\n    reason: {fr: r}\namount: 10\n")
    problems = eligo.check(folder)
    assert problems, "an unknown name is a problem"
    first = problems[0]
    assert {"file", "line", "column", "message"} <= set(first)
    assert first["file"].endswith("aide.yaml") and first["line"] > 0
    with pytest.raises(eligo.EligoError) as raised:
        eligo.load_pack(folder).program
    assert "aide.yaml:" in str(raised.value)
    assert raised.value.diagnostics and isinstance(raised.value, ValueError)


def test_missing_pack_is_an_eligo_error(tmp_path):
    with pytest.raises(eligo.EligoError):
        eligo.load_pack(tmp_path / "nothing-here")


def test_pack_repr_html(example):
    assert example.id in example._repr_html_()
