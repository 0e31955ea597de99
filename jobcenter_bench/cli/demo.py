"""``jobcenter-bench demo``: build a database from the synthetic national sample data."""

from __future__ import annotations

from jobcenter_bench.cli._common import stderr_progress


def register(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="byg en database af de syntetiske eksempeldata",
        description="Byg en projektdatabase af eksempeldata i sample_data/ (SYNTETISKE tal, "
        "kalibreret til rapporten fra 2014 – ingen rigtige jobcentres tal).",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="databasefil der oprettes")
    p.add_argument("--force", action="store_true", help="overskriv en eksisterende fil")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.core.sample import build_sample_database

    with build_sample_database(args.db, force=args.force, state=stderr_progress()) as store:
        info = store.info()
        files = [i["file_name"] for i in store.imports()]
    print(f"Eksempeldatabase oprettet: {args.db}  (SYNTETISKE eksempeldata)")
    print(f"Importerede filer: {', '.join(files)}")
    for y in info["years"]:
        print(
            f"  {y['year']}: {y['jobcentres_answered']} jobcentre, "
            f"{y['municipalities_with_register']} kommuner, {y['register_variables']} registervariable"
        )
    if info["framework_variables"]:
        print("Rammevilkår: " + ", ".join(info["framework_variables"]))
    print(f"Advarsler ved import: {info['warnings']}")
    return 0
