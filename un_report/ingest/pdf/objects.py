"""pdfplumber's parsed page → the reader's page input, read from pdfminer's layout objects.

pdfplumber's `page.chars` and `page.rects` turn every object of a page into a dict of
some twenty resolved attributes, which costs about as much as parsing the page; the
reader uses a few of them. `page_input` reads the same objects (`page.layout`) once,
keeps per character only what the reader's steps use, in pdfplumber's coordinates
(top-down, the MediaBox offset applied, as `Page.process_object` computes them), and
releases the page's parsed objects (`page.close()`) before the next page is read.

Each character also gets its font's space width ("space", in em: the width the font gives
its space glyph), which the word-space step measures gaps against. pdfminer's characters
name their font but do not keep it; the fonts a document has loaded are in its resource
manager's cache, read once per font.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTLine, LTRect
from pdfminer.pdffont import PDFCIDFont, PDFFont
from pdfplumber.page import Page, fix_fontname_bytes

from un_report.ingest.pdf.glyphs import PageInput


def page_input(page: Page) -> PageInput:
    """One page's characters and drawn shapes (rectangles, lines, curves, in pdfplumber's
    order) with their positions; the page is closed afterwards."""
    # pdfplumber gives a turned page's (/Rotate 90) characters as displayed, its size unturned
    turned = (page.rotation or 0) % 180 == 90
    width, height = (page.height, page.width) if turned else (page.width, page.height)
    reader = _Objects(float(page.height), float(page.mediabox[0]), float(page.mediabox[1]))
    objects = page.layout._objs
    reader.spaces = _space_widths(page)
    reader.read(objects)
    page.close()
    return PageInput(
        number=page.page_number,
        width=float(width),
        height=float(height),
        chars=reader.chars,
        shapes=[*reader.rects, *reader.lines, *reader.curves],
        image_count=reader.images,
    )


class _Objects:
    """The objects of one page, sorted by kind as pdfplumber sorts them."""

    def __init__(self, height: float, left: float, top: float) -> None:
        self.height, self.left, self.top = height, left, top
        self.chars: list[dict[str, Any]] = []
        self.rects: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.curves: list[dict[str, Any]] = []
        self.images = 0
        self.spaces: dict[object, float] = {}  # font name → its space width, em

    def read(self, objects: Iterable[LTItem]) -> None:
        chars = self.chars
        for obj in objects:
            if isinstance(obj, LTChar):
                fontname = obj.fontname
                x0, y0, x1, y1 = obj.x0, obj.y0, obj.x1, obj.y1
                chars.append(
                    {
                        "text": obj.get_text(),
                        "fontname": fontname if isinstance(fontname, str) else fix_fontname_bytes(fontname),
                        "size": obj.size,
                        "matrix": obj.matrix,
                        "upright": obj.upright,
                        "x0": x0 + self.left,
                        "x1": x1 + self.left,
                        "y0": y0,
                        "y1": y1,
                        "top": self.height - y1 + self.top,
                        "bottom": self.height - y0 + self.top,
                        "space": self.spaces.get(fontname, 0.0),
                    }
                )
            elif isinstance(obj, LTContainer):  # a form XObject (LTFigure): its contents count
                self.read(obj._objs)
            elif isinstance(obj, LTCurve):  # LTRect and LTLine are curves too
                kind = self.rects if isinstance(obj, LTRect) else self.lines if isinstance(obj, LTLine) else self.curves
                kind.append(
                    {
                        "x0": obj.x0 + self.left,
                        "x1": obj.x1 + self.left,
                        "top": self.height - obj.y1 + self.top,
                        "bottom": self.height - obj.y0 + self.top,
                        "fill": obj.fill,
                        "stroke": obj.stroke,
                        "non_stroking_color": obj.non_stroking_color,
                    }
                )
            elif isinstance(obj, LTImage):
                self.images += 1


_SPACES = "_un_report_spaces"  # on a document's resource manager: font → space width, read once


def _space_widths(page: Page) -> dict[object, float]:
    """The space width (em) of every font the document has loaded so far, by font name.

    The fonts are those of pdfminer's font cache (`PDFResourceManager._cached_fonts`, by
    object id); without it (another pdfminer), no width is known and the word-space step
    falls back on a share of the type size."""
    manager = page.pdf.rsrcmgr
    fonts: dict[object, PDFFont] = getattr(manager, "_cached_fonts", {})
    known: dict[int, tuple[object, float]] = manager.__dict__.setdefault(_SPACES, {})
    for font in fonts.values():
        if id(font) not in known:
            known[id(font)] = (font.fontname, space_width(font))
    return dict(known.values())


def space_width(font: PDFFont) -> float:
    """The width of the font's space glyph in em; 0.0 if it has none (or says 0)."""
    if font.is_vertical():
        return 0.0
    if isinstance(font, PDFCIDFont):  # which code is the space: the font's own Unicode map
        mapping = getattr(font.unicode_map, "cid2unichr", None) if font.unicode_map is not None else None
        codes = [cid for cid, text in (mapping or {}).items() if text == " "] if mapping is not None else [32]
    else:
        codes = [32]  # a simple font's code 32 is the space in every standard encoding
    for cid in codes:
        # as `PDFFont.char_width` looks it up (by code, else by its text: the standard 14
        # fonts' metrics), without its fallback on the font's default width
        width = font.widths.get(cid)
        if width is None:
            try:
                width = font.widths.get(font.to_unichr(cid))
            except Exception:  # no Unicode for the code (pdfminer's PDFUnicodeNotDefined and others)
                width = None
        if isinstance(width, (int, float)) and width > 0:
            return float(width) * font.hscale
    return 0.0
