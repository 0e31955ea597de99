"""File → Export: the report and workbook writers of ``jobcenter_bench.reports.api``.

Each entry asks where to write, then runs the writer in the worker (progress and cancel for the
batch of all centres) with the workspace's year, selected centre, scenario and the analysis the
views show, so the files hold the same numbers as the screen. Errors appear as the core's text.
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


def _scenario_name(ws: Workspace) -> str | None:
    """The stored scenario to report on (unsaved changes cannot be reported: see the note)."""
    sc = ws.scenario_obj
    return None if sc is None else sc.name


def export(parent: QWidget, ws: Workspace, kind: str, target: str | None = None) -> None:
    """Ask for a target (unless given) and write it in the worker (on its own connection: the
    writers take the database path)."""
    from jobcenter_bench.reports import api

    if ws.store is None:
        return
    if ws.scenario_dirty:
        errors.show_message(parent, QCoreApplication.translate(
            "Export", "Scenariet har ændringer, der ikke er gemt. Eksporten bruger det gemte scenarie "
                      "»{name}«; gem ændringerne under et navn for at få dem med.").format(name=_scenario_name(ws)))
    common = dict(year=ws.year, scenario=_scenario_name(ws), lang=language(), analysis=ws.analysis)
    safe = ws.centre.replace("/", "_")
    if kind == "batch_pdf":
        target = target or QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Export", "Vælg mappe til rapporterne"))
        if not target:
            return
        job, args = api.write_all_centre_reports, (ws.path, target)
    else:
        name, filt, job, args = {
            "centre_pdf": (f"{safe}_{ws.year}.pdf", "PDF (*.pdf)", api.write_centre_report, (ws.path, ws.centre)),
            "national_pdf": (f"landsrapport_{ws.year}.pdf", "PDF (*.pdf)", api.write_national_report, (ws.path,)),
            "xlsx": (f"jobcentre_{ws.year}.xlsx", "Excel (*.xlsx)", api.write_workbook, (ws.path,)),
        }[kind]
        target = target or QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Export", "Eksportér"), name, filt)[0]
        if not target:
            return
        args = (*args, target)
    ws.runner.submit(job, *args, name=menu_text(kind).rstrip("…"), key="export",
                     on_done=lambda result: _done(parent, result),
                     on_error=lambda exc: errors.show_error(parent, exc), **common)


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
