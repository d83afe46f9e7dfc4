"""Cut pages out of a PDF into a small test fixture (pypdf; tests/fixtures/pdf/issue-*.pdf).

    python scripts/cut_excerpt.py SOURCE.pdf 31-32 tests/fixtures/pdf/issue-10-annex-restart.pdf
    python scripts/cut_excerpt.py SOURCE.pdf 9,13 OUT.pdf

Pages are 1-based, as printed by a PDF viewer; ranges and single pages, comma-separated.
Needs pypdf (the dev extra).
"""

from __future__ import annotations

import sys
from pathlib import Path


def pages(spec: str) -> list[int]:
    """ "31-32,40" → [31, 32, 40]."""
    out: list[int] = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        out += range(int(first), int(last or first) + 1)
    return out


def main(argv: list[str]) -> None:
    from pypdf import PdfReader, PdfWriter

    source, spec, target = Path(argv[0]), argv[1], Path(argv[2])
    reader = PdfReader(source)
    writer = PdfWriter()
    for n in pages(spec):
        writer.add_page(reader.pages[n - 1])
    writer.compress_identical_objects()
    with target.open("wb") as f:
        writer.write(f)
    print(f"{target}: pages {spec} of {source.name}, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
