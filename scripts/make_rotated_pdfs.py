"""Write one small report page five ways: upright, and turned as landscape table pages are.

Each file is deterministic (reportlab ``invariant=1``) and a few KB:

* ``upright.pdf``        the page as it reads;
* ``rotate90.pdf``       the same content on a page with ``/Rotate 90`` (it displays turned);
* ``text90.pdf``         the text drawn at 90° (running up the page);
* ``text270.pdf``        the text drawn at -90° (running down the page);
* ``rotate90_text90.pdf`` ``/Rotate 90`` and text at 90°: a landscape page that displays upright.

Every one must read into the same units as ``upright.pdf``.

Usage::

    python scripts/make_rotated_pdfs.py --out tests/fixtures/pdf/rotated/
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

LINES = [  # (font, size, text, space before)
    ("Helvetica-Bold", 13, "Chapter I", 0),
    ("Helvetica-Bold", 12, "Introduction", 26),
    ("Helvetica", 10.5, "1. We supported 40 countries in 2024 and trained 1,200 officials.", 30),
    ("Helvetica", 10.5, "2. About 52.4 per cent of the people gained from it.", 22),
]
VARIANTS = {  # name: (page rotation, text angle, where the text starts)
    "upright": (0, 0, (72, 760)),
    "rotate90": (90, 0, (72, 760)),
    "text90": (0, 90, (120, 72)),
    "text270": (0, -90, (470, 770)),
    "rotate90_text90": (90, 90, (120, 72)),
}


def write(path: Path, rotation: int, angle: int, start: tuple[float, float]) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    if rotation:
        canvas.setPageRotation(rotation)
    canvas.translate(*start)
    canvas.rotate(angle)
    y = 0.0
    for font, size, text, before in LINES:
        y -= before
        canvas.setFont(font, size)
        canvas.drawString(0, y, text)
    canvas.showPage()
    canvas.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (rotation, angle, start) in VARIANTS.items():
        write(args.out / f"{name}.pdf", rotation, angle, start)
        print(args.out / f"{name}.pdf")


if __name__ == "__main__":
    main()
