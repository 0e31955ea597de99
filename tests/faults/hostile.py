"""A generator of hostile input files and hostile stored texts (fjendtlige filer og tekster).

``hostile_files(folder)`` writes every case into ``folder`` and returns them as ``Case``s: the
file, whether the import must refuse it, and a text the refusal must contain (which names the
cell or says what is wrong). ``NASTY_TEXTS`` are strings that have broken writers elsewhere;
``poison_database`` writes them straight into every stored text field of a database (as an
older version, or a hand-edited file, might have stored them), bypassing the input checks, so
that the writers' own defence is tested.

Run as a script to write the files for manual testing: ``python tests/faults/hostile.py DIR``.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from jobcenter_bench.core import geography
from jobcenter_bench.core.levers.catalogue import catalogue

YEAR = 2013

#: Strings that have broken a writer or a terminal: control characters (XML-illegal), an ANSI
#: escape, bidirectional override, a line-break flood, a 5,500-character word, markup and
#: formula starts, astral characters, XML's non-characters.
NASTY_TEXTS: dict[str, str] = {
    "bel": "Ledighed\x07 (%)",
    "nul": "A\x00B",
    "ansi": "\x1b[31mrød\x1b[0m",
    "bidi": "Andel \u202e%08 ",
    "newlines": "Ejer" + "\n" * 300 + "slut",
    "long_word": "x" * 5500,
    "long_text": ("Gevinstansvarlig chef for jobcenteret " * 150).strip(),
    "markup": "<b>Andel & co</b> <para> ]]> &amp; <font name='x'>",
    "formula": '=HYPERLINK("http://example.invalid","klik")',
    "emoji": "Andel 😀 æøå \U0001f1e9\U0001f1f0",
    "nonchar": "fejl\ufffe\uffff",
    "tabs_cr": "a\tb\rc\r\nd",
}


@dataclass(frozen=True)
class Case:
    """One hostile file: ``refused`` says what the import must do; ``expect`` is a text its
    message must contain (Danish), or for an accepted file a text ``info`` must show."""

    name: str
    path: Path
    refused: bool
    expect: str


def _munis() -> list[str]:
    return [m.name for m in geography.municipalities()]


def _long_rows(header: str, values=None) -> list[list]:
    """A long-layout register table of every municipality for ``YEAR`` with one column."""
    rng = random.Random(header)
    values = values or [round(rng.uniform(1, 50), 1) for _ in _munis()]
    return [["Kommune", "År", header]] + [[m, YEAR, v] for m, v in zip(_munis(), values, strict=True)]


def _csv(path: Path, rows: list[list], encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    """A ``;`` CSV as Danish Excel writes it (decimal comma; fields quoted when needed)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator=newline)
    for r in rows:
        w.writerow([str(v).replace(".", ",") if isinstance(v, float) else v for v in r])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _patched_xlsx(path: Path, rows: list[list], placeholder: float, xml_value: str) -> Path:
    """A workbook whose cell holding ``placeholder`` holds ``xml_value`` ("NaN", "1e999") in
    its XML instead: openpyxl never writes such a cell, a broken export tool does."""
    _xlsx(path, rows)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(f"<v>{placeholder}</v>".encode(), f"<v>{xml_value}</v>".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


def _xlsx(path: Path, rows: list[list], far_cell: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for r in rows:
        ws.append(r)
    if far_cell:  # an empty but formatted cell in Excel's last row
        ws.cell(row=1_048_576, column=1).font = Font(bold=True)
    wb.save(path)
    return path


def hostile_files(folder: Path) -> list[Case]:
    """Write every hostile file into ``folder``; see the module docstring."""
    folder.mkdir(parents=True, exist_ok=True)
    f = folder
    n = len(_munis())
    cases = [
        # control characters, length and line breaks in a header that would become a label
        Case("bel_header", _csv(f / "bel_header.csv", _long_rows("Ledighed\x07 (%)")), True, "U+0007"),
        Case("ansi_header", _csv(f / "ansi_header.csv", _long_rows("\x1b[31mAndel")), True, "U+001B"),
        Case("bidi_header", _csv(f / "bidi_header.csv", _long_rows("Andel \u202e%")), True, "U+202E"),
        Case("header_5500", _csv(f / "header_5500.csv", _long_rows("A" * 5500)), True, "5500 tegn"),
        Case("header_newlines", _xlsx(f / "header_newlines.xlsx", _long_rows("Ejer" + "\n" * 300 + "x")),
             True, "linjeskift"),
        # absurd magnitudes
        Case("persons_1e308", _xlsx(f / "persons_1e308.xlsx",
                                    _long_rows("Fuldtidspersoner på sygedagpenge", [1e308] + [10.0] * (n - 1))),
             True, "langt uden for"),
        Case("framework_1e308", _xlsx(f / "framework_1e308.xlsx",
                                      _long_rows("Andel med lang uddannelse", [1e308] + [10.0] * (n - 1))),
             True, "langt uden for"),
        Case("persons_above_population", _csv(f / "persons_above_population.csv",
                                              [["Kommune", "År", "Fuldtidspersoner på sygedagpenge", "Befolkning 16-64 år"],
                                               ["Aabenraa", YEAR, "40.000", "30.000"]]),
             True, "flere end kommunens"),
        # format gaps
        Case("nul_late", _nul_late(f / "nul_late.csv"), True, "binære data"),
        Case("nan_cell", _patched_xlsx(f / "nan_cell.xlsx", _long_rows("Andel uden job", [1.0] * 5 + [123.25] + [1.0] * (n - 6)),
                                       123.25, "NaN"), True, "celle C7"),
        Case("inf_text_cell", _patched_xlsx(f / "inf_text_cell.xlsx", _long_rows("Andel uden job", [123.25] + [1.0] * (n - 1)),
                                            123.25, "INF"), True, "celle C2"),
        Case("overflow_cell", _patched_xlsx(f / "overflow_cell.xlsx", _long_rows("Andel uden job", [1.0] + [123.25] + [1.0] * (n - 2)),
                                            123.25, "1e999"), True, "celle C3"),
        Case("huge_line", _bytes(f / "huge_line.csv", b"Kommune;" + b"1234567;" * 300_000 + b"\n"), True,
             "linje på over 1 MB"),
        Case("too_many_columns", _bytes(f / "too_many_columns.csv",
                                        b";".join(b"K%d" % i for i in range(2500)) + b"\n"), True, "kolonner"),
        Case("blank_lines", _bytes(f / "blank_lines.csv", b"Kommune;\xc3\x85r;X\n" + b"\n" * 1_100_000), True,
             "linjer"),
        Case("undefined_cp1252", _bytes(f / "undefined_cp1252.csv", b"Kommune;\x81r\x8d;\x90\n" * 3), True,
             "binære data"),
        Case("only_bom", _bytes(f / "only_bom.csv", b"\xef\xbb\xbf"), True, "tomt"),
        # accepted: the text is odd but harmless and must reach every output safely
        Case("utf16le", _csv(f / "utf16le.csv", _long_rows("Andel i almene boliger UTF-16"),
                             encoding="utf-16"), False, "andel_i_almene_boliger_utf_16"),
        Case("utf16be", _bytes(f / "utf16be.csv", b"\xfe\xff" + _csv(f / "tmp.csv", _long_rows(
            "Andel big endian")).read_bytes().decode().encode("utf-16-be")), False, "andel_big_endian"),
        Case("far_formatted_cell", _xlsx(f / "far_formatted_cell.xlsx", _long_rows("Andel langt nede"),
                                         far_cell=True), False, "andel_langt_nede"),
        Case("markup_header", _csv(f / "markup_header.csv", _long_rows(NASTY_TEXTS["markup"])), False,
             "andel_co_b"),
        Case("formula_header", _csv(f / "formula_header.csv", _long_rows(NASTY_TEXTS["formula"])), False,
             "hyperlink"),
        Case("emoji_header", _csv(f / "emoji_header.csv", _long_rows(NASTY_TEXTS["emoji"])), False, "andel"),
        Case("cr_only_lines", _csv(f / "cr_only_lines.csv", _long_rows("Andel gammel Mac"), newline="\r"),
             False, "andel_gammel_mac"),
    ]
    (f / "tmp.csv").unlink(missing_ok=True)
    return cases


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _nul_late(path: Path) -> Path:
    """A valid register CSV padded to over 64 KiB with notes, then one NUL byte."""
    rows = _long_rows("Andel med NUL")
    text = "\r\n".join(";".join(map(str, r)) for r in rows) + "\r\n"
    text += ("Note: " + "n" * 90 + "\r\n") * 800
    data = text.encode() + b"\x00\r\n"
    assert len(data) > 70_000 and data.index(b"\x00") > 65_536
    path.write_bytes(data)
    return path


def poison_database(path: Path, centre: str = "Aabenraa") -> dict[str, str]:
    """Write ``NASTY_TEXTS`` into every stored text field of the database at ``path``.

    Framework-variable labels (Danish and English; one label per nasty text, cycling), the
    file names and warning texts of the import log, and a scenario whose name holds a control
    character and whose business case for ``centre`` has a nasty benefit owner and success
    measure per lever. Returns ``{field: text}`` of what was written.
    """
    texts = list(NASTY_TEXTS.values())
    conn = sqlite3.connect(path)
    written: dict[str, str] = {}
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM register_variable WHERE kind = 'framework' ORDER BY name")]
        for i, name in enumerate(names):
            label = texts[i % len(texts)]
            conn.execute("UPDATE register_variable SET label_da = ?, label_en = ? WHERE name = ?", (label, label, name))
            written[f"label:{name}"] = label
        for i, (imp,) in enumerate(conn.execute("SELECT id FROM import_log ORDER BY id").fetchall()):
            name = texts[(i + 3) % len(texts)] + ".csv"
            conn.execute("UPDATE import_log SET file_name = ? WHERE id = ?", (name, imp))
            written[f"file_name:{imp}"] = name
        conn.execute("UPDATE import_warning SET message = ?, message_en = ?, value = ?, column = ?",
                     (NASTY_TEXTS["newlines"], NASTY_TEXTS["long_word"], NASTY_TEXTS["bel"], NASTY_TEXTS["ansi"]))
        levers = {lid: {"one_off": 100000, "yearly": 0, "owner": texts[i % len(texts)],
                        "success_measure": texts[(i + 1) % len(texts)]}
                  for i, lid in enumerate(lv.id for lv in catalogue().levers)}
        case = {"levers": levers}
        scenario = "Scenarie\x07 " + NASTY_TEXTS["markup"]
        params = json.dumps({"business_cases": {centre: case}}, ensure_ascii=False)
        conn.execute("INSERT INTO scenario(name, params, created, modified) VALUES (?, ?, '', '')",
                     (scenario, params))
        written["scenario"] = scenario
        conn.commit()
    finally:
        conn.close()
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile_files")
    for case in hostile_files(out):
        print(f"{'refuse' if case.refused else 'accept'}  {case.path.name}  ({case.expect})")
