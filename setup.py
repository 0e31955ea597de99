"""Build hook: the wheel carries ``resources/`` and ``sample_data/`` as ``jobcenter_bench/_data/``.

All metadata is in ``pyproject.toml``; this file only adds one step to ``build_py``. The two data
folders stay at the top of the checkout; the files copied are those of
``packaging/appinfo.py``'s ``data_files()``, the same list the PyInstaller build bundles (no
generators, no translation sources), so a wheel and a frozen build hold the same data.
``jobcenter_bench.core.resources.project_root()`` finds them in every layout. An editable install
copies nothing: there the lookup falls back to the checkout itself.
"""

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_DIR = Path("jobcenter_bench", "_data")  # keep in step with core.resources.INSTALLED_DATA_DIR


def _appinfo():
    spec = importlib.util.spec_from_file_location("jcb_appinfo", HERE / "packaging" / "appinfo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """``build_py`` that also copies the bundled data files into the package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for src, dest in _appinfo().data_files(HERE):
            target = Path(self.build_lib, DATA_DIR, dest)
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


setup(cmdclass={"build_py": BuildWithData})
