"""PDF reports and the Excel comparison workbook (rapporter og regneark).

Reports consume the results of the analysis core and the lever engine; they never recompute a
number. The public entry points the CLI and the GUI call are in ``jobcenter_bench.reports.api``:

- ``write_centre_report(store, jobcenter, out, year=None, scenario=None, lang="da")``
- ``write_national_report(store, out, year=None, scenario=None, lang="da")``
- ``write_all_centre_reports(store, out_dir, year=None, scenario=None, lang="da", state=None)``
- ``write_workbook(store, out, year=None, scenario=None, lang="da")``

Importing this package is cheap: reportlab and openpyxl are imported inside the functions.
"""
