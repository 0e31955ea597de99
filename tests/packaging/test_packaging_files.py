"""The build recipe's parts agree: spec, Inno Setup script, version resource, data file list."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path, PureWindowsPath

from _packaging_support import ROOT, appinfo

import jobcenter_bench
from jobcenter_bench import selftest
from jobcenter_bench.core.store import DB_SUFFIX

SPEC = ROOT / "packaging" / "jobcenter-bench.spec"


def _iss_path(value: str):
    """A path written in the .iss (Windows separators, relative to the script's folder)."""
    return (appinfo.ISS_PATH.parent / PureWindowsPath(value).as_posix()).resolve()


def test_iss_and_spec_agree_on_name_version_icon_and_files():
    d = appinfo.iss_defines()
    assert d["AppName"] == appinfo.APP_NAME == "Jobcenter Bench"
    assert d["AppVersion"] == jobcenter_bench.__version__, "run python packaging/build.py to sync the .iss"
    numeric = [int(n) for n in d["AppVersionNumeric"].split(".")]
    assert len(numeric) == 4 and tuple(numeric) == appinfo.version_tuple(jobcenter_bench.__version__)
    assert d["AppExeName"] == appinfo.EXE_NAME + ".exe"
    assert d["AppCliExeName"] == appinfo.CLI_EXE_NAME + ".exe"
    assert _iss_path(d["AppIcon"]) == appinfo.ICON_ICO
    assert d["DbSuffix"] == DB_SUFFIX
    # build.py's default output (packaging/dist) + COLLECT's name
    assert _iss_path(d["SourceDir"]) == ROOT / "packaging" / "dist" / appinfo.EXE_NAME


def test_spec_takes_name_icon_version_and_data_from_appinfo():
    text = SPEC.read_text(encoding="utf-8")
    for needle in ("name=appinfo.EXE_NAME", "appinfo.CLI_EXE_NAME", "appinfo.ICON_ICO",
                   "appinfo.version_resource_text()", "datas=appinfo.data_files()",
                   'collect_submodules("jobcenter_bench")'):
        assert needle in text, f"the spec no longer uses {needle}"
    # one-folder: the executables leave binaries out and COLLECT gathers them into a folder
    assert "exclude_binaries=True" in text and "COLLECT(" in text


def test_icons_exist_for_windows_and_linux():
    assert appinfo.ICON_ICO.is_file(), f"missing Windows icon {appinfo.ICON_ICO}"
    assert appinfo.ICON_PNG.is_file(), f"missing PNG icon {appinfo.ICON_PNG}"
    assert appinfo.ICON_ICO.read_bytes()[:4] == b"\x00\x00\x01\x00", "not an .ico file"


def test_installer_is_per_user_with_danish_and_english():
    text = appinfo.ISS_PATH.read_text(encoding="utf-8")
    assert text.isascii(), "keep installer.iss ASCII (Inno Setup reads a BOM-less file as ANSI)"
    settings = dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["ChangesAssociations"] == "yes"
    assert settings["DefaultDirName"].startswith("{autopf}")
    assert 'MessagesFile: "compiler:Languages\\Danish.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert "Root: HKA;" in text and "HKLM" not in text
    assert 'Subkey: "Software\\Classes\\{#DbSuffix}\\OpenWithProgids"' in text


def test_sync_rewrites_an_outdated_installer_version(tmp_path):
    copy = tmp_path / "installer.iss"
    text = appinfo.ISS_PATH.read_text(encoding="utf-8")
    text = re.sub(r'#define AppVersion "[^"]*"', '#define AppVersion "0.0.1"', text)
    text = re.sub(r'#define AppVersionNumeric "[^"]*"', '#define AppVersionNumeric "0.0.1.0"', text)
    copy.write_text(text, encoding="utf-8")
    assert appinfo.sync_iss_version(copy) is True
    d = appinfo.iss_defines(copy)
    assert d["AppVersion"] == jobcenter_bench.__version__
    assert appinfo.sync_iss_version(copy) is False


def test_version_tuple_keeps_the_release_numbers():
    assert appinfo.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert appinfo.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert appinfo.version_tuple("2.10.3+local.7") == (2, 10, 3, 0)


def test_version_resource_carries_the_package_version():
    text = appinfo.version_resource_text("1.4.2")
    ast.parse(text, mode="eval")  # PyInstaller eval()s it: must be one valid expression
    assert "filevers=(1, 4, 2, 0)" in text and "prodvers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('ProductName', 'Jobcenter Bench')" in text
    assert "StringStruct('OriginalFilename', 'jobcenter-bench.exe')" in text


def test_data_files_leave_out_generators_tests_and_sources(tmp_path):
    files = {
        "resources/levers.toml": "x",
        "resources/i18n/jobcenter_bench_en.qm": "x",
        "resources/i18n/jobcenter_bench_en.ts": "x",
        "resources/i18n/update_translations.py": "x",
        "sample_data/survey_2013.csv": "x",
        "sample_data/generate.py": "x",
        "sample_data/lever_drivers.py": "x",
        "sample_data/tests/test_generate.py": "x",
        "sample_data/tests/expected.csv": "x",
        "sample_data/__pycache__/generate.cpython-311.pyc": "x",
        "docs/not_data.md": "x",
    }
    for rel, content in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(content, encoding="utf-8")
    got = sorted((str(Path(src).relative_to(tmp_path)), dest)
                 for src, dest in appinfo.data_files(tmp_path))
    assert got == [
        ("resources/i18n/jobcenter_bench_en.qm", "resources/i18n"),
        ("resources/levers.toml", "resources"),
        ("sample_data/survey_2013.csv", "sample_data"),
    ]


def test_every_file_the_selftest_requires_is_bundled():
    bundled = {str(Path(dest, Path(src).name))
               for src, dest in appinfo.data_files()}
    missing = [rel for rel in selftest.REQUIRED_FILES if str(Path(rel)) not in bundled]
    assert not missing, f"required by the selftest but not in the spec's datas: {missing}"


def test_build_script_prints_folder_and_size(tmp_path, monkeypatch, capsys):
    """build.py without PyInstaller running: the reporting around it (size, output folder)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("jcb_build", ROOT / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    out = tmp_path / "dist" / appinfo.EXE_NAME
    (out / "_internal").mkdir(parents=True)
    (out / "_internal" / "a.bin").write_bytes(b"x" * 1_500_000)
    (out / appinfo.EXE_NAME).write_bytes(b"y" * 500_000)
    monkeypatch.setattr(build, "build", lambda distpath, workpath, clean=False: out)
    iss_copy = tmp_path / "installer.iss"
    shutil.copy(appinfo.ISS_PATH, iss_copy)
    monkeypatch.setattr(build.appinfo, "ISS_PATH", iss_copy)
    assert build.main(["--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "w")]) == 0
    text = capsys.readouterr().out
    assert f"Output folder: {out}" in text
    assert "Size on disk: 2.0 MB" in text


def _load_entry():
    import importlib.util

    spec = importlib.util.spec_from_file_location("jcb_entry", ROOT / "packaging" / "entry.py")
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    return entry


def test_entry_opens_a_project_file_passed_alone_in_the_gui(monkeypatch):
    """The installer's association runs ``jobcenter-bench.exe "C:\\...\\x.jcbench"``."""
    import jobcenter_bench.cli

    calls = []
    monkeypatch.setattr(jobcenter_bench.cli, "main", lambda argv: calls.append(argv) or 0)
    entry = _load_entry()
    for argv in (["prog", r"C:\Data\Skive.JCBENCH"], ["prog", "selftest"], ["prog"],
                 ["prog", "info", "--db", "x.jcbench"]):
        monkeypatch.setattr("sys.argv", argv)
        assert entry.main() == 0
    assert calls == [["gui", "--db", r"C:\Data\Skive.JCBENCH"], ["selftest"], [],
                     ["info", "--db", "x.jcbench"]]


def _pyinstaller_versioninfo_signatures() -> dict[str, list[str]]:
    """``__init__`` parameters of PyInstaller's version-resource classes, read from its source
    (the module itself imports ``pefile``, which PyInstaller installs on Windows only)."""
    import importlib.util

    spec = importlib.util.find_spec("PyInstaller")
    assert spec is not None, "PyInstaller is not installed: pip install -e '.[test]'"
    source = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    out[node.name] = [a.arg for a in item.args.args[1:]]
    return out


def test_version_resource_matches_pyinstallers_classes():
    """Evaluate the resource text as PyInstaller does on Windows, against its real signatures."""
    signatures = _pyinstaller_versioninfo_signatures()
    built = []

    def stub(name):
        def make(*args, **kwargs):
            params = signatures[name]
            assert len(args) <= len(params), f"{name} takes {params}, got {len(args)} positional"
            assert set(kwargs) <= set(params), f"{name} has no parameter {set(kwargs) - set(params)}"
            built.append(name)
            return (name, args, kwargs)
        return make

    namespace = {name: stub(name) for name in signatures}
    top = eval(appinfo.version_resource_text("0.3.1"), namespace)  # noqa: S307 - our own text
    assert top[0] == "VSVersionInfo"
    assert {"FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
            "VarStruct"} <= set(built)


def test_licence_components_have_texts_and_qt_carries_the_lgpl(tmp_path):
    comps = appinfo.licence_components({"PySide6", "shiboken6", "numpy", "reportlab"})
    by_name = {c["component"]: c for c in comps}
    assert {"Python", "DejaVu fonts", "PyInstaller bootloader", "numpy", "reportlab",
            "Qt and Qt for Python (PySide6)", "Shiboken6 (Qt for Python)"} <= set(by_name)
    qt_texts = [p.read_text(encoding="utf-8") for p in by_name["Qt and Qt for Python (PySide6)"]["texts"]]
    assert any("GNU LESSER GENERAL PUBLIC LICENSE" in t and "Version 3" in t for t in qt_texts)
    pairs = appinfo.write_licences(tmp_path / "lic", comps)
    assert all(dest == "licenses" for _src, dest in pairs)
    index = (tmp_path / "lic" / appinfo.LICENCE_INDEX).read_text(encoding="utf-8").splitlines()
    assert len(index) == len(comps) + 1
    for row in index[1:]:
        name, _version, _licence, file = row.split("\t")
        assert (tmp_path / "lic" / file).read_text(encoding="utf-8").startswith(name)
