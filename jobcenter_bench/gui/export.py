"""File → Export: the report and workbook writers of ``jobcenter_bench.reports.api``.

Each entry asks where to write, then runs the writer in the worker (progress and cancel for the
batch of all centres) on the workspace's current ``Results``: the very figures the views show,
under the working scenario whether it is saved or not (the cover then says "Scenarie: Standard
(ændret, ikke gemt)"). The screen's first results come without the regression table
(statsmodels is kept off the path to the first figures): the worker then recomputes them with
it, same state and scenario, before it writes. Errors appear as the core's text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from jobcenter_bench.gui import errors
from jobcenter_bench.gui.i18n import language
from jobcenter_bench.gui.workspace import Workspace

#: Export kinds in menu order.
KINDS = ("centre_pdf", "national_pdf", "batch_pdf", "xlsx")


def available() -> bool:
    """Whether the reports package (and its API) is installed."""
    try:
        from jobcenter_bench.reports import api  # noqa: F401
    except ImportError:
        return False
    return True


def menu_text(kind: str) -> str:
    return {
        "centre_pdf": QCoreApplication.translate("Export", "Rapport for valgt jobcenter (PDF)…"),
        "national_pdf": QCoreApplication.translate("Export", "Landsrapport (PDF)…"),
        "batch_pdf": QCoreApplication.translate("Export", "Rapporter for alle jobcentre (PDF)…"),
        "xlsx": QCoreApplication.translate("Export", "Sammenligningsregneark (Excel)…"),
    }[kind]


def export(parent: QWidget, ws: Workspace, kind: str, target: str | None = None) -> None:
    """Ask for a target (unless given) and write the workspace's current ``Results`` in the worker."""
    from jobcenter_bench.reports import api

    results = ws.results
    if ws.store is None or results is None:
        return
    common = dict(lang=language())
    safe = ws.centre.replace("/", "_")
    if kind == "batch_pdf":
        target = target or QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Export", "Vælg mappe til rapporterne"))
        if not target:
            return
        job, args = api.write_all_centre_reports, (results, target)
    else:
        name, filt, job, args = {
            "centre_pdf": (f"{safe}_{ws.year}.pdf", "PDF (*.pdf)", api.write_centre_report, (results, ws.centre)),
            "national_pdf": (f"landsrapport_{ws.year}.pdf", "PDF (*.pdf)", api.write_national_report, (results,)),
            "xlsx": (f"jobcentre_{ws.year}.xlsx", "Excel (*.xlsx)", api.write_workbook, (results,)),
        }[kind]
        target = target or QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Export", "Eksportér"), name, filt)[0]
        if not target:
            return
        args = (*args, target)
    ws.runner.submit(with_inference, job, ws.path, *args, name=menu_text(kind).rstrip("…"), key="export",
                     on_done=lambda result: _done(parent, result),
                     on_error=lambda exc: errors.show_error(parent, exc), **common)


def with_inference(job, path: str, results, *args, state=None, **kwargs):
    """Run the writer ``job`` on ``results`` with the regression tables: when they were
    computed without them (``inference=False``), recompute the same state with them first (in
    this worker thread, on a connection of its own)."""
    from dataclasses import replace

    from jobcenter_bench.core.session import with_options
    from jobcenter_bench.gui.worker import _accepts_state
    from jobcenter_bench.gui.workspace import compute_results

    if not results.analysis.options.inference:
        options = with_options(results.analysis.options, inference=True)
        results = compute_results(path, replace(results.state, options=options), state)
    if _accepts_state(job):
        kwargs["state"] = state
    return job(results, *args, **kwargs)


def _done(parent: QWidget, result) -> None:
    """Tell the user what was written (and, for a batch, what failed)."""
    failed = getattr(result, "failed", None)
    if failed is None:
        text = QCoreApplication.translate("Export", "Gemt: {path}").format(path=str(result))
    else:
        text = QCoreApplication.translate("Export", "{n} rapporter skrevet, {f} fejlede.").format(
            n=len(result.written), f=len(failed))
        text += "".join(f"\n{name}: {msg}" for name, msg in failed[:10])
    last_export["result"] = result
    errors.show_message(parent, text, QCoreApplication.translate("Export", "Eksport"))


#: The last export's result (for tests and the status bar).
last_export: dict = {"result": None}
