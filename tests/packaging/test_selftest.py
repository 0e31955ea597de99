"""The self-test from a source checkout: it passes, it fails clearly, and resources follow _MEIPASS."""

from __future__ import annotations

import io
import re
import shutil
import socket
import sys
import textwrap
from pathlib import Path

import pytest
from _packaging_support import ROOT, isolated_env, run

from jobcenter_bench import selftest
from jobcenter_bench.core import resources

STEP_LINE = re.compile(r"^(OK (?P<ok>[\w-]+) \(\d+\.\d\d s\)|FEJL (?P<fail>[\w-]+): .+)$")


def _step_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("OK ", "FEJL "))]


def test_selftest_from_source_passes(tmp_path):
    env = isolated_env(tmp_path / "home")
    proc = run([sys.executable, "-m", "jobcenter_bench", "selftest"], env, cwd=tmp_path, timeout=600)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"selftest failed:\n{output}"
    lines = _step_lines(proc.stdout)
    assert [STEP_LINE.match(line).group("ok") for line in lines] == [name for name, _ in selftest.STEPS]
    assert "Traceback" not in output
    assert list(tmp_path.iterdir()) == [tmp_path / "home"], "the selftest wrote into the working directory"


def _fake_bundle(tmp_path: Path) -> Path:
    """A copy of the data folders, laid out like a frozen build's bundle root."""
    bundle = tmp_path / "bundle"
    for folder in ("resources", "sample_data"):
        shutil.copytree(ROOT / folder, bundle / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return bundle


def test_missing_resource_fails_with_a_clear_line(tmp_path):
    bundle = _fake_bundle(tmp_path)
    (bundle / "resources" / "fonts" / "DejaVuSans.ttf").unlink()
    code = textwrap.dedent(f"""
        import sys
        sys._MEIPASS = {str(bundle)!r}
        from jobcenter_bench.cli import main
        raise SystemExit(main(["selftest"]))
    """)
    proc = run([sys.executable, "-c", code], isolated_env(tmp_path / "home"), cwd=tmp_path)
    lines = _step_lines(proc.stdout)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert len(lines) == 1, proc.stdout
    assert lines[0].startswith(f"FEJL resources: bundled files missing under {bundle}: "), proc.stdout
    assert "resources/fonts/DejaVuSans.ttf" in lines[0].split(": ", 2)[2].split(", ")
    assert "Traceback" not in proc.stderr


@pytest.fixture
def fake_meipass(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.project_root.cache_clear()
    yield tmp_path
    monkeypatch.undo()
    resources.project_root.cache_clear()


def test_resource_path_follows_meipass(fake_meipass):
    (fake_meipass / "resources" / "fonts").mkdir(parents=True)
    (fake_meipass / "resources" / "fonts" / "x.ttf").write_bytes(b"")
    (fake_meipass / "sample_data").mkdir()
    (fake_meipass / "sample_data" / "register.csv").write_text("a;b\n", encoding="utf-8")
    assert resources.project_root() == fake_meipass
    assert resources.resource_path("fonts", "x.ttf") == fake_meipass / "resources" / "fonts" / "x.ttf"
    assert resources.sample_data_path("register.csv") == fake_meipass / "sample_data" / "register.csv"
    with pytest.raises(FileNotFoundError, match=re.escape(str(fake_meipass / "resources" / "nope.toml"))):
        resources.resource_path("nope.toml")


def test_resource_path_without_meipass_is_the_checkout():
    resources.project_root.cache_clear()
    assert not hasattr(sys, "_MEIPASS")
    assert resources.project_root() == ROOT
    assert resources.resource_path("survey_fields.toml") == ROOT / "resources" / "survey_fields.toml"


def test_every_required_file_exists_in_the_checkout():
    missing = [rel for rel in selftest.REQUIRED_FILES if not (ROOT / rel).is_file()]
    assert not missing, f"selftest.REQUIRED_FILES lists files the checkout lacks: {missing}"


def test_runner_prints_one_line_per_step_and_stops_at_the_first_failure(tmp_path):
    ran = []

    def good(ctx):
        ran.append("good")
        assert ctx.workdir == tmp_path
        return "detail"

    def bad(ctx):
        ran.append("bad")
        raise ValueError("the value was 7, expected 3")

    def never(ctx):
        ran.append("never")

    out = io.StringIO()
    steps = (("good", good), ("bad", bad), ("never", never))
    code = selftest.run_selftest(out=out, keep=tmp_path, steps=steps)
    lines = _step_lines(out.getvalue())
    assert code == 1
    assert ran == ["good", "bad"]
    assert len(lines) == 2 and STEP_LINE.match(lines[0]).group("ok") == "good"
    assert lines[1].startswith("FEJL bad: ValueError: the value was 7, expected 3 [test_selftest.py:")


def test_runner_returns_zero_when_every_step_passes(tmp_path):
    out = io.StringIO()
    code = selftest.run_selftest(out=out, keep=tmp_path, steps=(("a", lambda ctx: None), ("b", lambda ctx: None)))
    assert code == 0
    assert [STEP_LINE.match(line).group("ok") for line in _step_lines(out.getvalue())] == ["a", "b"]


def test_require_tells_not_built_from_missing_dependency(tmp_path, monkeypatch):
    with pytest.raises(selftest.StepFailed, match="not available: module jobcenter_bench.no_such_part"):
        selftest._require("jobcenter_bench.no_such_part")
    with pytest.raises(selftest.StepFailed, match=r"not available: jobcenter_bench\.selftest\.no_such_api"):
        selftest._require("jobcenter_bench.selftest", "no_such_api")
    (tmp_path / "needs_a_lost_dependency.py").write_text("import lost_dependency_xyz\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(selftest.StepFailed) as info:
        selftest._require("needs_a_lost_dependency")
    assert str(info.value) == "missing module 'lost_dependency_xyz' (needed by needs_a_lost_dependency)"


def test_network_is_refused_during_the_selftest_and_restored_after():
    original = socket.socket.connect, socket.getaddrinfo, socket.create_connection
    with selftest.no_network():
        with pytest.raises(selftest.StepFailed, match="network"):
            socket.create_connection(("127.0.0.1", 9), timeout=0.1)
        with pytest.raises(selftest.StepFailed, match="network"):
            socket.getaddrinfo("example.org", 443)
        with socket.socket() as s, pytest.raises(selftest.StepFailed, match="network"):
            s.connect(("127.0.0.1", 9))
    assert (socket.socket.connect, socket.getaddrinfo, socket.create_connection) == original


def test_a_frozen_build_never_calls_a_lost_module_not_available(monkeypatch):
    """In a frozen build a missing app module is a packaging bug, not work in progress."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(selftest.StepFailed) as info:
        selftest._require("jobcenter_bench.no_such_part")
    assert str(info.value) == "module jobcenter_bench.no_such_part is missing from the frozen build"
    line = f"FEJL levers: {selftest._reason(ModuleNotFoundError('x', name='jobcenter_bench.core.gone'))}"
    assert line == "FEJL levers: module jobcenter_bench.core.gone is missing from the frozen build"
    assert "not available" not in line


def test_bundled_licences_reads_the_index_of_the_frozen_build(fake_meipass):
    assert resources.bundled_licences() == []  # no licenses/ folder: nothing bundled
    (fake_meipass / "licenses").mkdir()
    (fake_meipass / "licenses" / "index.tsv").write_text(
        "component\tversion\tlicence\tfile\nPython\t3.11.7\tPSF-2.0\tPython.txt\nbroken line\n",
        encoding="utf-8")
    assert resources.bundled_licences() == [("Python", "3.11.7", "PSF-2.0")]
