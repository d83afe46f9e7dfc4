"""Write small, deliberately bad PDFs that the PDF reader must reject or handle cleanly.

Each file is deterministic (reportlab ``invariant=1``, no time stamps, no randomness) and
under 20 KB:

* ``encrypted.pdf``      a valid report page, encrypted with a user password (RC4 128-bit);
* ``truncated.pdf``      a valid small report PDF cut in half (no xref, no trailer);
* ``scanned.pdf``        one page holding only a grey image of "text lines": no text layer;
* ``zero_pages.pdf``     a hand-written valid PDF whose Pages node has /Count 0 and /Kids [];
* ``no_paragraphs.pdf``  a valid PDF with Chinese and English text but no numbered paragraphs.

Usage::

    python scripts/make_bad_pdfs.py --out tests/fixtures/pdf/bad/
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"  # built-in CID font: no font file, nothing embedded
FONT_SIZE = 10.5
LEADING = 17.0
MARGIN = 25 * mm
NUMBER_INDENT = 10 * mm
MAX_BYTES = 20_000
USER_PASSWORD = "un-report"  # tests that want to open encrypted.pdf use this
OWNER_PASSWORD = "un-report-owner"
ENCRYPTION_STRENGTH = 128  # RC4 128-bit; AES would add a random IV and break determinism

#: A few lines of the real report, numbered as the reader expects paragraphs.
NUMBERED_PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("1.", "本报告回顾了人类历经艰难险阻但仍怀抱希望的一年。"),
    ("2.", "面对这种种挑战,联合国努力将我们的共同价值观转化为实地行动。"),
    ("3.", "2024 年,我们通过 40 个特别政治任务和办事处以及 11 个维持和平行动开展工作。"),
)
#: The encrypted page's text, in Latin script: pdfminer fails to decrypt the strings of a
#: CID font's CIDSystemInfo, so Chinese would come back as (cid:N) even with the password.
ENCRYPTED_PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("1.", "This report looks back on a year of great hardship and of hope."),
    ("2.", "In 2024, the United Nations deployed 40 special political missions and offices."),
)
LATIN_FONT = "Helvetica"

#: Text with no numbered paragraph: headings, a note, a date, English prose.
UNNUMBERED_LINES: tuple[str, ...] = (
    "秘书长关于联合国工作的报告",
    "说明",
    "联合国文件编号由字母和数字构成。凡提及这种格式的编号,即指联合国某一文件。",
    "[2025年7月18日]",
    "This page has Chinese and English text but no numbered paragraphs.",
    "The reader should report that no paragraph was found, not crash.",
)

SCAN_SIZE = (620, 877)  # pixels: A4 at about 75 dpi
SCAN_PAPER = 222  # grey level of the "paper"
SCAN_INK = 96  # grey level of the "text lines"
SCAN_MARGIN = 60
SCAN_LINE_HEIGHT = 9
SCAN_LINE_PITCH = 22
SCAN_LINES = 30

#: Objects of the zero-page PDF, numbered from 1.
ZERO_PAGE_OBJECTS: tuple[bytes, ...] = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [] /Count 0 >>",
)


def _canvas(out: io.BytesIO, **kwargs: object) -> Canvas:
    """A deterministic A4 canvas with the CJK font registered."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canv = Canvas(out, pagesize=A4, invariant=1, **kwargs)
    canv.setFont(FONT, FONT_SIZE)
    return canv


def _draw_numbered(canv: Canvas, paragraphs: Sequence[tuple[str, str]]) -> None:
    """Draw a header and numbered paragraphs with hanging numbers."""
    width, height = A4
    y = height - MARGIN
    canv.drawRightString(width - MARGIN, y, "A/80/1")
    for number, text in paragraphs:
        y -= LEADING * 1.5
        canv.drawString(MARGIN, y, number)
        canv.drawString(MARGIN + NUMBER_INDENT, y, text)


def report_page_pdf(
    paragraphs: Sequence[tuple[str, str]] = NUMBERED_PARAGRAPHS, font: str = FONT, **kwargs: object
) -> bytes:
    """A valid one-page PDF with numbered paragraphs (``kwargs`` go to the canvas)."""
    out = io.BytesIO()
    canv = _canvas(out, **kwargs)
    canv.setFont(font, FONT_SIZE)
    _draw_numbered(canv, paragraphs)
    canv.showPage()
    canv.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    """The report page encrypted with a user password."""
    encryption = StandardEncryption(USER_PASSWORD, OWNER_PASSWORD, strength=ENCRYPTION_STRENGTH)
    return report_page_pdf(ENCRYPTED_PARAGRAPHS, LATIN_FONT, encrypt=encryption)


def truncated_pdf() -> bytes:
    """The report page cut in half: header and some objects, no xref or trailer."""
    data = report_page_pdf()
    return data[: len(data) // 2]


def scan_image() -> Image.Image:
    """A grey page with darker bars where text lines would be."""
    image = Image.new("L", SCAN_SIZE, SCAN_PAPER)
    draw = ImageDraw.Draw(image)
    width = SCAN_SIZE[0] - 2 * SCAN_MARGIN
    for i in range(SCAN_LINES):
        top = SCAN_MARGIN + i * SCAN_LINE_PITCH
        short = width * (0.55 + 0.4 * ((i * 7) % 5) / 4) if i % 6 == 5 else width  # ragged paragraph ends
        draw.rectangle((SCAN_MARGIN, top, SCAN_MARGIN + int(short), top + SCAN_LINE_HEIGHT), fill=SCAN_INK)
    return image


def scanned_pdf() -> bytes:
    """One page holding only an image (no text layer at all)."""
    out = io.BytesIO()
    canv = Canvas(out, pagesize=A4, invariant=1)
    canv.drawImage(ImageReader(scan_image()), 0, 0, width=A4[0], height=A4[1])
    canv.showPage()
    canv.save()
    return out.getvalue()


def zero_pages_pdf() -> bytes:
    """A minimal hand-written PDF 1.4 whose page tree is empty, with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(ZERO_PAGE_OBJECTS, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(ZERO_PAGE_OBJECTS) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(ZERO_PAGE_OBJECTS) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def no_paragraphs_pdf() -> bytes:
    """A valid page with Chinese and English text and no numbered paragraph."""
    out = io.BytesIO()
    canv = _canvas(out)
    y = A4[1] - MARGIN
    for line in UNNUMBERED_LINES:
        canv.drawString(MARGIN, y, line)
        y -= LEADING * 1.5
    canv.showPage()
    canv.save()
    return out.getvalue()


BAD_PDFS: dict[str, Callable[[], bytes]] = {
    "encrypted.pdf": encrypted_pdf,
    "truncated.pdf": truncated_pdf,
    "scanned.pdf": scanned_pdf,
    "zero_pages.pdf": zero_pages_pdf,
    "no_paragraphs.pdf": no_paragraphs_pdf,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Write every bad PDF into ``--out``; fail if one exceeds the size limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="output folder, e.g. tests/fixtures/pdf/bad/")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in BAD_PDFS.items():
        data = make()
        if len(data) > MAX_BYTES:
            print(f"error: {name} is {len(data)} bytes, over {MAX_BYTES}", file=sys.stderr)
            return 1
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
