"""PDF reports and the Excel comparison workbook (rapporter og regneark).

Reports render the core's ``Results`` (``core.session``) and never recompute a number. The
public entry points the CLI and the GUI call are in ``jobcenter_bench.reports.api``:

- ``write_centre_report(results, jobcenter, out, *, lang="da") -> Path``
- ``write_national_report(results, out, *, lang="da") -> Path``
- ``write_all_centre_reports(results, out_dir, *, lang="da", state=None, workers=None) -> BatchResult``
- ``write_workbook(results, out, *, lang="da") -> Path``
- ``resolve_centre(results, name) -> str``

Importing this package is cheap: reportlab and openpyxl are imported inside the functions.
"""
