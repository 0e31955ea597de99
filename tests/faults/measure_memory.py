"""Peak memory of reading hostile files at the 50 MB size cap (run by hand; prints MB).

    PYTHONPATH=. python tests/faults/measure_memory.py [OUT_DIR]

Each case is written to OUT_DIR (default: a temporary folder), then read by ``read_file`` in a
fresh interpreter; the peak resident set (``VmHWM`` in ``/proc/self/status``) of that interpreter is printed together
with the baseline (the same interpreter after importing the reader, before reading).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

CAP = 50 * 1024 * 1024 - 1024  # just under MAX_FILE_BYTES

CHILD = """
import sys
from jobcenter_bench.core.importing.reader import read_file
def hwm():  # peak resident set of this process (ru_maxrss would include the parent's)
    line = next(x for x in open('/proc/self/status') if x.startswith('VmHWM:'))
    return int(line.split()[1]) / 1024
base = hwm()
p = read_file(sys.argv[1])
peak = hwm()
first = (p.errors[0].message_en if p.errors else f"accepted, {p.rows} rows")[:90]
print(f"{base:.0f} {peak:.0f} {first}")
"""


def _fill(line: bytes, size: int = CAP, head: bytes = b"") -> bytes:
    return head + line * ((size - len(head)) // len(line))


def cases() -> dict[str, bytes]:
    """Name -> file content, each just under the size cap."""
    head = b"Kommune;\xc3\x85r;Andel\n"
    return {
        "one_line_of_fields.csv": _fill(b"12;"),  # a 50 MB line of 17 million fields
        "one_huge_quoted_field.csv": b'a;"' + _fill(b"x\n", CAP - 10) + b'"\n',
        "many_short_fields.csv": _fill(b"12;" * 300 + b"\n", head=head),  # 150k lines x 300 fields
        "register_rows.csv": _fill(b"Aabenraa;2013;12,5\n", head=head),  # 2.7 million rows
        "emoji_text.csv": _fill("😀;".encode() * 100 + b"\n", head=head),  # 4-byte characters
        "blank_lines.csv": _fill(b"\n", head=head),
        "utf16_rows.csv": b"\xff\xfe" + _fill("Aabenraa;2013;12,5\n".encode("utf-16-le"),
                                             CAP - 2),
    }


def raw_xlsx(rows) -> bytes:
    """A minimal workbook whose one sheet holds ``rows`` (lists of numbers or strings), written
    straight into the zip (openpyxl would take minutes for a million cells)."""
    import io
    import zipfile

    def cell(v):
        if isinstance(v, str):
            return f'<c t="inlineStr"><is><t>{v}</t></is></c>'
        return f"<c><v>{v}</v></c>"

    sheet = "".join(f'<row r="{i}">' + "".join(cell(v) for v in r) + "</row>" for i, r in enumerate(rows, 1))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {ns} xmlns:r="{rel}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>{sheet}</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def xlsx_cases() -> dict[str, bytes]:
    head = [["Kommune", "År", "A", "B", "C"]]
    return {
        "million_numbers.xlsx": raw_xlsx(head + [["Aabenraa", 2013, *[1.5] * 10]] * 95_000),
        "long_texts.xlsx": raw_xlsx(head + [["Aabenraa", 2013, random.randbytes(15_000).hex()]
                                            for _ in range(1_500)]),
    }


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    worst = 0.0
    for name, data in {**cases(), **xlsx_cases()}.items():
        path = out / name
        path.write_bytes(data)
        del data
        res = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True)
        line = res.stdout.strip() or res.stderr.strip().splitlines()[-1]
        print(f"{name:28s} {line}")
        if res.stdout:
            worst = max(worst, float(line.split()[1]))
        path.unlink()
    print(f"worst peak RSS: {worst:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
