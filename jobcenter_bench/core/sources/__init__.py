"""Register data from the public services: Jobindsats (STAR) and Statistikbanken (DST).

Public API (in ``sources.fetch``; this package imports nothing, so ``importing.portal``
can use its readers without an import cycle)::

    FetchOptions(year, sources, key, cache_dir, ...)   # what and where to fetch
    plan(opts) -> list[PlanItem]                         # --dry-run: the requests, no network
    fetch(opts, state) -> list[ParsedFile]               # fetched and checked, not stored
    fetch_and_import(store, opts, state) -> ImportResult # all-or-nothing, provenance logged

Modules: ``http`` (timeout, retry, back-off, cache, errors), ``periods`` (period codes and the
annual rule), ``jobindsats`` and ``statistikbanken`` (their layouts), ``records`` (published
rows to a checked register file), ``keys`` (the API key). The portals' downloads are read by
``importing.portal`` with the same column readers.
``docs/data-sources.md`` documents every source, table and rule.
"""

