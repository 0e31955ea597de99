"""``jobcenter-bench info``: what years, centres, imports and warnings a database holds."""

from __future__ import annotations

import json

from jobcenter_bench.cli._common import add_db, count
from jobcenter_bench.core.importing.parsed import kind_name
from jobcenter_bench.core.store import Store


def register(sub) -> None:
    p = sub.add_parser("info", help="vis hvad databasen indeholder")
    add_db(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--warnings", action="store_true", help="vis alle gemte advarsler")
    p.set_defaults(func=run)


def run(args) -> int:
    with Store.open(args.db, create=False) as store:
        info = store.info()
        if args.format == "json":
            info["imports_log"] = store.imports()
            info["warnings_list"] = store.warnings()
            print(json.dumps(info, ensure_ascii=False, indent=2))
            return 0
        print(f"Database: {info['path']}" + ("  (eksempeldata – syntetiske)" if info["is_sample"] else ""))
        print(f"Skemaversion: {info['schema_version']}")
        if not info["years"]:
            print("Ingen data endnu. Importér filer med 'jobcenter-bench import'.")
        for y in info["years"]:
            print(
                f"  {y['year']}: {y['jobcentres_answered']} jobcentre med besvarelse, "
                f"{y['municipalities_with_register']} kommuner med registerdata "
                f"({y['register_variables']} variable)"
            )
        if info["framework_variables"]:
            print("Rammevilkår: " + ", ".join(info["framework_variables"]))
        print(f"Importer: {info['imports']}, advarsler: {info['warnings']}")
        for imp in store.imports()[:20]:
            print(
                f"  #{imp['id']} {imp['imported_at']} {kind_name(imp['kind']):<22} {imp['file_name']} "
                f"({count(imp['rows'], 'række', 'rækker')}, revision {imp['revision']}, "
                f"{count(imp['warnings'], 'advarsel', 'advarsler')}, sha256 {imp['sha256'][:12]}…)"
            )
        if args.warnings:
            for w in store.warnings():
                loc = ", ".join(str(x) for x in (w["file"], w["sheet"], w["row"], w["column"]) if x)
                print(f"  Advarsel: {loc}: {w['message']}")
    return 0
