"""Preview one view on its own: ``python -m jobcenter_bench.gui.views.<name> [--db PATH]``.

Without ``--db`` the sample database in the per-user data folder is used (built if needed).
"""

from __future__ import annotations

import argparse
import sys


def preview(view_class, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from jobcenter_bench.gui.app import configure_application, default_database
    from jobcenter_bench.gui.i18n import install_language
    from jobcenter_bench.gui.workspace import Workspace

    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--lang", default="da", choices=("da", "en"))
    ap.add_argument("--centre", default="")
    args = ap.parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    install_language(args.lang)
    ws = Workspace()
    ws.open(args.db or default_database(), create=False)
    ws.set_centre(args.centre or (ws.centre_names() or [""])[0])
    view = view_class(ws)
    view.resize(1280, 760)
    view.setWindowTitle(view.title())
    view.show()
    ws.compute()
    return app.exec()
