"""docs/levers.md's generated catalogue section is current with resources/levers.toml."""

from __future__ import annotations

from jobcenter_bench.core.levers.doc import END, START, render
from jobcenter_bench.core.resources import project_root


def test_levers_doc_is_current():
    text = (project_root() / "docs" / "levers.md").read_text(encoding="utf-8")
    assert START in text and END in text
    section = text[text.index(START): text.index(END) + len(END)]
    assert section == render(), "run: python -m jobcenter_bench.core.levers.doc --write docs/levers.md"


def test_every_lever_and_parameter_is_documented():
    text = render()
    from jobcenter_bench.core.levers.catalogue import catalogue

    for lever in catalogue().levers:
        assert f"### {lever.id} " in text
        for p in lever.parameters:
            assert f"`{p.key}`" in text
