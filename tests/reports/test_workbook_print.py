"""The workbook as LibreOffice prints it (``soffice --headless --convert-to pdf``; skipped when
LibreOffice is absent — CI installs ``libreoffice-calc-nogui``): every sheet one page wide,
the summary sheets and the chart on one page each, the banner and the header row on every page."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict

import pytest
from pypdf import PdfReader

from jobcenter_bench.core.i18n import t
from jobcenter_bench.reports import api
from jobcenter_bench.reports.workbook import ONE_PAGE, SHEETS
from tests.reports.factories import results

# skipped without LibreOffice, except in CI (.ci/run installs it and sets JCB_REQUIRE_SOFFICE=1),
# where a missing soffice must fail rather than skip
pytestmark = pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("JCB_REQUIRE_SOFFICE"),
                                reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Pages of the printed workbook grouped by sheet (the sheet name is in each page header)."""
    tmp = tmp_path_factory.mktemp("lo")
    xlsx = api.write_workbook(results(), tmp / "w.xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(xlsx)],
                   check=True, capture_output=True, timeout=240)
    titles = {t(f"xl_sheet_{key}", "da"): key for key, _ in SHEETS}
    pages = defaultdict(list)
    for page in PdfReader(str(tmp / "w.pdf")).pages:
        lines = (page.extract_text() or "").splitlines()
        head = lines[0]
        sheet = next(name for name in sorted(titles, key=len, reverse=True) if head.endswith(name))
        pages[titles[sheet]].append(lines)
    return pages


def test_every_sheet_prints_one_page_wide_with_banner_and_header(printed):
    assert set(printed) == {key for key, _ in SHEETS}
    first_header = {"about": "Egenskab", "regression": "Variabel", "relationships": "Sammenhæn",
                    "robustness": "Variant", "assumptions": "Forudsætning", "sources": "Fil",
                    "national_total": "Nøgletal", "national_area": "Kategori",
                    "national_binding": "Kategori", "national_horizon": "Kategori",
                    "peer_groups": "Gruppe", "comparison_groups": "Slags"}
    for key, pages in printed.items():
        for lines in pages:
            assert lines[0].startswith("Eksempeldata – syntetiske"), key
            # the first column's header on every page: no page holds only columns cut off the right
            assert any(first_header.get(key, "Jobcenter") in ln for ln in lines[1:4]), (key, lines[:4])


def test_summary_sheets_and_the_chart_print_on_one_page(printed):
    for key in ONE_PAGE:
        assert len(printed[key]) == 1, (key, len(printed[key]))
    assert len(printed["national_area"]) == 1  # the table and its chart together
