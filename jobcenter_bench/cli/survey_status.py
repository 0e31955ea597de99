"""``jobcenter-bench survey-status --db PATH --year Y``: the survey round, centre by centre.

Lists each job centre as answered / answered with warnings / with errors / missing
(``--format table|csv|json``). ``--returns DIR`` also reads the returned files in a folder that
are not imported yet (a dry run: that is where errors show). ``--feedback DIR`` writes one short
workbook per centre with problems, to send back.
"""

from __future__ import annotations

import csv
import json
import sys

from jobcenter_bench.cli._common import add_db, add_format, add_lang, count


def register(sub) -> None:
    p = sub.add_parser("survey-status", help="status for spørgeskemarunden: hvem har svaret")
    add_db(p)
    p.add_argument("--year", type=int, required=True, metavar="Y", help="året for runden")
    p.add_argument("--returns", metavar="DIR", help="mappe med returnerede skemaer (læses, importeres ikke)")
    p.add_argument("--feedback", metavar="DIR", help="skriv en tilbagemelding pr. jobcenter med problemer")
    add_format(p)
    add_lang(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.core.errors import BenchError, write_error
    from jobcenter_bench.core.store import Store
    from jobcenter_bench.core.survey_round import round_status, write_feedback

    en = args.lang == "en"
    with Store.open(args.db, create=False) as store:
        status = round_status(store, args.year, [args.returns] if args.returns else None)
    if args.format == "json":
        print(json.dumps({"year": status.year, "counts": status.counts(),
                          "centres": [c.as_dict(args.lang) for c in status.centres],
                          "unassigned": [p.as_dict() for p in status.unassigned]},
                         ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(status, sys.stdout, args.lang)
    else:
        print_table(status, args.lang)
    if args.feedback:
        if args.returns and _same_folder(args.returns, args.feedback):
            raise BenchError(
                "Skriv tilbagemeldingerne i en anden mappe end de returnerede skemaer.",
                "Write the feedback to another folder than the returned workbooks.",
            )
        try:
            paths = write_feedback(args.feedback, status, args.lang)
        except OSError as exc:
            raise write_error(args.feedback, exc) from exc
        print(f"Wrote {count(len(paths), 'feedback workbook', 'feedback workbooks')} in {args.feedback}" if en
              else f"Skrev {count(len(paths), 'tilbagemelding', 'tilbagemeldinger')} i {args.feedback}",
              file=sys.stderr if args.format != "table" else sys.stdout)
    return 0


def _same_folder(a: str, b: str) -> bool:
    from pathlib import Path

    return Path(a).resolve() == Path(b).resolve()


def write_csv(status, out, lang: str) -> None:
    """One row per centre; municipalities joined with ';'."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["jobcenter", "municipalities", "year", "status", "status_name", "errors",
                     "warnings", "file", "imported"])
    for c in status.centres:
        writer.writerow([c.jobcenter, ";".join(c.municipalities), c.year, c.status,
                         c.status_name(lang), c.errors, c.warnings, c.file or "", int(c.imported)])


def print_table(status, lang: str) -> None:
    en = lang == "en"
    head = (("Job centre", "Municipalities", "Status", "Errors", "Warnings", "File") if en else
            ("Jobcenter", "Kommuner", "Status", "Fejl", "Advarsler", "Fil"))
    not_imported = " (not imported)" if en else " (ikke importeret)"
    rows = [(c.jobcenter, ", ".join(c.municipalities), c.status_name(lang), str(c.errors),
             str(c.warnings), (c.file or "–") + ("" if c.imported or not c.file else not_imported))
            for c in status.centres]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    for r in (head, *rows):
        print("  ".join(v.rjust(w) if i in (3, 4) else v.ljust(w)
                        for i, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    print(status.summary(lang))
    if status.unassigned:
        print("Problems in returned files that name no job centre:" if en else
              "Problemer i returnerede filer, der ikke kan knyttes til et jobcenter:")
        for p in status.unassigned:
            print("  " + p.text(lang))
